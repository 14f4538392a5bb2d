import type { ClvInput } from '../../lib/metrics/clv-input.ts';
import type { ClvSensitivityError, ClvSensitivityParameter, ClvSensitivityRow } from '../../lib/metrics/clv-sensitivity.ts';
import type { RatePeriod } from '../../lib/metrics/convert-rate.ts';
import type { DisplayCurrencyId } from '../../lib/metrics/display-currency.ts';
import type { Result } from '../../lib/result.ts';
import { formatMoney } from '../figure-field/format-figures.ts';
import {
  describeOutOfRange,
  describeSensitivityError,
  formatSensitivityChange,
  formatSensitivityParameters,
  formatSignedMoney,
  formatSignedPercent,
  getSensitivityParameterLabel,
} from './clv-wording.ts';

export interface SensitivityTableProps {
  readonly id: string;
  readonly input: ClvInput;
  readonly parameter: ClvSensitivityParameter;
  readonly rows: Result<readonly ClvSensitivityRow[], ClvSensitivityError>;
  readonly period: RatePeriod;
  readonly currency: DisplayCurrencyId;
}

/** How CLV moves when churn or margin moves by ±10% and ±20% of itself, the figures as typed highlighted. */
export function SensitivityTable({ id, input, parameter, rows, period, currency }: SensitivityTableProps) {
  const caption = parameter === 'churn' ? 'How CLV moves as churn moves' : 'How CLV moves as margin moves';
  if (!rows.ok) {
    return (
      <p className="field__hint">
        {caption}: {describeSensitivityError(rows.error)}
      </p>
    );
  }
  const parameterLabel = getSensitivityParameterLabel(input, parameter, period);
  const shown = formatSensitivityParameters(input, parameter, rows.value.map((row) => row.parameterValue), currency);
  return (
    <div className="figure-table-block">
      {/* The caption sits outside the scrolling box so it stays readable on a narrow screen. */}
      <p id={`${id}-caption`} className="figure-table__caption">
        {caption}
      </p>
      <div className="figure-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="figure-table" aria-labelledby={`${id}-caption`}>
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">{parameterLabel}</th>
            <th scope="col">CLV</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.value.map((row, index) => (
            <tr key={row.change} className={row.change === 0 ? 'figure-table__current' : undefined}>
              <th scope="row">{formatSensitivityChange(row.change)}</th>
              <td>{shown[index]}</td>
              {row.kind === 'value' ? (
                <>
                  <td>{formatMoney(row.clv, currency)}</td>
                  <td>
                    {row.change === 0
                      ? '–'
                      : `${formatSignedMoney(row.differenceFromBase, currency)}${row.relativeDifference === null ? '' : ` (${formatSignedPercent(row.relativeDifference)})`}`}
                  </td>
                </>
              ) : (
                <td colSpan={2}>{describeOutOfRange(row)}</td>
              )}
            </tr>
          ))}
        </tbody>
        </table>
      </div>
    </div>
  );
}
