import { describe, expect, it } from 'vitest';
import { formatPValue } from '../../../src/lib/metrics/format-p-value.ts';

describe('formatPValue', () => {
  it('shows two significant figures', () => {
    expect(formatPValue(0.03512)).toBe('p = 0.035');
    expect(formatPValue(0.4129)).toBe('p = 0.41');
    expect(formatPValue(0.0013747)).toBe('p = 0.0014');
    expect(formatPValue(0.0794)).toBe('p = 0.079');
  });

  it('drops trailing zeros and rounds halves up', () => {
    expect(formatPValue(0.05)).toBe('p = 0.05');
    expect(formatPValue(0.125)).toBe('p = 0.13');
    expect(formatPValue(1)).toBe('p = 1');
    expect(formatPValue(0.9996)).toBe('p = 1');
  });

  it('shows tiny values as p < 0.001', () => {
    expect(formatPValue(0.00099)).toBe('p < 0.001');
    expect(formatPValue(0)).toBe('p < 0.001');
    expect(formatPValue(0.001)).toBe('p = 0.001');
  });

  it('refuses values that are not probabilities', () => {
    expect(() => formatPValue(1.2)).toThrowErrorMatchingInlineSnapshot(`[Error: formatPValue requires a p-value between 0 and 1, got 1.2]`);
    expect(() => formatPValue(Number.NaN)).toThrow();
  });
});
