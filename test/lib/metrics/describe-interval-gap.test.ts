import { describe, expect, it } from 'vitest';
import { describeIntervalGap } from '../../../src/lib/metrics/describe-interval-gap.ts';
import { calculateNpsFromGroups } from '../../../src/lib/metrics/nps.ts';

describe('describeIntervalGap', () => {
  it('explains why one promoter’s interval (−48.5 to 98.5) leaves out NPS 100', () => {
    // By hand: n′ = 4, p′ = 0.4375, d′ = 0.1875, centre 25, SE √(0.5625/4) = 0.375, 25 ± 1.96 × 37.5.
    const result = calculateNpsFromGroups({ promoters: 1, passives: 0, detractors: 0 });
    if (!result.ok) throw new Error('expected a result');
    expect(result.value.interval.lower).toBeCloseTo(25 - 1.959963984540054 * 37.5, 10);
    expect(result.value.interval.upper).toBeCloseTo(25 + 1.959963984540054 * 37.5, 10);
    expect(describeIntervalGap({ estimate: result.value.nps, lower: result.value.interval.lower, upper: result.value.interval.upper, n: 1, kind: 'score' })).toMatchInlineSnapshot(
      `"With only 1 answer the interval leaves out the score itself: the adjustment that keeps small samples honest pulls them toward the middle, and so few answers cannot rule out much."`,
    );
  });

  it('words a change between two samples', () => {
    expect(describeIntervalGap({ estimate: -200, lower: -153.9, upper: 53.9, n: 1, kind: 'difference' })).toMatchInlineSnapshot(
      `"With only 1 answer in the smaller sample the interval leaves out the observed change itself: the adjustment that keeps small samples honest pulls them toward the middle, and so few answers cannot rule out much."`,
    );
    expect(describeIntervalGap({ estimate: 100, lower: 40, upper: 99, n: 3, kind: 'score' })).toContain('With only 3 answers');
  });

  it('says nothing when the interval holds the estimate, ends included', () => {
    expect(describeIntervalGap({ estimate: 30, lower: 10, upper: 50, n: 100, kind: 'score' })).toBeNull();
    expect(describeIntervalGap({ estimate: 7, lower: 5.2, upper: 7, n: 12, kind: 'score' })).toBeNull();
  });
});
