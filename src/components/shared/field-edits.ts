/**
 * What a person typed or chose in server-rendered fields before React hydrated them, and how to give it back after.
 * React keeps a field's text as it hydrates but not in the island's state, so the edit never counts, and the next
 * render puts the state's value back over it. Used by the first-use directive (a whole island) and by hydrateLater
 * (a part of one). Plain DOM, no React.
 */

export type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
/** A field's text or choice, whether a box or radio button is ticked, or `files` for a file input (kept in the input). */
export type FieldEdit = string | boolean | { readonly files: true };

/**
 * Marks a text box that takes long text dropped on it (the score box), its value the length from which text is long.
 * Long text put in it before hydration (by a paste, autofill or a script) is taken out before the browser lays it
 * out (the first frame after a million lines are put in a text box takes Chromium 17 s) and dropped on it after.
 */
export const LONG_TEXT_AS_DROP = 'data-long-text-as-drop';

/**
 * If `field` takes long text as a drop and holds long text, it is swapped for an empty copy of itself (emptying a
 * box of a million lines takes Chromium seconds; dropping it, milliseconds): the copy and the text to drop on it.
 */
export function takeLongText(field: FormField): { readonly box: HTMLTextAreaElement; readonly text: string } | null {
  const text = field.value;
  if (!(field instanceof HTMLTextAreaElement) || !(text.length > Number(field.getAttribute(LONG_TEXT_AS_DROP) ?? Infinity))) return null;
  const box = document.createElement('textarea');
  for (const { name, value } of field.attributes) box.setAttribute(name, value);
  const focused = document.activeElement === field;
  field.replaceWith(box);
  if (focused) box.focus();
  return { box, text };
}

export const isFormField = (target: EventTarget | null): target is FormField =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

const isChoice = (field: FormField): field is HTMLInputElement => field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

/** The field's edit as it stands now. */
export function readEdit(field: FormField): FieldEdit {
  if (isChoice(field)) return field.checked;
  if (field instanceof HTMLInputElement && field.type === 'file') return { files: true };
  return field.value;
}

/** Each field under `root` that differs from the server's HTML (edited before anything was watching), with its edit. */
export function editedFields(root: ParentNode): Map<FormField, FieldEdit> {
  const edits = new Map<FormField, FieldEdit>();
  for (const field of root.querySelectorAll<FormField>('input, textarea, select')) {
    const edited = isChoice(field)
      ? field.checked !== field.defaultChecked
      : field instanceof HTMLSelectElement
        ? [...field.options].some((option) => option.selected !== option.defaultSelected)
        : field instanceof HTMLInputElement && field.type === 'file'
          ? (field.files?.length ?? 0) > 0
          : field.value !== field.defaultValue;
    if (edited) edits.set(field, readEdit(field));
  }
  return edits;
}

/**
 * Gives a hydrated field the person's edit so React sees it. React calls onChange when a field differs from the value
 * it last saw, which may be the server's or the person's by now. So the field is first set to something else the way
 * React sees (its own property), then to the person's value behind React's back (the prototype's setter), with the
 * event React listens to: a click for a box or a radio button, input or change otherwise. A file input keeps its
 * files: it only needs its change event again. Text the person is typing in the field since it hydrated (React saw
 * it) is newer than the edit and stays; the caret stays where it was.
 */
export function giveEdit(field: FormField, edit: FieldEdit): void {
  if (!field.isConnected) return;
  if (typeof edit === 'object') {
    field.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (typeof edit === 'boolean') {
    // A radio button left is told by the one chosen; a box or a chosen radio button is clicked into its state.
    if (!(field instanceof HTMLInputElement) || (field.type === 'radio' && !edit)) return;
    field.checked = !edit;
    field.click();
  } else {
    const inUse = document.activeElement === field && !(field instanceof HTMLSelectElement);
    // Changed from both the edit and the server's value while in use: typed since hydration, which React has seen.
    if (inUse && field.value !== edit && field.value !== field.defaultValue) return;
    // Where the person left the caret in the edit shown (null in a field without one, a number field); in a field
    // that shows something else by now, the caret goes after the edit, as the browser puts it.
    const caret = inUse && field.value === edit ? { start: field.selectionStart, end: field.selectionEnd } : null;
    field.value = `${edit} `;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, edit);
    if (caret !== null && caret.start !== null && caret.end !== null) (field as HTMLInputElement).setSelectionRange(caret.start, caret.end);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
}

/** Resolves in a task of its own: React has applied what a handler set (in a microtask) by then. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
