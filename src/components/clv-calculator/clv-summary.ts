import type { ClvSensitivityParameter, ClvSensitivityRow } from '../../lib/metrics/clv-sensitivity.ts';
import { describeClvFormula } from '../../lib/metrics/describe-clv-formula.ts';
import { DISPLAY_CURRENCIES } from '../../lib/metrics/display-currency.ts';
import type { ClvView } from '../../lib/metrics/clv-view.ts';
import { formatMoney, formatNumber, formatPercent, roundForCsv } from '../figure-field/format-figures.ts';
import type { SummaryRow, SummarySection } from '../figure-field/summary-formats.ts';
import { CLV_FORM_LABELS, formatPeriodCount, PERIOD_PLURALS } from './clv-labels.ts';
import {
  describeClvConversion,
  describeClvVariant,
  describeOutOfRange,
  formatSensitivityChange,
  formatSensitivityParameters,
  getSensitivityParameterLabel,
} from './clv-wording.ts';

const textRow = (label: string, text: string): SummaryRow => ({ label, shown: text, value: text, unit: '' });

/** The results as summary sections, for copying and the CSV; empty until there is a lifetime value. */
export function getClvSummary(view: ClvView): SummarySection[] {
  const { outcome } = view;
  if (outcome.status !== 'ready') return [];
  const { input, result, conversions } = outcome;
  const symbol = DISPLAY_CURRENCIES[view.currency].symbol;
  const money = (label: string, amount: number): SummaryRow => ({ label, shown: formatMoney(amount, view.currency), value: roundForCsv(amount, 2), unit: symbol });
  const formula = describeClvFormula(input, { formatNumber, formatPercent });
  const rows: SummaryRow[] = [
    money('Customer lifetime value', result.value),
    textRow('Form', describeClvVariant(input, view.period)),
    ...conversions.map((conversion, index) => textRow(`Conversion ${String(index + 1)}`, describeClvConversion(conversion))),
    ...(formula.ok ? [textRow('Formula', formula.value)] : []),
  ];
  if (input.form === 'subscription' && result.expectedLifetime !== null) {
    rows.push({
      label: 'Expected lifetime (1 ÷ churn)',
      shown: formatPeriodCount(result.expectedLifetime, view.period),
      value: roundForCsv(result.expectedLifetime, 2),
      unit: PERIOD_PLURALS[view.period],
    });
  }
  const sections: SummarySection[] = [{ title: `Customer lifetime value (${CLV_FORM_LABELS[view.form].toLowerCase()} form)`, rows }];
  const sensitivity = (parameter: ClvSensitivityParameter, table: typeof outcome.churnSensitivity) => {
    if (!table.ok) return;
    const name = getSensitivityParameterLabel(input, parameter, view.period);
    const shown = formatSensitivityParameters(input, parameter, table.value.map((row) => row.parameterValue), view.currency);
    sections.push({
      title: parameter === 'churn' ? 'How CLV moves as churn moves' : 'How CLV moves as margin moves',
      rows: table.value.map((row: ClvSensitivityRow, index): SummaryRow => {
        const label = `${name} ${shown[index] ?? ''} (${formatSensitivityChange(row.change).toLowerCase()})`;
        return row.kind === 'value' ? money(label, row.clv) : textRow(label, describeOutOfRange(row));
      }),
    });
  };
  sensitivity('churn', outcome.churnSensitivity);
  sensitivity('margin', outcome.marginSensitivity);
  return sections;
}
