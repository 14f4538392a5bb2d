import { describe, expect, it } from 'vitest';
import { getReliabilityWarnings, WIDE_INTERVAL_SHARE_OF_RANGE } from '../../../src/lib/metrics/reliability-warning.ts';

describe('getReliabilityWarnings', () => {
  it('lists every warning that applies, in a fixed order', () => {
    expect(getReliabilityWarnings({ n: 1, hasVariation: false, halfWidth: Infinity, range: 200 })).toEqual(['single-response', 'no-variation', 'wide-interval']);
  });

  it('flags intervals wider than ±10% of the range', () => {
    expect(WIDE_INTERVAL_SHARE_OF_RANGE).toBe(0.1);
    expect(getReliabilityWarnings({ n: 100, hasVariation: true, halfWidth: 20.01, range: 200 })).toEqual(['wide-interval']);
    expect(getReliabilityWarnings({ n: 100, hasVariation: true, halfWidth: 20, range: 200 })).toEqual([]);
  });
});
