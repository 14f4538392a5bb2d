import type { RatePeriod } from '../../lib/metrics/convert-rate.ts';

const PER_LABELS: Record<RatePeriod, string> = { month: 'per month', quarter: 'per quarter', year: 'per year' };
const DURATION_LABELS: Record<RatePeriod, string> = { month: 'months', quarter: 'quarters', year: 'years' };
const PERIODS: readonly RatePeriod[] = ['month', 'quarter', 'year'];

export interface PeriodSelectProps {
  readonly id: string;
  /** Names the figure, e.g. "Period of the churn rate". */
  readonly label: string;
  readonly value: RatePeriod;
  readonly onChange: (period: RatePeriod) => void;
  /** `per`: "per month" (a rate or amount per period); `duration`: "months" (a length of time). */
  readonly wording?: 'per' | 'duration';
}

/** Which period a figure belongs to, beside its input; its label is read out, not shown. */
export function PeriodSelect({ id, label, value, onChange, wording = 'per' }: PeriodSelectProps) {
  const labels = wording === 'per' ? PER_LABELS : DURATION_LABELS;
  return (
    <span className="figure-field__period">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as RatePeriod)}>
        {PERIODS.map((period) => (
          <option key={period} value={period}>
            {labels[period]}
          </option>
        ))}
      </select>
    </span>
  );
}
