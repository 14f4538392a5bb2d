import { describe, expect, it } from 'vitest';
import type { ChangeToDescribe } from '../../../src/lib/metrics/describe-change.ts';
import { describeChange, describeIntervalTestDisagreement, describeSegmentPair } from '../../../src/lib/metrics/describe-change.ts';
import { compareNps } from '../../../src/lib/metrics/compare-nps.ts';

function change(overrides: Partial<ChangeToDescribe>): ChangeToDescribe {
  const pValue = overrides.pValue ?? 0.5;
  const confidence = overrides.confidence ?? 95;
  return {
    difference: 10,
    pValue,
    significant: pValue < (100 - confidence) / 100,
    confidence,
    test: 'adjusted-wald-z',
    notes: [],
    baseline: { n: 100 },
    current: { n: 100 },
    ...overrides,
  };
}

describe('describeChange', () => {
  it('never calls p under α chance, at any level', () => {
    expect(describeChange(change({ pValue: 0.029, confidence: 95 }))).toBe('a rise of 10 points; a change this large would be unlikely by chance alone at 95% confidence (p = 0.029)');
    expect(describeChange(change({ pValue: 0.07, confidence: 90 }))).toBe('a rise of 10 points; a change this large would be unlikely by chance alone at 90% confidence (p = 0.07)');
  });

  it('says "not clear at 99%" when p passes a lower level only', () => {
    expect(describeChange(change({ pValue: 0.029, confidence: 99 }))).toBe('a rise of 10 points; not clear at 99% confidence (p = 0.029), though it would count at 95%');
    expect(describeChange(change({ pValue: 0.07, confidence: 99 }))).toBe('a rise of 10 points; not clear at 99% confidence (p = 0.07), though it would count at 90%');
    expect(describeChange(change({ pValue: 0.07, confidence: 95 }))).toBe('a rise of 10 points; not clear at 95% confidence (p = 0.07), though it would count at 90%');
  });

  it('says "could be chance" below 0.2 and "could easily be chance" above', () => {
    expect(describeChange(change({ pValue: 0.15 }))).toBe('a rise of 10 points; this could be chance (p = 0.15)');
    expect(describeChange(change({ difference: -3.2, pValue: 0.41 }))).toBe('a fall of 3 points; this could easily be chance (p = 0.41)');
  });

  it('takes a unit: points, percentage points or scale points', () => {
    expect(describeChange(change({ difference: 12.5, pValue: 0.2 }))).toBe('a rise of 13 points; this could easily be chance (p = 0.2)');
    expect(describeChange(change({ difference: -12.5, pValue: 0.2, unit: 'percentage-points' }))).toBe('a fall of 13 percentage points; this could easily be chance (p = 0.2)');
    expect(describeChange(change({ difference: 1.2, pValue: 0.8 }), { unit: 'percentage-points' })).toBe('a rise of 1 percentage point; this could easily be chance (p = 0.8)');
    expect(describeChange(change({ difference: 0.375, pValue: 0.021, unit: 'scale-units' }))).toBe('a rise of 0.38 scale points; a change this large would be unlikely by chance alone at 95% confidence (p = 0.021)');
    expect(describeChange(change({ difference: 0.375, pValue: 0.021, unit: 'scale-units' }), { decimals: 1 })).toBe('a rise of 0.4 scale points; a change this large would be unlikely by chance alone at 95% confidence (p = 0.021)');
  });

  it('handles no change and changes below one unit', () => {
    expect(describeChange(change({ difference: 0, pValue: 1 }))).toBe('no change (p = 1)');
    expect(describeChange(change({ difference: 0.3, pValue: 0.0004 }))).toBe('a rise of less than 1 point; a change this large would be unlikely by chance alone at 95% confidence (p < 0.001)');
    expect(describeChange(change({ difference: 0.001, pValue: 0.9, unit: 'scale-units' }))).toBe('a rise of less than 0.01 scale points; this could easily be chance (p = 0.9)');
  });

  it('names exact tests and explains one answer against one', () => {
    expect(describeChange(change({ pValue: 0.4, test: 'exact-permutation', notes: ['small-sample'], baseline: { n: 8 } }))).toBe('a rise of 10 points; this could easily be chance (exact test for small samples; p = 0.4)');
    expect(describeChange(change({ difference: -200, pValue: 1, test: 'exact-permutation', notes: ['no-spread', 'single-answer', 'small-sample'], baseline: { n: 1 }, current: { n: 1 } }))).toBe(
      'a fall of 200 points, but both samples gave one answer each: no test can tell a difference from chance (exact test, as every answer in a sample was the same; p = 1)',
    );
  });
});

describe('describeSegmentPair', () => {
  it('says a gap is real after the correction, with the adjusted p', () => {
    expect(describeSegmentPair({ baseline: 'SMB', current: 'Enterprise', adjustedPValue: 0.004, significant: true, comparison: { difference: -12, confidence: 95, unit: 'points' } }, 6)).toBe(
      'Enterprise is lower than SMB by 12 points: a real gap at 95% confidence after correcting for 6 comparisons (adjusted p = 0.004)',
    );
    // 144 segments make 10,296 pairs: grouped as every other count on the page.
    expect(describeSegmentPair({ baseline: 'SMB', current: 'Enterprise', adjustedPValue: 0.004, significant: true, comparison: { difference: -12, confidence: 95, unit: 'points' } }, 10_296)).toContain(
      'after correcting for 10,296 comparisons',
    );
  });

  it('says a gap could be chance, and leaves out the correction for a single pair', () => {
    expect(describeSegmentPair({ baseline: 'North', current: 'South', adjustedPValue: 0.31, significant: false, comparison: { difference: 4.4, confidence: 99, unit: 'percentage-points' } }, 3)).toBe(
      'South is higher than North by 4 percentage points: could be chance after correcting for 3 comparisons (adjusted p = 0.31)',
    );
    expect(describeSegmentPair({ baseline: 'A', current: 'B', adjustedPValue: 0.01, significant: true, comparison: { difference: 0.25, confidence: 95, unit: 'scale-units' } }, 1)).toBe(
      'B is higher than A by 0.25 scale points: a real gap at 95% confidence (p = 0.01)',
    );
    expect(describeSegmentPair({ baseline: 'A', current: 'B', adjustedPValue: 1, significant: false, comparison: { difference: 0.2, confidence: 95, unit: 'points' } }, 1)).toBe('B and A score about the same (p = 1)');
  });
});

describe('describeIntervalTestDisagreement', () => {
  it('says to go by the exact test when a small comparison’s interval leaves out 0 but the test finds no clear change (a reported case)', () => {
    // 13 promoters, 3 passives, 4 detractors against 6, 5, 8. The reviewer's own exact enumeration gave p = 0.0686,
    // and the adjusted-Wald interval 0.2 to 96.2 leaves out 0.
    const result = compareNps({ promoters: 6, passives: 5, detractors: 8 }, { promoters: 13, passives: 3, detractors: 4 });
    if (!result.ok) throw new Error('invalid samples');
    const comparison = result.value;
    expect(comparison.test).toBe('exact-permutation');
    expect(comparison.pValue).toBeCloseTo(0.0686, 3);
    expect(comparison.interval.lower).toBeGreaterThan(0);
    expect(describeIntervalTestDisagreement(comparison)).toBe(
      'The interval leaves out 0, but with so few answers it is an approximation: go by the exact test, which finds this change not clear at 95% confidence.',
    );
  });

  it('says nothing when they agree, or when the test is the interval’s own z test', () => {
    expect(describeIntervalTestDisagreement({ test: 'exact-permutation', significant: true, confidence: 95, interval: { lower: 1, upper: 9 } })).toBeNull();
    expect(describeIntervalTestDisagreement({ test: 'exact-permutation', significant: false, confidence: 95, interval: { lower: -1, upper: 9 } })).toBeNull();
    expect(describeIntervalTestDisagreement({ test: 'adjusted-wald-z', significant: false, confidence: 95, interval: { lower: 1, upper: 9 } })).toBeNull();
    expect(describeIntervalTestDisagreement({ test: 'exact-permutation', significant: true, confidence: 99, interval: { lower: -3, upper: 9 } })).toBe(
      'The interval includes 0, but with so few answers it is an approximation: go by the exact test, which finds this change unlikely by chance alone at 99% confidence.',
    );
  });
});
