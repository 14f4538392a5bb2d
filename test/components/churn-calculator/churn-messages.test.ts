import { describe, expect, it } from 'vitest';
import { describeChurnProblem, getChurnAnnouncement } from '../../../src/components/churn-calculator/churn-messages.ts';
import { getChurnSummary } from '../../../src/components/churn-calculator/churn-summary.ts';
import { CHURN_EXAMPLE_DRAFT, EMPTY_CHURN_DRAFT, type ChurnDraft } from '../../../src/lib/metrics/churn-draft.ts';
import { getChurnView } from '../../../src/lib/metrics/churn-view.ts';

const withFigures = (figures: Partial<ChurnDraft['figures']>): ChurnDraft => ({ ...EMPTY_CHURN_DRAFT, figures: { ...EMPTY_CHURN_DRAFT.figures, ...figures } });
const messagesFor = (figures: Partial<ChurnDraft['figures']>) => getChurnView(withFigures(figures)).problems.map((problem) => describeChurnProblem(problem, 'gbp'));

describe('churn messages', () => {
  it('say which figure is impossible and why', () => {
    expect(messagesFor({ customersAtStart: '0', newCustomers: '5', customersAtEnd: '5' })).toMatchInlineSnapshot(`
      [
        "Customers at start (S) is 0: churn and retention are shares of the customers you started with, so there must be at least 1.",
      ]
    `);
    expect(messagesFor({ customersAtStart: '10', newCustomers: '8', customersAtEnd: '5' })).toMatchInlineSnapshot(`
      [
        "New customers (N) is 8, more than Customers at end (E) (5): retention (E − N) ÷ S would be below 0. Some new customers must have left too; count N as the new customers still there at the end, or check the period.",
      ]
    `);
    expect(messagesFor({ customersAtStart: '10', newCustomers: '0', customersAtEnd: '0', lostCustomers: '11' })).toMatchInlineSnapshot(`
      [
        "Customers lost (L) is 11, more than there ever were: customers at start plus new customers make 10.",
      ]
    `);
    expect(messagesFor({ customersAtStart: '10', newCustomers: '0', customersAtEnd: '12' })).toMatchInlineSnapshot(`
      [
        "Customers at end (E) is 12, more than customers at start plus new customers (10). Check that all three cover the same period.",
      ]
    `);
    expect(messagesFor({ customersAtStart: '-3', startingRevenue: '100', contractionRevenue: '60', churnedRevenue: '50' })).toMatchInlineSnapshot(`
      [
        "Customers at start (S) is −3: a number of customers cannot be below 0.",
        "Contraction plus churned revenue make £110, more than the starting recurring revenue (£100): customers cannot take away more revenue than they brought.",
      ]
    `);
    expect(messagesFor({ startingRevenue: '0', rateToConvert: '-1' })).toMatchInlineSnapshot(`
      [
        "Starting recurring revenue is 0: revenue retention is a share of it, so it must be above 0.",
        "Churn rate to convert is −1%: a churn rate cannot be below 0%.",
      ]
    `);
  });

  it('announce one short sentence', () => {
    expect(getChurnAnnouncement(getChurnView(EMPTY_CHURN_DRAFT))).toBe('');
    expect(getChurnAnnouncement(getChurnView(withFigures({ customersAtStart: 'x', newCustomers: 'y' })))).toBe('2 figures need a look.');
  });
});

describe('churn summary', () => {
  it('lists the figures and rates for copying and the CSV, rounded as shown', () => {
    const sections = getChurnSummary(getChurnView(CHURN_EXAMPLE_DRAFT));
    expect(sections.map((section) => section.title)).toEqual(['Customers over one quarter', 'Revenue over one quarter', 'Churn rate converted between periods']);
    expect(sections[0]?.rows.find((row) => row.label === 'Customers lost (L)')).toEqual({ label: 'Customers lost (L)', shown: '200 (worked out as S + N − E)', value: 200, unit: 'customers' });
    expect(sections[0]?.rows.find((row) => row.label === 'Churn per year (compounded)')).toEqual({ label: 'Churn per year (compounded)', shown: '34.39%', value: 34.39, unit: '%' });
    expect(sections[1]?.rows.at(-1)).toEqual({ label: 'Net revenue retention (NRR)', shown: '99%', value: 99, unit: '%' });
    expect(sections[2]?.rows.map((row) => row.shown)).toEqual(['5%', '14.26%', '45.96%']);
    expect(getChurnSummary(getChurnView(EMPTY_CHURN_DRAFT))).toEqual([]);
  });
});
