import { describe, expect, it } from 'vitest';
import { SMALL_SAMPLE_BELOW, chooseTwoSampleTest, getSignificanceLevel } from '../../../src/lib/metrics/two-sample-test.ts';

describe('chooseTwoSampleTest', () => {
  it('keeps the large-sample test from 30 answers a sample with spread', () => {
    expect(chooseTwoSampleTest({ baselineCounts: [10, 10, 10], currentCounts: [5, 10, 15], asymptoticPValue: 0.04, asymptoticTest: 'adjusted-wald-z' })).toEqual({
      pValue: 0.04,
      test: 'adjusted-wald-z',
      notes: [],
    });
  });

  it('goes exact below 30 answers, and for a sample without spread', () => {
    expect(SMALL_SAMPLE_BELOW).toBe(30);
    // 3 of 4 against 1 of 4 (Fisher's tea tasting): 34/70 by hand.
    const small = chooseTwoSampleTest({ baselineCounts: [3, 1], currentCounts: [1, 3], asymptoticPValue: 0.05, asymptoticTest: 'pooled-z' });
    expect(small.test).toBe('exact-permutation');
    expect(small.pValue).toBeCloseTo(34 / 70, 14);
    expect(small.notes).toEqual(['small-sample']);
    const flat = chooseTwoSampleTest({ baselineCounts: [0, 40], currentCounts: [20, 20], asymptoticPValue: 1e-9, asymptoticTest: 'pooled-z' });
    expect(flat).toMatchObject({ test: 'exact-permutation', notes: ['no-spread'] });
  });

  it('falls back to the large-sample test, flagged, when the exact test would take too long', () => {
    // 29 answers spread over a 101-point scale against 505: about 30 × 2,900 cells × 30 steps per value, far past
    // the work limit, so Welch's p-value with a note.
    const baselineCounts = Array.from({ length: 101 }, (_, value): number => (value % 3 === 0 && value < 87 ? 1 : 0));
    const choice = chooseTwoSampleTest({ baselineCounts, currentCounts: Array<number>(101).fill(5), asymptoticPValue: 0.3, asymptoticTest: 'welch-t' });
    expect(baselineCounts.reduce((a, b) => a + b, 0)).toBe(29);
    expect(choice).toEqual({ pValue: 0.3, test: 'welch-t', notes: ['small-sample', 'exact-too-large'] });
  });

  it('forces the exact test when there is no large-sample p-value', () => {
    expect(chooseTwoSampleTest({ baselineCounts: [0, 0, 1], currentCounts: [1, 0, 0], asymptoticPValue: null, asymptoticTest: 'welch-t' })).toEqual({
      pValue: 1,
      test: 'exact-permutation',
      notes: ['no-spread', 'single-answer', 'small-sample'],
    });
  });
});

describe('getSignificanceLevel', () => {
  it('turns confidence into α', () => {
    expect(getSignificanceLevel(95)).toBe(0.05);
    expect(getSignificanceLevel(99)).toBe(0.01);
    expect(getSignificanceLevel(90)).toBe(0.1);
  });
});
