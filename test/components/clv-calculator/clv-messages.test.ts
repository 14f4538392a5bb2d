import { describe, expect, it } from 'vitest';
import { describeClvProblem, getClvAnnouncement } from '../../../src/components/clv-calculator/clv-messages.ts';
import { getClvSummary } from '../../../src/components/clv-calculator/clv-summary.ts';
import { describeClvConversion, formatSensitivityChange, formatSignedMoney, formatSignedPercent } from '../../../src/components/clv-calculator/clv-wording.ts';
import { CLV_EXAMPLE_DRAFT, EMPTY_CLV_DRAFT, type ClvDraft } from '../../../src/lib/metrics/clv-draft.ts';
import { getClvView } from '../../../src/lib/metrics/clv-view.ts';

const messagesFor = (draft: ClvDraft) => getClvView(draft).problems.map((problem) => describeClvProblem(problem, 'usd'));
const subscription = (figures: Partial<ClvDraft['subscription']>): ClvDraft => ({ ...EMPTY_CLV_DRAFT, subscription: { ...EMPTY_CLV_DRAFT.subscription, ...figures } });
const discounted = (figures: Partial<ClvDraft['discounted']>): ClvDraft => ({ ...EMPTY_CLV_DRAFT, form: 'discounted', discounted: { ...EMPTY_CLV_DRAFT.discounted, ...figures } });

describe('CLV messages', () => {
  it('say which figure is impossible and why', () => {
    expect(messagesFor(subscription({ averageRevenuePerAccount: '-5', grossMargin: '120', churnRate: '-1' }))).toMatchInlineSnapshot(`
      [
        "Average revenue per account (ARPA) is −$5: it cannot be below 0.",
        "Churn rate is −1%: it cannot be below 0.",
      ]
    `);
    expect(messagesFor(subscription({ averageRevenuePerAccount: '5', grossMargin: '120', churnRate: '2' }))).toMatchInlineSnapshot(`
      [
        "Gross margin is 120%: a margin is a share of revenue, at most 100%.",
      ]
    `);
    expect(messagesFor(subscription({ averageRevenuePerAccount: '5', grossMargin: '80', churnRate: '101' }))).toMatchInlineSnapshot(`
      [
        "Churn rate is 101%: churn is a share of customers, at most 100%.",
      ]
    `);
    expect(messagesFor(discounted({ marginPerPeriod: '100', retentionRate: '100', discountRate: '0' }))).toMatchInlineSnapshot(`
      [
        "Retention rate (r) is 100% with a discount rate (i) of 0%: a customer who never leaves, with future money worth as much as today’s, would be worth an infinite amount. Type a retention below 100% or a discount rate above 0.",
      ]
    `);
    expect(messagesFor(subscription({ averageRevenuePerAccount: '1e400' }))).toMatchInlineSnapshot(`
      [
        "Average revenue per account (ARPA): “1e400” is not a number. Type digits, like 1250 or 1,250.5.",
      ]
    `);
  });

  it('too large to calculate is reported without blaming one field', () => {
    const view = getClvView(subscription({ averageRevenuePerAccount: '9'.repeat(200), grossMargin: '100', churnRate: `0.${'0'.repeat(150)}1` }));
    const problem = view.problems[0];
    expect(problem?.field ?? null).toBe(null);
    expect(problem && describeClvProblem(problem, 'none')).toBe('These figures make a lifetime value too large to calculate with. Check the amounts and the periods.');
  });

  it('announce one short sentence', () => {
    expect(getClvAnnouncement(getClvView(EMPTY_CLV_DRAFT))).toBe('');
    expect(getClvAnnouncement(getClvView({ ...CLV_EXAMPLE_DRAFT, form: 'simple' }))).toBe('Customer lifetime value £180, simple form.');
  });
});

describe('CLV wording', () => {
  it('writes each conversion out', () => {
    expect(describeClvConversion({ field: 'discountRate', kind: 'discount', from: 'year', to: 'month', exponent: 1 / 12, fromValue: 0.1, toValue: 0.007974140428903741 })).toBe(
      'Discount rate (i) per month = (1 + 10%)^(1/12) − 1 = 0.8% (compounded from 10% per year)',
    );
    expect(describeClvConversion({ field: 'churnRate', kind: 'churn', from: 'month', to: 'year', exponent: 12, fromValue: 0.05, toValue: 0.4596399 })).toBe(
      'Churn rate per year = 1 − (1 − 5%)^12 = 45.96% (compounded from 5% per month)',
    );
  });

  it('signs changes and differences', () => {
    expect([-0.2, 0, 0.1].map(formatSensitivityChange)).toEqual(['−20%', 'As typed', '+10%']);
    expect(formatSignedMoney(222.2222, 'gbp')).toBe('+£222.22');
    expect(formatSignedMoney(-97.855, 'gbp')).toBe('−£97.86');
    expect(formatSignedMoney(0.001, 'gbp')).toBe('£0');
    expect(formatSignedPercent(-0.0909)).toBe('−9.09%');
    expect(formatSignedPercent(0.25)).toBe('+25%');
  });
});

describe('CLV summary', () => {
  it('gives the value, variant, formula and both tables for copying and the CSV', () => {
    const sections = getClvSummary(getClvView({ ...CLV_EXAMPLE_DRAFT, form: 'discounted' }));
    expect(sections.map((section) => section.title)).toEqual([
      'Customer lifetime value (discounted form)',
      'How CLV moves as churn moves',
      'How CLV moves as margin moves',
    ]);
    expect(sections[0]?.rows.map((row) => [row.label, row.shown])).toEqual([
      ['Customer lifetime value', '£978.56'],
      ['Form', 'Discounted form (Gupta and Lehmann 2003), margins at the end of each year: m × r ÷ (1 + i − r), all per year, over an unlimited horizon.'],
      ['Conversion 1', 'Retention rate (r) per year = (97.5%)^12 = 73.8% (compounded from 97.5% per month)'],
      ['Formula', 'CLV = m × r ÷ (1 + i − r) = 480 × 73.8% ÷ (1 + 10% − 73.8%) = 978.56'],
    ]);
    expect(sections[0]?.rows[0]).toMatchObject({ value: 978.56, unit: '£' });
    expect(sections[2]?.rows[4]).toMatchObject({ label: 'Margin per year £576 (+20%)', shown: '£1,174.27' });
    expect(getClvSummary(getClvView(EMPTY_CLV_DRAFT))).toEqual([]);
  });

  it('leaves out the churn table in the simple form', () => {
    const sections = getClvSummary(getClvView({ ...CLV_EXAMPLE_DRAFT, form: 'simple' }));
    expect(sections.map((section) => section.title)).toEqual(['Customer lifetime value (simple form)', 'How CLV moves as margin moves']);
  });
});
