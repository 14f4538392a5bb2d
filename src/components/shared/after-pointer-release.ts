/**
 * Runs a change to the layout after the pointer press that caused it has become a click. A field's problem shown
 * on blur pushes the controls below it down; when the blur came from pressing one of them (mouse or touch), the
 * button moved between press and release and the click was lost ("Add goal" did nothing). Keyboard focus moves
 * and presses outside a pointer run at once.
 */

let pointerIsDown = false;
let listening = false;

/** Start following the pointer (once per page): call from a component that will use `afterPointerRelease`. */
export function followPointer(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('pointerdown', () => (pointerIsDown = true), true);
  const release = () => (pointerIsDown = false);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/**
 * Run `change` now, or, while a pointer is pressed, once it is released and its click has been handled.
 *
 * @param change what moves the layout (showing a field's problem)
 */
export function afterPointerRelease(change: () => void): void {
  if (!pointerIsDown) {
    change();
    return;
  }
  const run = () => {
    window.removeEventListener('pointerup', run, true);
    window.removeEventListener('pointercancel', run, true);
    // The click follows the release in the same input: a task later, it has been handled.
    setTimeout(change, 0);
  };
  window.addEventListener('pointerup', run, true);
  window.addEventListener('pointercancel', run, true);
}
