import { useState } from 'react';
import { CSAT_SCALES, type CsatScaleId } from '../../lib/metrics/csat-scale';
import { JOURNEY_LIMITS } from '../../lib/journey/journey-limits';
import type { StageMetric } from '../../lib/journey/journey-map-schema';
import { CES_VARIANT_LABELS, CES_VARIANTS, STAGE_METRIC_KINDS, STAGE_METRIC_LABELS, type StageMetricKind } from '../../lib/journey/journey-vocabulary';
import { computeStageMetric } from '../../lib/journey/stage-metric';
import { changeMetricScale, getCountFieldLabels, getMetricScale } from '../../lib/journey/stage-metric-fields';
import { focusLater } from '../shared/focus-later';

const CSAT_SCALE_IDS = Object.keys(CSAT_SCALES) as CsatScaleId[];

export interface MetricFieldsProps {
  readonly metric: StageMetric;
  /** Its place among the stage's metrics (0-based), for ids and the legend. */
  readonly index: number;
  /** The id prefix every field of this metric starts with. */
  readonly base: string;
  /** Characters of pasted scores this metric may hold, after the stage's other metrics. */
  readonly scoresRoom: number;
  readonly onUpdate: (change: (metric: StageMetric) => StageMetric) => void;
  /** Remove this metric (already confirmed when it held answers). */
  readonly onRemove: () => void;
}

/**
 * One measured CX metric of a stage, computed by the calculators' own library from pasted answers or
 * typed totals. What is typed is saved as typed; the number is computed again on every change.
 */
export function MetricFields({ metric, index, base, scoresRoom, onUpdate, onRemove }: MetricFieldsProps) {
  const [confirmRemove, setConfirmRemove] = useState(false);
  const outcome = computeStageMetric(metric);
  const labels = getCountFieldLabels(metric);
  const scale = getMetricScale(metric);
  const hasCounts = metric.counts.some((count) => count.trim() !== '');
  const update = (change: Partial<StageMetric>) => onUpdate((current) => ({ ...current, ...change }));
  const rescale = (change: Parameters<typeof changeMetricScale>[1]) => onUpdate((current) => changeMetricScale(current, change));
  const hasData = metric.scores.trim() !== '' || hasCounts || metric.label.trim() !== '';

  return (
    <fieldset className="jm-subgroup jm-metric-editor">
      <legend>
        Metric {index + 1}: {STAGE_METRIC_LABELS[metric.kind]}
      </legend>
      <div className="jm-item__fields">
        <div className="field">
          <label htmlFor={`${base}-kind`}>Metric</label>
          <select id={`${base}-kind`} value={metric.kind} onChange={(event) => rescale({ kind: event.target.value as StageMetricKind })}>
            {STAGE_METRIC_KINDS.map((value) => (
              <option key={value} value={value}>
                {STAGE_METRIC_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        {metric.kind === 'csat' && (
          <div className="field">
            <label htmlFor={`${base}-scale`}>Answer scale</label>
            <select id={`${base}-scale`} value={metric.csatScale} onChange={(event) => rescale({ csatScale: event.target.value as CsatScaleId })}>
              {CSAT_SCALE_IDS.map((id) => (
                <option key={id} value={id}>
                  {id.replace('-', ' to ')} (satisfied from {CSAT_SCALES[id].defaultThreshold})
                </option>
              ))}
            </select>
          </div>
        )}
        {metric.kind === 'ces' && (
          <div className="field">
            <label htmlFor={`${base}-variant`}>Question</label>
            <select id={`${base}-variant`} value={metric.cesVariant} onChange={(event) => rescale({ cesVariant: event.target.value as StageMetric['cesVariant'] })}>
              {CES_VARIANTS.map((variant) => (
                <option key={variant} value={variant}>
                  {CES_VARIANT_LABELS[variant]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field jm-item__wide">
          <label htmlFor={`${base}-label`}>What was measured (optional)</label>
          <input
            id={`${base}-label`}
            type="text"
            value={metric.label}
            maxLength={JOURNEY_LIMITS.metricLabel}
            placeholder="e.g. Post-purchase survey, March"
            onChange={(event) => update({ label: event.target.value })}
          />
        </div>
      </div>
      {hasCounts && metric.kind !== 'nps' && <p className="field__hint">Changing the metric or its scale clears the typed totals; pasted answers are kept.</p>}
      <fieldset className="jm-subgroup">
        <legend>Answers</legend>
        <div className="segmented">
          <label>
            <input type="radio" name={`${base}-input`} checked={metric.input === 'scores'} onChange={() => update({ input: 'scores' })} />
            Paste answers
          </label>
          <label>
            <input type="radio" name={`${base}-input`} checked={metric.input === 'counts'} onChange={() => update({ input: 'counts' })} />
            Type totals
          </label>
        </div>
      </fieldset>
      {metric.input === 'scores' ? (
        <div className="field">
          <label htmlFor={`${base}-scores`}>
            Answers from {scale.min} to {scale.max}
          </label>
          <p className="field__hint" id={`${base}-scores-hint`}>
            One per line, or separated by commas, semicolons or spaces: a spreadsheet column pastes as it is.
          </p>
          <textarea
            id={`${base}-scores`}
            value={metric.scores}
            maxLength={Math.max(metric.scores.length, scoresRoom)}
            aria-describedby={`${base}-scores-hint`}
            aria-invalid={outcome.kind === 'invalid'}
            rows={4}
            onChange={(event) => update({ scores: event.target.value })}
          />
        </div>
      ) : (
        <div className="jm-counts">
          {labels.map((label, index) => (
            <div className="field" key={label}>
              <label htmlFor={`${base}-count-${String(index)}`}>{label}</label>
              <input
                id={`${base}-count-${String(index)}`}
                type="text"
                inputMode="numeric"
                value={metric.counts[index] ?? ''}
                maxLength={JOURNEY_LIMITS.countText}
                onChange={(event) => {
                  const counts = labels.map((_label, position) => (position === index ? event.target.value : (metric.counts[position] ?? '')));
                  update({ counts });
                }}
              />
            </div>
          ))}
        </div>
      )}
      <div className="jm-metric-result" aria-live="polite">
        {outcome.kind === 'empty' && <p className="field__hint">No answers yet.</p>}
        {outcome.kind === 'invalid' && (
          <div className="field__error">
            <p>This cannot be computed yet:</p>
            <ul className="issue-list">
              {outcome.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome.kind === 'result' && (
          <>
            <p className="jm-metric__value">
              {outcome.summary.name} <strong>{outcome.summary.value}</strong> from {outcome.summary.n} {outcome.summary.n === 1 ? 'answer' : 'answers'}
            </p>
            <p className="field__hint">
              {outcome.summary.interval}; {outcome.summary.scaleNote}.
            </p>
            {outcome.summary.leftOut > 0 && (
              <div className="notice">
                <p>
                  {outcome.summary.leftOut} {outcome.summary.leftOut === 1 ? 'value was' : 'values were'} left out:
                </p>
                <ul className="issue-list">
                  {outcome.summary.leftOutReasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                  {outcome.summary.leftOut > outcome.summary.leftOutReasons.length && (
                    <li>and {outcome.summary.leftOut - outcome.summary.leftOutReasons.length} more</li>
                  )}
                </ul>
              </div>
            )}
            {outcome.summary.warnings.map((warning) => (
              <p key={warning} className="notice">
                {warning}
              </p>
            ))}
          </>
        )}
      </div>
      {confirmRemove ? (
        <div
          className="jm-confirm"
          role="group"
          aria-label={`Remove metric ${String(index + 1)}?`}
          onKeyDown={(event) => {
            // Escape answers "Keep it", as in a dialog.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setConfirmRemove(false);
            focusLater(`${base}-remove`);
          }}
        >
          <p>Remove this metric and the answers typed for it?</p>
          <button
            id={`${base}-confirm-remove`}
            type="button"
            className="button"
            onClick={() => {
              setConfirmRemove(false);
              onRemove();
            }}
          >
            Remove metric
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirmRemove(false);
              focusLater(`${base}-remove`);
            }}
          >
            Keep it
          </button>
        </div>
      ) : (
        <button
          id={`${base}-remove`}
          type="button"
          aria-label={`Remove metric ${String(index + 1)}`}
          className="button button--secondary jm-small"
          onClick={() => {
            if (!hasData) {
              onRemove();
            } else {
              setConfirmRemove(true);
              focusLater(`${base}-confirm-remove`);
            }
          }}
        >
          Remove metric
        </button>
      )}
    </fieldset>
  );
}
