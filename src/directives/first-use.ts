/**
 * `client:first-use`: hydrates a tool's island when the person first uses it, not at load. Until then the page is
 * the server's HTML, which shows the whole tool; React and the island's code (the long tasks of a tool page's load:
 * about 300 ms of main thread with Lighthouse's mobile CPU throttling) run only when a pointer, focus, a key or a
 * drag gets into the island. The island hydrates at once, as `client:load` does, when it has something to show
 * that the server could not render: a link in the address (a share code, a query), or the site's saved data in this
 * browser. An island whose server HTML is not the tool as a first visit sees it (a "Loading…" line) must not use it.
 *
 * Nothing done before hydration is lost. The controls are enabled (SavedDataGate renders them disabled until
 * hydration). Links, labels and fields (boxes, radio buttons and file pickers too) work as the browser makes them;
 * edits (typed, ticked, chosen) are recorded and given back once React has hydrated; clicks on buttons, form
 * submissions and drops are held (their default prevented) and done again then, in order (long text put in a score
 * box is taken out of it before the browser lays it out, and dropped on it then). While something waits, the page
 * says it is loading. If the code cannot load, the controls are disabled again and the island says so. Astro
 * inlines this file in every page that uses it: keep it small.
 */
import type { ClientDirective } from 'astro';
import { couldNotLoad } from '../components/shared/could-not-load.ts';
import { editedFields, giveEdit, isFormField, nextTask, readEdit, takeLongText, type FieldEdit, type FormField } from '../components/shared/field-edits.ts';
import { HYDRATED_EVENT } from '../components/shared/island-events.ts';

type Held =
  | { readonly field: FormField; readonly edit: FieldEdit }
  | { readonly click: Element; readonly init: MouseEventInit }
  | { readonly form: HTMLFormElement; readonly submitter: HTMLElement | null }
  | { readonly drop: Element; readonly files: readonly File[]; readonly text: string };

/** Events that mean the person is reaching for the island (the first starts loading it) or acting in it. */
const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'dragenter', 'dragover', 'input', 'change', 'click', 'submit', 'drop'];

/** A link in the address (a share code, a template to start from), or the site's saved data (anything under its storage namespace but the theme). */
function hasSomethingToShow(): boolean {
  if (location.hash.length > 1 || location.search.length > 1) return true;
  try {
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith('touchpoint:') && key !== 'touchpoint:theme') return true;
    }
    return false;
  } catch {
    return true;
  }
}

function doAgain(action: Held): void {
  if ('field' in action) giveEdit(action.field, action.edit);
  else if (!('click' in action ? action.click : 'form' in action ? action.form : action.drop).isConnected) return;
  else if ('click' in action) action.click.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...action.init }));
  else if ('form' in action) action.form.requestSubmit(action.submitter?.closest('form') === action.form ? action.submitter : null);
  else {
    const data = new DataTransfer();
    for (const file of action.files) data.items.add(file);
    if (action.text !== '') data.setData('text/plain', action.text);
    action.drop.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
  }
}

const firstUse: ClientDirective = (load, _options, island) => {
  const gates = island.querySelectorAll<HTMLFieldSetElement>('fieldset.saved-data-gate');
  const held: Held[] = [];
  let started = false;
  const stop = () => {
    for (const type of EVENTS) document.removeEventListener(type, onEvent, true);
    removeEventListener('hashchange', start);
    removeEventListener('storage', start);
  };
  const failed = (event?: Event) => {
    // Said here, not only in the console (Astro logs the error unless the event is cancelled).
    event?.preventDefault();
    stop();
    waited();
    // Disabling the field in use would drop the focus to the page's start: it goes to the message instead.
    const focused = island.contains(document.activeElement);
    for (const gate of gates) gate.disabled = true;
    island.insertAdjacentHTML('afterbegin', `<p class="notice" role="alert" tabindex="-1">${couldNotLoad('This tool')}</p>`);
    if (focused) (island.firstElementChild as HTMLElement).focus();
  };
  // Until the island hydrates, something the person did waits on it: the page says so, with a busy cursor over the
  // tool and, after a moment, a status line (a press shows no change until then). After the island, outside what
  // React hydrates; empty until said, so that the words are announced.
  const status = document.createElement('p');
  status.className = 'first-use-loading';
  status.setAttribute('role', 'status');
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const waiting = () => {
    if (statusTimer !== undefined) return;
    island.setAttribute('aria-busy', 'true');
    island.after(status);
    statusTimer = setTimeout(() => (status.textContent = 'Loading the tool…'), 300);
  };
  const waited = () => {
    clearTimeout(statusTimer);
    status.remove();
    island.removeAttribute('aria-busy');
  };
  const start = () => {
    if (started) return;
    started = true;
    island.addEventListener('astro:hydration-error', failed, { once: true });
    load()
      .then((hydrate) => hydrate())
      .catch(() => failed());
  };
  /** Keeps a field's edit; long text in a score box goes out of it at once, to be dropped on it later. */
  const holdEdit = (field: FormField, edit: FieldEdit) => {
    const long = takeLongText(field);
    held.push(long ? { drop: long.box, files: [], text: long.text } : { field, edit });
  };
  const onEvent = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || !island.contains(target)) return;
    start();
    if (event.type === 'input' || event.type === 'change') {
      if (!isFormField(target)) return;
      const last = held.at(-1);
      // Keystrokes in one field are one edit: its last value.
      if (last && 'field' in last && last.field === target) held.pop();
      holdEdit(target, readEdit(target));
      waiting();
      return;
    }
    if (event.type === 'click') {
      // A link works without the island (the browser follows it, in a new tab if asked), as do a label and a field:
      // they focus, tick or choose, which shows at once, and the change is kept as an edit. A file picker opens only
      // during the person's own click. Buttons (an input's too) wait for the island.
      if (target.closest('a[href], label, select, textarea, input:not([type="submit"], [type="button"], [type="reset"], [type="image"])')) return;
      const { ctrlKey, shiftKey, altKey, metaKey, detail } = event as MouseEvent;
      held.push({ click: target, init: { ctrlKey, shiftKey, altKey, metaKey, detail } });
    } else if (event.type === 'submit' && target instanceof HTMLFormElement) held.push({ form: target, submitter: (event as SubmitEvent).submitter });
    else if (event.type === 'drop') {
      const data = (event as DragEvent).dataTransfer;
      // The files and text must be read now: the browser empties the drag's data once the event is over.
      held.push({ drop: target, files: [...(data?.files ?? [])], text: data?.getData('text/plain') ?? '' });
    } else if (event.type !== 'dragover') return;
    // dragover: prevented so that a drop lands in the page instead of the browser opening the file.
    event.preventDefault();
    if (event.type === 'dragover') return;
    event.stopImmediatePropagation();
    waiting();
  };
  if (hasSomethingToShow()) return start();
  for (const gate of gates) gate.disabled = false;
  // Typed or chosen before this ran (the browser may restore a form's fields on a return visit).
  for (const [field, edit] of editedFields(island)) holdEdit(field, edit);
  for (const type of EVENTS) document.addEventListener(type, onEvent, { capture: true, passive: type === 'touchstart' || type === 'pointerover' });
  addEventListener('hashchange', start);
  // Another tab saved data the island would show.
  addEventListener('storage', start);
  island.addEventListener(
    HYDRATED_EVENT,
    async () => {
      stop();
      waited();
      // Edits in a row are given at once, before React renders again: a render would put a controlled field's state
      // back over the text in it, and keys typed meanwhile would land in the wrong place; each edit reaches the
      // handler of the field as it was on screen. Anything else waits a task for the state the actions before it set
      // (React applies it in a microtask: a form's Create button reads the fields typed before it was pressed).
      let previous: Held | undefined;
      for (const action of held.splice(0)) {
        if (previous && !('field' in previous && 'field' in action)) await nextTask();
        doAgain(action);
        previous = action;
      }
    },
    { once: true },
  );
  if (held.length > 0) start();
};

export default firstUse;

declare module 'astro' {
  interface AstroClientDirectives {
    'client:first-use'?: boolean;
  }
}
