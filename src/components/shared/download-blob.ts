/**
 * Offer a file made in the browser (an image, an archive) as a download, through a blob: URL, never a server.
 * For text, `downloadText` in ./download-text.ts does the same and adds the charset.
 *
 * @param fileName the suggested file name
 * @param blob the file's contents, with its MIME type
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
