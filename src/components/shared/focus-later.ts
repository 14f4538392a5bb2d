/** How many times (about one frame apart) to look again for an element React has not rendered yet. */
const ATTEMPTS = 20;

/**
 * Move focus to an element once React has rendered it (after the current event).
 *
 * A single `setTimeout(0)` is not enough: React may render a state update made in a promise callback after
 * the timer fires, and then the element is not there yet (or an old element with the same id is about to be
 * replaced), and focus silently falls to the page. So look again for a few frames until the element exists,
 * and focus it again if focus fell to the page because the element was replaced. Focus the person moved
 * somewhere else meanwhile is never taken back.
 */
export function focusLater(id: string): void {
  let attempts = 0;
  let focused: HTMLElement | null = null;
  const attempt = () => {
    // The page may be gone by the time a retry fires (a test environment torn down): then there is nothing to do.
    if (typeof document === 'undefined') return;
    attempts += 1;
    const element = document.getElementById(id);
    const lost = document.activeElement === null || document.activeElement === document.body || !document.activeElement.isConnected;
    if (element && (focused === null || (lost && element !== focused))) {
      element.focus();
      focused = element;
    }
    // Keep watching for a few frames after focusing too, in case React replaces the element.
    if (attempts < ATTEMPTS && (focused === null || attempts < 4)) setTimeout(attempt, 16);
  };
  setTimeout(attempt, 0);
}
