import { CSAT_SCALES } from '../metrics/csat-scale.ts';
import { CES_EFFORT_SCALE, CES_SCALE, NPS_SCALE, type ScoreScale } from '../metrics/score-scale.ts';
import type { StageMetric } from './journey-map-schema.ts';

/** The answer scale of a metric's pasted scores: 0–10 for NPS, the chosen CSAT scale, 1–7 or 1–5 for CES. */
export function getMetricScale(metric: Pick<StageMetric, 'kind' | 'csatScale' | 'cesVariant'>): ScoreScale {
  switch (metric.kind) {
    case 'nps':
      return NPS_SCALE;
    case 'csat': {
      const { min, max } = CSAT_SCALES[metric.csatScale];
      return { min, max };
    }
    case 'ces':
      return metric.cesVariant === 'ces-2.0' ? CES_SCALE : CES_EFFORT_SCALE;
    default:
      return metric.kind satisfies never;
  }
}

/**
 * What each typed-total field of a metric counts: NPS takes its three groups, CSAT and CES one field per
 * answer on their scale.
 *
 * @param metric the metric (its kind, CSAT scale and CES question)
 * @returns one label per field, lowest answer first
 * @example getCountFieldLabels({ kind: 'nps', csatScale: '1-5', cesVariant: 'ces-2.0' }) // ['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)']
 */
export function getCountFieldLabels(metric: Pick<StageMetric, 'kind' | 'csatScale' | 'cesVariant'>): readonly string[] {
  if (metric.kind === 'nps') return ['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)'];
  const { min, max } = getMetricScale(metric);
  const labels: string[] = [];
  for (let score = min; score <= max; score += 1) labels.push(`Answered ${String(score)}`);
  return labels;
}

/**
 * A metric slot with nothing typed yet.
 *
 * @param kind NPS, CSAT or CES
 * @param label what was measured, e.g. "Satisfaction with checkout"
 * @returns the metric with empty inputs
 * @example createEmptyMetric('nps', '').counts // ['', '', '']
 */
export function createEmptyMetric(kind: StageMetric['kind'], label: string): StageMetric {
  const metric: StageMetric = { kind, label, input: 'scores', scores: '', counts: [], csatScale: '1-5', cesVariant: 'ces-2.0' };
  return { ...metric, counts: new Array<string>(getCountFieldLabels(metric).length).fill('') };
}

/**
 * Change a metric's kind, CSAT scale or CES question, resizing its typed totals to the new number of
 * fields. Totals typed for another scale would count the wrong answers, so they are kept only when the
 * number of fields stays the same; the pasted scores are always kept (they are re-read on the new scale).
 *
 * @param metric the metric now
 * @param change the new kind, scale or question
 * @returns the changed metric
 * @example changeMetricScale(createEmptyMetric('csat', ''), { csatScale: '1-7' }).counts.length // 7
 */
export function changeMetricScale(
  metric: StageMetric,
  change: Partial<Pick<StageMetric, 'kind' | 'csatScale' | 'cesVariant'>>,
): StageMetric {
  const next = { ...metric, ...change };
  const fieldCount = getCountFieldLabels(next).length;
  const sameShape = fieldCount === getCountFieldLabels(metric).length && next.kind === metric.kind;
  return { ...next, counts: sameShape ? metric.counts : new Array<string>(fieldCount).fill('') };
}
