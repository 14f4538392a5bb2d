/**
 * What a part hydrated later (see hydrate-later.tsx) watches for until it hydrates: when to hydrate it, and what
 * the person typed or chose in the server's HTML meanwhile. Plain DOM, no React: loaded after first render.
 */

import { editedFields, giveEdit, isFormField, nextTask, readEdit, type FieldEdit, type FormField } from './field-edits.ts';

/** How far below (or above) the screen a part hydrates: about a third of a phone's screen. */
const NEAR_MARGIN = '300px 0px';

/** Stop watching; give the fields the values the person typed or chose, one per task (and stop). */
export type BeforeHydration = { readonly stop: () => void; readonly replay: () => Promise<void> };

/**
 * Until the part in `wrapper` hydrates: call `reach` once it comes near the screen or focus, a pointer or an edit
 * gets into it (at once if it has no server HTML, or the browser cannot tell what is on screen), and keep what the
 * person types or chooses in it. The listeners sit on the document, in the capture phase: React stops these
 * events at the island's root until the part hydrates (to replay them after), so they never reach the wrapper.
 * React also puts the server's values back as it hydrates; `replay` gives each field its value again.
 */
export function watchBeforeHydration(wrapper: HTMLElement | null, reach: () => void): BeforeHydration {
  const edits = new Map<FormField, FieldEdit>();
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
    if (isFormField(target) && (event.type === 'input' || event.type === 'change')) edits.set(target, readEdit(target));
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
  for (const [field, edit] of wrapper ? editedFields(wrapper) : []) edits.set(field, edit);
  if (edits.size > 0 || (wrapper?.contains(document.activeElement) ?? false)) reached();
  return {
    stop,
    async replay() {
      stop();
      const given = [...edits];
      edits.clear();
      // One at a time, each in a task of its own, so that each handler sees the state the one before it set.
      for (const [field, edit] of given) {
        giveEdit(field, edit);
        await nextTask();
      }
    },
  };
}
