/** Move focus to an element once React has rendered it (after the current event). */
export function focusLater(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
