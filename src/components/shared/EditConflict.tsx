import { useEffect, useId } from 'react';
import { previewField } from '../../lib/storage/item-revisions';
import type { ConflictChoice, EditConflict as Conflict } from '../../stores/item-edit-sync';
import { announce } from './announcer.ts';
import './edit-conflict.css';

interface EditConflictProps {
  /** The conflict about the item open here, or undefined (then nothing is shown). */
  readonly conflict: Conflict<unknown> | undefined;
  /** What the item is called in sentences: 'persona', 'journey map'. */
  readonly noun: string;
  /** A field's name in the words of the form, from its path ('demographics.location' → 'Location'). */
  readonly describeField: (path: string) => string;
  readonly onResolve: (choice: ConflictChoice) => void;
}

/** How many clashing fields are shown side by side; the rest are counted. */
const SHOWN_FIELDS = 4;

/**
 * Another tab changed or deleted the item open here: say so, show both versions of each clashing field, and
 * let the person choose. Nothing moves focus (the person may be typing); a live announcement says it once,
 * and the buttons are next in the tab order after the editor's actions.
 */
export function EditConflict({ conflict, noun, describeField, onResolve }: EditConflictProps) {
  const id = useId();
  const kind = conflict?.kind;
  useEffect(() => {
    if (kind === 'changed') announce(`This ${noun} was changed in another tab. Your changes are kept here: choose which version to keep.`);
    if (kind === 'deleted') announce(`This ${noun} was deleted in another tab. Your copy is still open: keep it or close it.`);
  }, [kind, noun]);
  if (!conflict) return null;

  if (conflict.kind === 'deleted') {
    return (
      <section className="edit-conflict" aria-labelledby={`${id}-heading`} data-print-hidden>
        <h3 id={`${id}-heading`} className="edit-conflict__heading">
          Deleted in another tab
        </h3>
        <p>
          This {noun} was deleted in another tab while you had it open. Your copy is still here with your changes, but it is not saved until you
          choose.
        </p>
        <p className="edit-conflict__actions">
          <button type="button" className="button" onClick={() => onResolve('restore')}>
            Keep it (restore)
          </button>
          <button type="button" className="button button--secondary" onClick={() => onResolve('let-go')}>
            Close it (stay deleted)
          </button>
        </p>
      </section>
    );
  }

  const shown = conflict.fields.slice(0, SHOWN_FIELDS);
  const more = conflict.fields.length - shown.length;
  return (
    <section className="edit-conflict" aria-labelledby={`${id}-heading`} data-print-hidden>
      <h3 id={`${id}-heading`} className="edit-conflict__heading">
        Changed in another tab
      </h3>
      <p>
        While you were editing, this {noun} was saved in another tab with different{' '}
        {conflict.fields.length === 1 ? 'text in one field' : `text in ${conflict.fields.length} fields`}. Both versions are kept until you choose:
        your changes stay here, and the other tab’s are not overwritten.
      </p>
      <dl className="edit-conflict__fields">
        {shown.map((path) => {
          const mine = previewField(conflict.mine, path);
          const theirs = previewField(conflict.theirs, path);
          return (
            <div key={path} className="edit-conflict__field">
              <dt>{describeField(path)}</dt>
              <dd>
                <strong>Yours:</strong> {mine}
              </dd>
              <dd>
                <strong>Other tab:</strong> {theirs}
                {mine === theirs && ' (the same outline; the details inside differ)'}
              </dd>
            </div>
          );
        })}
      </dl>
      {more > 0 && <p>and {more === 1 ? 'one more field' : `${more} more fields`}.</p>}
      <p className="edit-conflict__actions" role="group" aria-label="Which version to keep">
        <button type="button" className="button" onClick={() => onResolve('keep-mine')}>
          Keep mine
        </button>
        <button type="button" className="button button--secondary" onClick={() => onResolve('take-theirs')}>
          Take the other tab’s
        </button>
        <button type="button" className="button button--secondary" onClick={() => onResolve('keep-both')}>
          Keep both as copies
        </button>
      </p>
    </section>
  );
}
