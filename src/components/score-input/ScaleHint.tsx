import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import type { ParsedScores } from '../../lib/metrics/score-tally.ts';

/** The answers read and the header of their column, when a paste was read into scores. */
export function getReadScores(paste: PasteState): { parse: ParsedScores; header: string | null } | null {
  if (paste.kind !== 'read') return null;
  const { analysis } = paste;
  if (analysis.parse.kind === 'empty') return null;
  const column = analysis.kind === 'table' ? analysis.layout.columns[analysis.column] : undefined;
  const header = analysis.kind === 'list' ? analysis.header : [column?.name, column?.question].filter(Boolean).join(' ') || null;
  return { parse: analysis.parse, header };
}

export interface ScaleHintProps {
  /** Why another reading fits, e.g. "Answers run up to 7." */
  readonly reason: string;
  /** The button's text, e.g. "Read them on the 1–7 scale". */
  readonly action: string;
  readonly onAccept: () => void;
  /** Whether the offer is announced as it appears (false where the page announces the reason itself). */
  readonly live?: boolean;
}

/** An offer, beside the report, to read the answers another way in one click. */
export function ScaleHint({ reason, action, onAccept, live = true }: ScaleHintProps) {
  return (
    <p className="score-input__scale-hint" {...(live ? { role: 'status' } : {})}>
      {reason === '' ? null : `${reason} `}
      <button type="button" className="button button--secondary" onClick={onAccept}>
        {action}
      </button>
    </p>
  );
}
