import { useRef } from 'react';
import type { FormReplacement } from '../../stores/share-link.ts';

export interface FigureToolbarProps {
  readonly onUseExample: () => void;
  readonly onClear: () => void;
  /** What last replaced the person's own figures, which can be put back; null when nothing did. */
  readonly replaced: FormReplacement | null;
  readonly onRestore: () => void;
}

const REPLACED_WORDS: Readonly<Record<FormReplacement, string>> = {
  example: 'The worked example replaced your figures.',
  clear: 'Your figures were cleared.',
};

/**
 * The buttons under a figure calculator's form: fill the worked example, or clear every figure; after either, a
 * way to put the person's own figures back (said in a live region, so it is heard where the button was pressed).
 */
export function FigureToolbar({ onUseExample, onClear, replaced, onRestore }: FigureToolbarProps) {
  const first = useRef<HTMLButtonElement>(null);
  return (
    <div className="figure-toolbar">
      <button ref={first} type="button" className="button button--secondary" onClick={onUseExample}>
        Use the worked example
      </button>
      <button type="button" className="button button--secondary" onClick={onClear}>
        Clear
      </button>
      <p className="figure-toolbar__status" role="status">
        {replaced !== null && REPLACED_WORDS[replaced]}
      </p>
      {replaced !== null && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onRestore();
            // The button goes with the notice: focus stays in the toolbar.
            first.current?.focus();
          }}
        >
          Put my own figures back
        </button>
      )}
    </div>
  );
}
