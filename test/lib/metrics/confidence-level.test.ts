import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS, DEFAULT_CONFIDENCE_LEVEL, isConfidenceLevel } from '../../../src/lib/metrics/confidence-level.ts';
import { getZForConfidence } from '../../../src/lib/metrics/statistics/normal-quantile.ts';
import type { ConfidenceLevel } from '../../../src/lib/metrics/confidence-level.ts';

describe('confidence levels', () => {
  it('offers 90, 95 and 99, with 95 as default', () => {
    expect(CONFIDENCE_LEVELS).toEqual([90, 95, 99]);
    expect(DEFAULT_CONFIDENCE_LEVEL).toBe(95);
  });

  it('maps each level to its two-sided critical z', () => {
    expect(getZForConfidence(90)).toBeCloseTo(1.6448536269514722, 14);
    expect(getZForConfidence(95)).toBeCloseTo(1.959963984540054, 14);
    expect(getZForConfidence(99)).toBeCloseTo(2.5758293035489004, 14);
  });

  it('recognises only the offered levels', () => {
    expect(isConfidenceLevel(95)).toBe(true);
    expect(isConfidenceLevel(80)).toBe(false);
    expect(isConfidenceLevel('95')).toBe(false);
  });

  it('refuses another level (a programmer error)', () => {
    expect(() => getZForConfidence(80 as ConfidenceLevel)).toThrowErrorMatchingInlineSnapshot(`[Error: getZForConfidence requires a confidence level of 90, 95 or 99, got 80]`);
  });
});
