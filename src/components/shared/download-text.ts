/**
 * Offer a file made in the browser (text, an image) as a download, through a blob: URL, never a server.
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

/**
 * Offer text as a file download, made in the browser (a blob: URL, never a server).
 *
 * @param fileName the suggested file name
 * @param text the file's contents
 * @param type its MIME type
 */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/**
 * Copy text to the clipboard.
 *
 * @returns whether the browser allowed it
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard blocked (permissions, insecure context): the caller says so and offers another way.
    return false;
  }
}
