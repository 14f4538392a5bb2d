import { describe, expect, it } from 'vitest';
import { describeNumberFieldError } from '../../../src/components/figure-field/describe-number-field-error.ts';
import { formatDistinctPercents, formatExponent, formatMoney, formatNumber, formatPercent, roundForCsv } from '../../../src/components/figure-field/format-figures.ts';
import { getPercentNote } from '../../../src/components/figure-field/get-percent-note.ts';
import { toSummaryCsv, toSummaryMarkdown, toSummaryText, type SummarySection } from '../../../src/components/figure-field/summary-formats.ts';

describe('format-figures', () => {
  it('rounds half away from zero to two decimals and groups thousands', () => {
    expect(formatNumber(2100)).toBe('2,100');
    expect(formatNumber(1.005)).toBe('1.01');
    expect(formatPercent(0.4596399)).toBe('45.96%');
    expect(formatPercent(0.45955)).toBe('45.96%');
    expect(formatPercent(1 / 3)).toBe('33.33%');
  });

  it('never shows a share that is not 0% or 100% as 0% or 100%: it adds decimals until the figure shows', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.000001)).toBe('0.0001%');
    expect(formatPercent(0.0000499)).toBe('0.005%');
    expect(formatPercent(-0.000001)).toBe('−0.0001%');
    expect(formatPercent(0.999999)).toBe('99.9999%');
    expect(formatPercent(1e-15)).toBe('0.0000000000001%');
    expect(formatPercent(0.00005)).toBe('0.01%');
  });

  it('writes money with its symbol, whole amounts without decimals', () => {
    expect(formatMoney(1600, 'gbp')).toBe('£1,600');
    expect(formatMoney(978.5568709781658, 'gbp')).toBe('£978.56');
    expect(formatMoney(-97.5, 'usd')).toBe('−$97.50');
    expect(formatMoney(40016, 'none')).toBe('40,016');
  });

  it('shows amounts of a quadrillion or more to 15 significant digits, not floating-point noise', () => {
    expect(formatMoney(999_999_999_999_999, 'none')).toBe('999,999,999,999,999');
    expect(formatMoney(1.2345678901234567e16, 'none')).toBe('12,345,678,901,234,600');
    expect(formatMoney(2.0000000000000002e22, 'eur')).toBe('€20,000,000,000,000,000,000,000');
    expect(formatMoney(-1.6000000000000018e21, 'usd')).toBe('−$1,600,000,000,000,000,000,000');
    expect(formatMoney(123_456_789_012.34, 'gbp')).toBe('£123,456,789,012.34');
  });

  it('gives shares that differ the decimals that keep them apart', () => {
    expect(formatDistinctPercents([0.0000008, 0.0000009, 0.000001, 0.0000011, 0.0000012])).toEqual(['0.00008%', '0.00009%', '0.0001%', '0.00011%', '0.00012%']);
    expect(formatDistinctPercents([0.04, 0.045, 0.05])).toEqual(['4%', '4.5%', '5%']);
    expect(formatDistinctPercents([0.05, 0.05])).toEqual(['5%', '5%']);
  });

  it('writes compounding powers as whole numbers or fractions', () => {
    expect(formatExponent(12)).toBe('12');
    expect(formatExponent(1 / 12)).toBe('1/12');
    expect(formatExponent(1 / 3)).toBe('1/3');
  });

  it('never gives −0 for a CSV cell', () => {
    expect(Object.is(roundForCsv(-0.0001, 2), 0)).toBe(true);
  });
});

describe('messages', () => {
  it('name the field and say why', () => {
    expect(describeNumberFieldError('Gross margin', { kind: 'not-a-number', text: 'eighty' })).toMatchInlineSnapshot(
      `"Gross margin: “eighty” is not a number. Type digits, like 1250 or 1,250.5."`,
    );
  });

  it('note a percent that may have been typed as a fraction', () => {
    expect(getPercentNote('0.05', 0.05)).toBe('Read as 0.05%. This field takes percents: for 5%, type 5.');
    expect(getPercentNote('0.05%', 0.05)).toBeUndefined();
    expect(getPercentNote('5', 5)).toBeUndefined();
    expect(getPercentNote('0', 0)).toBeUndefined();
    expect(getPercentNote('', null)).toBeUndefined();
  });
});

describe('summary formats', () => {
  const sections: SummarySection[] = [
    {
      title: 'Revenue',
      rows: [
        { label: 'Starting revenue', shown: '£100,000', value: 100000, unit: '£' },
        { label: 'A | B', shown: '91%', value: 91, unit: '%' },
      ],
    },
  ];

  it('writes plain text, Markdown and CSV of the same rows', () => {
    expect(toSummaryText('Churn', sections, ['Note.'])).toBe('Churn\n\nRevenue\nStarting revenue: £100,000\nA | B: 91%\n\nNote.');
    expect(toSummaryMarkdown('Churn', sections)).toBe(
      '## Churn\n\n### Revenue\n\n| Figure | Value |\n| --- | ---: |\n| Starting revenue | £100,000 |\n| A \\| B | 91% |',
    );
    expect(toSummaryCsv(sections).split(/\r?\n/).filter(Boolean)).toEqual([
      'section,figure,value,unit',
      'Revenue,Starting revenue,100000,£',
      'Revenue,A | B,91,%',
    ]);
  });
});
