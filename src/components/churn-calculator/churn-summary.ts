import { DISPLAY_CURRENCIES } from '../../lib/metrics/display-currency.ts';
import type { ChurnView } from '../../lib/metrics/churn-view.ts';
import { formatMoney, formatNumber, formatPercent, roundForCsv } from '../figure-field/format-figures.ts';
import type { SummaryRow, SummarySection } from '../figure-field/summary-formats.ts';
import { CHURN_FIELD_LABELS, PERIOD_NOUNS } from './churn-labels.ts';

const percentRow = (label: string, share: number): SummaryRow => ({ label, shown: formatPercent(share), value: roundForCsv(share * 100, 2), unit: '%' });
const countRow = (label: string, count: number, note = ''): SummaryRow => ({
  label,
  shown: `${formatNumber(count)}${note}`,
  value: count,
  unit: 'customers',
});

/** The results as summary sections, for copying and the CSV; empty when there is nothing to report. */
export function getChurnSummary(view: ChurnView): SummarySection[] {
  const sections: SummarySection[] = [];
  const per = PERIOD_NOUNS[view.period];
  if (view.customers.status === 'ready') {
    const { movement, result, byPeriod } = view.customers;
    sections.push({
      title: `Customers over one ${per}`,
      rows: [
        countRow(CHURN_FIELD_LABELS.customersAtStart, movement.customersAtStart),
        countRow(CHURN_FIELD_LABELS.newCustomers, movement.newCustomers),
        countRow(CHURN_FIELD_LABELS.customersAtEnd, movement.customersAtEnd),
        countRow(CHURN_FIELD_LABELS.lostCustomers, movement.lostCustomers, result.lostCustomersDerived ? ' (worked out as S + N − E)' : ''),
        percentRow(`Churn rate per ${per} (L ÷ S)`, result.churnRate),
        percentRow(`Customer retention rate per ${per} ((E − N) ÷ S)`, result.retentionRate),
        ...byPeriod
          .filter((entry) => entry.period !== view.period)
          .flatMap((entry) => [
            percentRow(`Churn per ${PERIOD_NOUNS[entry.period]} (compounded)`, entry.churnRate),
            percentRow(`Retention per ${PERIOD_NOUNS[entry.period]} (compounded)`, entry.retentionRate),
          ]),
      ],
    });
  }
  if (view.revenue.status === 'ready') {
    const { movement, result } = view.revenue;
    const symbol = DISPLAY_CURRENCIES[view.currency].symbol;
    const moneyRow = (label: string, amount: number): SummaryRow => ({ label, shown: formatMoney(amount, view.currency), value: roundForCsv(amount, 2), unit: symbol });
    sections.push({
      title: `Revenue over one ${per}`,
      rows: [
        moneyRow(CHURN_FIELD_LABELS.startingRevenue, movement.startingRevenue),
        moneyRow(CHURN_FIELD_LABELS.expansionRevenue, movement.expansionRevenue),
        moneyRow(CHURN_FIELD_LABELS.contractionRevenue, movement.contractionRevenue),
        moneyRow(CHURN_FIELD_LABELS.churnedRevenue, movement.churnedRevenue),
        percentRow('Gross revenue retention (GRR)', result.grossRevenueRetention),
        percentRow('Net revenue retention (NRR)', result.netRevenueRetention),
      ],
    });
  }
  if (view.conversion.status === 'ready') {
    const { from, byPeriod } = view.conversion;
    sections.push({
      title: 'Churn rate converted between periods',
      rows: byPeriod.map((entry) => percentRow(`Churn per ${PERIOD_NOUNS[entry.period]}${entry.period === from ? ' (as typed)' : ' (compounded)'}`, entry.rate)),
    });
  }
  return sections;
}
