import { useState } from 'react';
import { JOURNEY_LIMITS } from '../../lib/journey/journey-limits';
import type { JourneyMap, Stage, StageMetric } from '../../lib/journey/journey-map-schema';
import { STAGE_METRIC_KINDS, STAGE_METRIC_LABELS, type StageMetricKind } from '../../lib/journey/journey-vocabulary';
import { createEmptyMetric } from '../../lib/journey/stage-metric-fields';
import { updateStage } from '../../lib/journey/stage-operations';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';
import { MetricFields } from './MetricFields';

export interface MetricEditorProps {
  readonly stage: Stage;
  readonly onChange: (change: (map: JourneyMap) => JourneyMap) => void;
}

/**
 * The measured CX metrics of a stage (up to `JOURNEY_LIMITS.metricsPerStage`, e.g. CSAT and CES side by
 * side), each computed by the calculators' own library. Metrics are kept in the order they were added.
 */
export function MetricEditor({ stage, onChange }: MetricEditorProps) {
  const [kind, setKind] = useState<StageMetricKind>('csat');
  const base = `jm-${stage.id}-metric`;
  const setMetrics = (change: (metrics: readonly StageMetric[]) => StageMetric[]) =>
    onChange((map) => updateStage(map, stage.id, (current) => ({ ...current, metrics: change(current.metrics) })));
  const { metrics } = stage;
  const totalScores = metrics.reduce((total, metric) => total + metric.scores.length, 0);
  const canAdd = metrics.length < JOURNEY_LIMITS.metricsPerStage;

  return (
    <fieldset className="jm-group">
      <legend>Measured metrics</legend>
      <p className="field__hint">
        Put numbers on this stage: paste survey answers or type totals, and the NPS, CSAT or CES calculators’ formulas compute each, with its margin
        of error. A stage holds up to {JOURNEY_LIMITS.metricsPerStage}, e.g. CSAT and CES side by side.
      </p>
      {metrics.map((metric, index) => (
        <MetricFields
          // Metrics have no id: their place is their identity, and removing one re-renders the rest.
          key={`${String(index)}-${String(metrics.length)}`}
          metric={metric}
          index={index}
          base={index === 0 ? base : `${base}-${String(index + 1)}`}
          scoresRoom={JOURNEY_LIMITS.scoresText - (totalScores - metric.scores.length)}
          onUpdate={(change) => setMetrics((current) => current.map((entry, position) => (position === index ? change(entry) : entry)))}
          onRemove={() => {
            setMetrics((current) => current.filter((_entry, position) => position !== index));
            announce(`Removed metric ${String(index + 1)}.`);
            focusLater(`${base}-new-kind`);
          }}
        />
      ))}
      {canAdd ? (
        <div className="jm-inline">
          <div className="field">
            <label htmlFor={`${base}-new-kind`}>{metrics.length === 0 ? 'Metric' : 'Another metric'}</label>
            <select id={`${base}-new-kind`} value={kind} onChange={(event) => setKind(event.target.value as StageMetricKind)}>
              {STAGE_METRIC_KINDS.map((value) => (
                <option key={value} value={value}>
                  {STAGE_METRIC_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const added = metrics.length;
              setMetrics((current) => [...current, createEmptyMetric(kind, '')]);
              announce(`Added a ${kind.toUpperCase()} metric to this stage.`);
              focusLater(added === 0 ? `${base}-label` : `${base}-${String(added + 1)}-label`);
            }}
          >
            Add metric
          </button>
        </div>
      ) : (
        <p className="field__hint" id={`${base}-new-kind`} tabIndex={-1}>
          This stage holds {JOURNEY_LIMITS.metricsPerStage} metrics, the most a stage can hold: remove one to add another.
        </p>
      )}
    </fieldset>
  );
}
