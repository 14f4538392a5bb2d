import { describe, expect, it } from 'vitest';
import { formatChartValue, getChartDecimals } from '../../../src/lib/chart/chart-number.ts';

// Expected texts written by hand (en-GB: "." for decimals, "%" close up; de-DE: "," and a no-break space before "%").

describe('getChartDecimals', () => {
  it('gives one decimal on the wide scales (NPS, CSAT %) and two on the short ones (CES)', () => {
    expect(getChartDecimals([-100, 100])).toBe(1);
    expect(getChartDecimals([0, 100])).toBe(1);
    expect(getChartDecimals([1, 7])).toBe(2);
    expect(getChartDecimals([1, 5])).toBe(2);
    expect(getChartDecimals([Number.NaN, 5])).toBe(1);
  });
});

describe('formatChartValue', () => {
  it('writes a score in its unit', () => {
    expect(formatChartValue(87.5, '%', { locale: 'en-GB' })).toBe('87.5%');
    expect(formatChartValue(87.5, '%', { locale: 'de-DE' })).toBe('87,5\u00A0%');
    expect(formatChartValue(-12, 'points', { locale: 'en-GB' })).toBe('−12');
    expect(formatChartValue(5.614, '', { maximumDecimals: 2, locale: 'en-GB' })).toBe('5.61');
    expect(formatChartValue(32.45, 'points', { locale: 'en-GB' })).toBe('32.5');
  });

  it('writes "–" for no value, never NaN or Infinity', () => {
    expect(formatChartValue(null, '%', { locale: 'en-GB' })).toBe('–');
    expect(formatChartValue(Number.NaN, 'points', { locale: 'en-GB' })).toBe('–');
    expect(formatChartValue(Number.NEGATIVE_INFINITY, '', { locale: 'en-GB' })).toBe('–');
  });
});
