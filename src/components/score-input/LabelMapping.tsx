import { useId, useState } from 'react';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import type { LabelScores, TextLabel } from '../../lib/metrics/score-tally.ts';
import { getLabelScore } from '../../lib/metrics/scale-labels.ts';
import { formatCount, formatRange } from './format.ts';

export interface LabelMappingProps {
  readonly labels: readonly TextLabel[];
  /** The scores in use (the person's mapping), by label key. */
  readonly applied: LabelScores;
  readonly scale: ScoreScale;
  readonly onApply: (labels: LabelScores) => void;
}

/** The score a label gets in the form: the person's choice, else the common wording's score, else none. */
function initialScore(label: TextLabel, applied: LabelScores, scale: ScoreScale): string {
  const chosen = applied[label.key];
  if (chosen !== undefined) return chosen === null ? '' : String(chosen);
  const known = getLabelScore(label.label, scale);
  return known === null ? '' : String(known);
}

/**
 * Answers written only as words (`Very satisfied`): a score for each distinct label, prefilled from common
 * scale wordings, shown and editable; nothing counts until the person applies it.
 */
export function LabelMapping({ labels, applied, scale, onApply }: LabelMappingProps) {
  const id = useId();
  const [scores, setScores] = useState<Record<string, string>>(() => Object.fromEntries(labels.map((label) => [label.key, initialScore(label, applied, scale)])));
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  const unapplied = labels.filter((label) => !(label.key in applied)).length;
  const headingId = `${id}-heading`;
  return (
    <form
      className="label-mapping"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(Object.fromEntries(labels.map((label) => [label.key, scores[label.key] ? Number(scores[label.key]) : null])));
      }}
    >
      <p id={headingId} className="label-mapping__heading">
        {unapplied > 0
          ? `${formatCount(labels.length)} ${labels.length === 1 ? 'answer is' : 'different answers are'} written as words. Check the score each stands for (${formatRange(scale.min, scale.max)}), then count them:`
          : 'Answers written as words count with these scores:'}
      </p>
      <table className="label-mapping__table">
        <thead>
          <tr>
            <th scope="col">Answer</th>
            <th scope="col">Times</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, index) => (
            <tr key={label.key}>
              <th scope="row">
                {/* Ids by position: a label's words may hold spaces, which an id may not. */}
                <label htmlFor={`${id}-${String(index)}`}>{label.label}</label>
              </th>
              <td>{formatCount(label.count)}</td>
              <td>
                <select id={`${id}-${String(index)}`} value={scores[label.key] ?? ''} onChange={(event) => setScores({ ...scores, [label.key]: event.currentTarget.value })}>
                  <option value="">Does not count</option>
                  {points.map((point) => (
                    <option key={point} value={String(point)}>
                      {point}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" className="button">
        {unapplied > 0 ? 'Count these answers' : 'Update the scores'}
      </button>
    </form>
  );
}
