/** Browser-side helpers to save a file and copy text, reporting failure instead of throwing. */

/** Offers text as a file download. */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard access needs permission or a secure context; the caller says so and the text stays selectable.
    return false;
  }
}

/** A file name stamp such as 2026-03-01. */
export function getDateStamp(date: Date): string {
  return date.toISOString().slice(0, 10);
}
