/**
 * What a part hydrated later (see hydrate-later.tsx) watches for until it hydrates: when to hydrate it, and what
 * the person typed or chose in the server's HTML meanwhile. Plain DOM, no React: loaded after first render.
 */

/** How far below (or above) the screen a part hydrates: about a third of a phone's screen. */
const NEAR_MARGIN = '300px 0px';

type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
/** Stop watching; give the fields the values the person typed or chose (and stop). */
export type BeforeHydration = { readonly stop: () => void; readonly replay: () => void };

/**
 * Until the part in `wrapper` hydrates: call `reach` once it comes near the screen or focus, a pointer or an edit
 * gets into it (at once if it has no server HTML, or the browser cannot tell what is on screen), and keep what the
 * person types or chooses in it. The listeners sit on the document, in the capture phase: React stops these
 * events at the island's root until the part hydrates (to replay them after), so they never reach the wrapper.
 * React also puts the server's values back as it hydrates; `replay` gives each field its value again.
 */
export function watchBeforeHydration(wrapper: HTMLElement | null, reach: () => void): BeforeHydration {
  const edits = new Map<FormField, string | boolean>();
  const part = wrapper?.firstElementChild;
  const observer = part && typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && reached(), { rootMargin: NEAR_MARGIN }) : null;
  const reached = () => {
    observer?.disconnect();
    reach();
  };
  const onEvent = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Node) || !wrapper?.contains(target)) return;
    reached();
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
      if (event.type === 'input' || event.type === 'change') edits.set(target, target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio') ? target.checked : target.value);
    }
  };
  const events = ['focusin', 'pointerover', 'input', 'change'] as const;
  const stop = () => {
    observer?.disconnect();
    for (const type of events) document.removeEventListener(type, onEvent, true);
  };
  if (observer && part) observer.observe(part);
  else reach();
  for (const type of events) document.addEventListener(type, onEvent, true);
  // Typed or chosen before this watcher was in place (it loads after the island's first render, and a busy phone
  // can take a while): each field that differs from the server's HTML is an edit, and focus inside is a reach.
  for (const field of wrapper?.querySelectorAll<FormField>('input, textarea, select') ?? []) {
    const choice = field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
    if (choice) {
      if (field.checked !== field.defaultChecked) edits.set(field, field.checked);
    } else if (field instanceof HTMLSelectElement ? [...field.options].some((option) => option.selected !== option.defaultSelected) : field.value !== field.defaultValue) {
      edits.set(field, field.value);
    }
  }
  if (edits.size > 0 || (wrapper?.contains(document.activeElement) ?? false)) reached();
  return {
    stop,
    replay() {
      stop();
      // React calls onChange when a field differs from the value it last saw, which may be the server's or the
      // person's by now. So each field is first set to something else the way React sees (its own property), then
      // to the person's value behind React's back (the prototype's setter), with the event React listens to: a
      // click for a box or a radio button, input or change otherwise.
      for (const [field, value] of edits) {
        if (!field.isConnected) continue;
        if (typeof value === 'boolean') {
          // A radio button left is told by the one chosen; a box or a chosen radio button is clicked into its state.
          if (!(field instanceof HTMLInputElement) || (field.type === 'radio' && !value)) continue;
          field.checked = !value;
          field.click();
        } else {
          field.value = `${value} `;
          Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, value);
          field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
        }
      }
      edits.clear();
    },
  };
}
