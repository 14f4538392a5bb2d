import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { formatDate } from '../../lib/text/format.ts';

export interface RestoredPasteChoiceProps {
  /** When the answers in the box were saved (ISO 8601); null for a state saved before the date was kept. */
  readonly savedAt: string | null;
  /** The file they were read from, if any. */
  readonly fileName: string | null;
  readonly onReplace: () => void;
  readonly onAdd: () => void;
  readonly onCancel: () => void;
}

/**
 * Asked when something is pasted into answers restored from an earlier visit: replace them (the default,
 * focused), add to them, or cancel (also Escape). Inline beside the box, not a dialog: a group whose label is
 * the question, so a screen reader reads the question with the focused button. Rendered only after a paste,
 * so the date is in the reader's locale.
 */
export function RestoredPasteChoice({ savedAt, fileName, onReplace, onAdd, onCancel }: RestoredPasteChoiceProps) {
  const questionId = `${useId()}-question`;
  const replaceButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    replaceButton.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  const savedDay = savedAt === null ? null : formatDate(savedAt);
  const source = fileName === null ? '' : ` from “${fileName}”`;
  return (
    <div className="notice notice--info score-input__paste-choice" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <p id={questionId}>
        {savedDay === null ? `The box holds answers${source} from an earlier visit.` : `The box holds answers${source} saved on ${savedDay}.`} Replace
        them with what you pasted, or add it to them?
      </p>
      <p className="score-input__paste-choice-actions">
        <button ref={replaceButton} type="button" className="button" onClick={onReplace}>
          {savedDay === null ? 'Replace the earlier answers' : `Replace the answers from ${savedDay}`}
        </button>
        <button type="button" className="button button--secondary" onClick={onAdd}>
          Add to them
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
