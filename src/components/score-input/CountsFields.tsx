import { describeShareSource } from './describe-source.ts';
import { useId } from 'react';
import type { CountFieldError } from '../../lib/metrics/parse-count-field.ts';
import type { NpsGroupName } from '../../lib/metrics/nps-groups.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import type { CountsCheck } from '../../lib/score-input/score-input-outcome.ts';
import type { ScoreInput } from '../../stores/score-input.ts';
import type { ScoreInputState } from '../../lib/score-input/score-input-state.ts';
import { getCountFields, getCountsOutsideScale } from '../../lib/score-input/score-input-state.ts';
import { describeCountFieldError } from './describe-count-field-error.ts';
import { formatCount, formatRange } from './format.ts';

const GROUPS: readonly { readonly group: NpsGroupName; readonly label: string }[] = [
  { group: 'promoters', label: 'Promoters (9–10)' },
  { group: 'passives', label: 'Passives (7–8)' },
  { group: 'detractors', label: 'Detractors (0–6)' },
];

export interface CountsFieldsProps {
  readonly input: ScoreInput;
  readonly state: ScoreInputState;
  readonly check: CountsCheck;
  readonly scale: ScoreScale;
  /** Words for each scale point's field label, e.g. "Answered 7"; defaults to the number. */
  readonly pointLabel?: (score: number) => string;
}

/** Counts mode: how many answered each score (or, for NPS, each group). Blank fields are 0. */
export function CountsFields({ input, state, check, scale, pointLabel = (score) => `Answered ${String(score)}` }: CountsFieldsProps) {
  const id = useId();
  const errorByScore = new Map<number, CountFieldError>();
  const errorByGroup = new Map<NpsGroupName, CountFieldError>();
  if (check.kind === 'scores' && check.parse.kind === 'invalid') for (const issue of check.parse.issues) errorByScore.set(issue.score, issue.error);
  if (check.kind === 'groups' && check.parse.kind === 'invalid') for (const issue of check.parse.issues) errorByGroup.set(issue.group, issue.error);
  const fields = getCountFields(state, scale);
  const outside = getCountsOutsideScale(state, scale);
  const errorCount = errorByScore.size + errorByGroup.size;

  return (
    <div className="score-input__counts">
      {state.sharedSource && <p className="field__hint">These counts came from a share link: {describeShareSource(state.sharedSource, scale)}.</p>}
      {input.allowsGroups && (
        <fieldset>
          <legend>What you have</legend>
          <div className="segmented">
            <label>
              <input type="radio" name={`${id}-kind`} checked={check.kind === 'scores'} onChange={() => input.setCountsKind('scores')} />
              How many gave each score
            </label>
            <label>
              <input type="radio" name={`${id}-kind`} checked={check.kind === 'groups'} onChange={() => input.setCountsKind('groups')} />
              Promoters, passives, detractors
            </label>
          </div>
        </fieldset>
      )}
      <p className="field__hint">Type whole numbers; a blank field counts as 0. Thousands separators are fine (1,234 or 1 234).</p>
      {check.kind === 'scores' ? (
        <div className="score-input__count-grid">
          {fields.map((text, index) => {
            const score = scale.min + index;
            const error = errorByScore.get(score);
            const fieldId = `${id}-score-${String(score)}`;
            return (
              <div className="field" key={score}>
                <label htmlFor={fieldId}>{pointLabel(score)}</label>
                <input
                  id={fieldId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={text}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${fieldId}-error` : undefined}
                  onChange={(event) => input.setCountField(score, event.currentTarget.value)}
                />
                {error && (
                  <p id={`${fieldId}-error`} className="field__error">
                    {describeCountFieldError(error)}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      ) : (
        <div className="score-input__count-grid score-input__count-grid--groups">
          {GROUPS.map(({ group, label }) => {
            const error = errorByGroup.get(group);
            const fieldId = `${id}-${group}`;
            return (
              <div className="field" key={group}>
                <label htmlFor={fieldId}>{label}</label>
                <input
                  id={fieldId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={state.groupFields[group]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${fieldId}-error` : undefined}
                  onChange={(event) => input.setGroupField(group, event.currentTarget.value)}
                />
                {error && (
                  <p id={`${fieldId}-error`} className="field__error">
                    {describeCountFieldError(error)}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
      {errorCount > 0 && (
        <p className="field__error">
          {errorCount === 1 ? 'One count needs fixing' : `${formatCount(errorCount)} counts need fixing`} before the result can be shown.
        </p>
      )}
      {check.kind === 'scores' && outside.length > 0 && (
        <p className="notice">
          Counts typed for {outside.map((score) => formatCount(score)).join(', ')} are kept but not used: they lie outside the{' '}
          {formatRange(scale.min, scale.max)} scale.
        </p>
      )}
    </div>
  );
}
