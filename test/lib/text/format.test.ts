import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatNumber, formatOnDay, formatPercent, formatSigned, formatTime, joinWithAnd } from '../../../src/lib/text/format.ts';

// Expected texts are written by hand from each locale's conventions (CLDR: en-GB groups with "," and marks
// decimals with "."; de-DE the other way round, with a space before "%"), not produced by Intl in the test.
const GB = { locale: 'en-GB' } as const;
const DE = { locale: 'de-DE' } as const;

describe('formatNumber', () => {
  it('rounds half away from zero, groups thousands and writes a real minus sign', () => {
    expect(formatNumber(-12.5, GB)).toBe('−13');
    expect(formatNumber(12.5, GB)).toBe('13');
    expect(formatNumber(1234.25, { ...GB, decimals: 1 })).toBe('1,234.3');
    expect(formatNumber(1234.25, { ...DE, decimals: 1 })).toBe('1.234,3');
    expect(formatNumber(2.5, { ...GB, decimals: 2 })).toBe('2.50');
    expect(formatNumber(2.5, { ...GB, maximumDecimals: 2 })).toBe('2.5');
    expect(formatNumber(0.285 * 100, GB)).toBe('29');
    expect(formatNumber(-0.004, { ...GB, decimals: 2 })).toBe('0.00');
  });

  it('writes small whole numbers in en-GB (read without Intl) as Intl does, and leaves the rest to Intl', () => {
    // Every quarter from −1,001 to 1,001 with 0 to 2 decimals, against Intl's own en-GB output with the sign
    // written by hand: the shortcut for whole numbers under 1,000 must not change a single text.
    for (let quarter = -4004; quarter <= 4004; quarter += 1) {
      const value = quarter / 4;
      for (const maximumDecimals of [0, 1, 2]) {
        const rounded = Math.sign(value) * Math.round(Math.abs(value) * 10 ** maximumDecimals) / 10 ** maximumDecimals;
        const digits = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maximumDecimals }).format(Math.abs(rounded));
        expect(formatNumber(value, { ...GB, maximumDecimals }), `${String(value)} to ${String(maximumDecimals)} decimals`).toBe(rounded < 0 ? `−${digits}` : digits);
      }
    }
    expect(formatNumber(-0.4, GB)).toBe('0');
    expect(formatNumber(999.5, GB)).toBe('1,000');
    expect(formatNumber(-999.4, GB)).toBe('−999');
  });

  it('prints "–" for values that are not numbers and refuses impossible decimals', () => {
    expect(formatNumber(Number.NaN, GB)).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY, GB)).toBe('–');
    expect(() => formatNumber(1, { decimals: 16 })).toThrowError('format requires 0 to 15 whole decimals, got 16');
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrowError('format requires 0 to 15 whole decimals, got 1.5');
  });
});

describe('formatSigned', () => {
  it('writes + for a rise, − for a fall and nothing for what rounds to zero', () => {
    expect(formatSigned(14, GB)).toBe('+14');
    expect(formatSigned(-3.45, { ...GB, decimals: 1 })).toBe('−3.5');
    expect(formatSigned(0.04, { ...GB, decimals: 1 })).toBe('0.0');
    expect(formatSigned(Number.NaN, GB)).toBe('–');
  });
});

describe('formatPercent', () => {
  it('writes a share as a percentage in the locale pattern', () => {
    expect(formatPercent(0.4815, { ...GB, decimals: 1 })).toBe('48.2%');
    expect(formatPercent(0.4815, { ...DE, decimals: 1 })).toBe('48,2\u00a0%');
    expect(formatPercent(0.6, GB)).toBe('60%');
    expect(formatPercent(0.125, GB)).toBe('13%');
    expect(formatPercent(-0.125, GB)).toBe('−13%');
    expect(formatPercent(0.4596399, { ...GB, maximumDecimals: 2 })).toBe('45.96%');
  });

  it('with distinctFromEnds, never shows 0% or 100% for a share that is neither', () => {
    const figures = { ...GB, maximumDecimals: 2, distinctFromEnds: true };
    expect(formatPercent(0, figures)).toBe('0%');
    expect(formatPercent(1, figures)).toBe('100%');
    expect(formatPercent(0.000001, figures)).toBe('0.0001%');
    expect(formatPercent(0.999999, figures)).toBe('99.9999%');
    expect(formatPercent(-0.000001, figures)).toBe('−0.0001%');
    expect(formatPercent(1e-15, figures)).toBe('0.0000000000001%');
    expect(formatPercent(1e-30, figures)).toBe('0%');
  });

  it('prints "–" for a share that is not a number', () => {
    expect(formatPercent(Number.NaN, GB)).toBe('–');
  });
});

describe('formatBytes', () => {
  it('counts in SI units: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes', () => {
    expect(formatBytes(0, GB)).toBe('0 bytes');
    expect(formatBytes(1, GB)).toBe('1 byte');
    expect(formatBytes(999, GB)).toBe('999 bytes');
    expect(formatBytes(1_000, GB)).toBe('1 kB');
    expect(formatBytes(150_400, GB)).toBe('150 kB');
    expect(formatBytes(999_999, GB)).toBe('1 MB');
    expect(formatBytes(30_000_000, GB)).toBe('30 MB');
    expect(formatBytes(10 * 1024 * 1024, GB)).toBe('10.5 MB');
    expect(formatBytes(7_549_747, GB)).toBe('7.5 MB');
    expect(formatBytes(7_549_747, DE)).toBe('7,5 MB');
    expect(formatBytes(2_500_000_000, GB)).toBe('2.5 GB');
  });

  it('prints "–" for a size that cannot be one', () => {
    expect(formatBytes(-1, GB)).toBe('–');
    expect(formatBytes(Number.NaN, GB)).toBe('–');
  });
});

describe('dates and times', () => {
  const moment = '2026-12-01T09:30:05Z';
  const utc = { ...GB, timeZone: 'UTC' };

  it('writes dates, times and both in the locale', () => {
    expect(formatDate(moment, utc)).toBe('1 December 2026');
    expect(formatDate(moment, { locale: 'en-US', timeZone: 'UTC' })).toBe('December 1, 2026');
    expect(formatTime(moment, utc)).toBe('09:30');
    expect(formatDateTime(moment, utc)).toBe('1 December 2026 at 09:30');
    expect(formatDateTime(moment, { ...utc, withSeconds: true })).toBe('1 December 2026 at 09:30:05');
    expect(formatDate(Date.parse(moment), utc)).toBe('1 December 2026');
  });

  it('says "on 1 Dec", with the year only when it is not this year', () => {
    expect(formatOnDay(moment, new Date('2026-12-02T00:00:00Z'), utc)).toBe('on 1 Dec');
    expect(formatOnDay(moment, new Date('2027-01-02T00:00:00Z'), utc)).toBe('on 1 Dec 2026');
  });

  it('prints "–" for a date that cannot be read', () => {
    expect(formatDate('not a date', utc)).toBe('–');
    expect(formatTime(Number.NaN, utc)).toBe('–');
    expect(formatOnDay('', new Date(), utc)).toBe('–');
  });
});

describe('joinWithAnd', () => {
  it('joins none, one, two and many items as an English list', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['Ana'])).toBe('Ana');
    expect(joinWithAnd(['Ana', 'Bea'])).toBe('Ana and Bea');
    expect(joinWithAnd(['Ana', 'Bea', 'Cy'])).toBe('Ana, Bea and Cy');
  });
});
