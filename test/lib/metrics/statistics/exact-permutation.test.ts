import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getExactPermutationPValue } from '../../../../src/lib/metrics/statistics/exact-permutation.ts';

/**
 * Independent check: list every answer, try every subset of n₁ answers as sample 1 (bit masks), and count the
 * splits whose |mean₁ − mean₂| reaches the observed one. Exponential, so only for up to ~16 answers.
 */
function bruteForcePValue(first: readonly number[], second: readonly number[]): number {
  const answers = [...first.flatMap((count, value) => Array<number>(count).fill(value)), ...second.flatMap((count, value) => Array<number>(count).fill(value))];
  const size = first.reduce((sum, count) => sum + count, 0);
  const total = answers.length;
  const grand = answers.reduce((sum, value) => sum + value, 0);
  const gap = (sum: number) => Math.abs(sum / size - (grand - sum) / (total - size));
  const observed = gap(first.reduce((sum, count, value) => sum + count * value, 0));
  let hits = 0;
  let splits = 0;
  for (let mask = 0; mask < 2 ** total; mask += 1) {
    let members = 0;
    let sum = 0;
    for (let bit = 0; bit < total; bit += 1) {
      if (mask & (1 << bit)) {
        members += 1;
        sum += answers[bit] ?? 0;
      }
    }
    if (members !== size) continue;
    splits += 1;
    if (gap(sum) >= observed - 1e-12) hits += 1;
  }
  return hits / splits;
}

describe('getExactPermutationPValue', () => {
  it('gives p = 1 for one promoter against one detractor', () => {
    expect(getExactPermutationPValue([0, 0, 1], [1, 0, 0])).toEqual({ kind: 'exact', pValue: 1 });
  });

  it('reproduces Fisher’s tea-tasting test (R: fisher.test(matrix(c(3, 1, 1, 3), 2)) gives p = 0.4857)', () => {
    // By hand: splits of 4 cups from 8 with 3 or more (or 1 or fewer) right: (1 + 16 + 16 + 1) / 70 = 34/70.
    const result = getExactPermutationPValue([1, 3], [3, 1]);
    expect(result.kind).toBe('exact');
    if (result.kind === 'exact') expect(result.pValue).toBeCloseTo(34 / 70, 14);
  });

  it('matches scipy.stats.fisher_exact([[2, 5], [8, 1]]) = 0.034965 for a 2×2 table', () => {
    const result = getExactPermutationPValue([5, 2], [1, 8]);
    if (result.kind !== 'exact') throw new Error('expected exact');
    expect(result.pValue).toBeCloseTo(0.03496503496503497, 14);
  });

  it('orders by the difference of means, not by probability: 3 detractors vs 5 promoters is 1/56', () => {
    // All 3 detractors in sample 1 is the only split as extreme (|D| = 2); all 3 promoters gives |D| = 1.2 only.
    const result = getExactPermutationPValue([3, 0, 0], [0, 0, 5]);
    if (result.kind !== 'exact') throw new Error('expected exact');
    expect(result.pValue).toBeCloseTo(1 / 56, 15);
  });

  it('agrees with brute-force enumeration of every split', () => {
    const counts = fc.array(fc.nat(3), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(counts, counts, (rawFirst, rawSecond) => {
        const length = Math.min(rawFirst.length, rawSecond.length);
        const first = rawFirst.slice(0, length);
        const second = rawSecond.slice(0, length);
        const firstSize = first.reduce((a, b) => a + b, 0);
        const secondSize = second.reduce((a, b) => a + b, 0);
        fc.pre(firstSize > 0 && secondSize > 0 && firstSize + secondSize <= 14);
        const result = getExactPermutationPValue(first, second);
        if (result.kind !== 'exact') throw new Error('expected exact');
        expect(result.pValue).toBeCloseTo(bruteForcePValue(first, second), 12);
        // Swapping the samples keeps p.
        const swapped = getExactPermutationPValue(second, first);
        expect(swapped.kind === 'exact' ? swapped.pValue : Number.NaN).toBeCloseTo(result.pValue, 12);
      }),
      { numRuns: 120, interruptAfterTimeLimit: 8_000 },
    );
  }, 15_000);

  it('keeps precision with huge pools and refuses work past the limit', () => {
    // 2 answers against a billion: sample 1 holds both 1s among 10⁹ + 2 answers, so p = P(both 1s) only.
    const result = getExactPermutationPValue([0, 2], [1_000_000_000, 0]);
    if (result.kind !== 'exact') throw new Error('expected exact');
    expect(result.pValue / (2 / ((1_000_000_002 * 1_000_000_001) / 1))).toBeCloseTo(1, 6);
    expect(getExactPermutationPValue([10, 10, 10, 10, 10, 10, 10], [50, 50, 50, 50, 50, 50, 50])).toMatchObject({ kind: 'too-large' });
    expect(getExactPermutationPValue([10, 10, 10, 10, 10, 10, 10], [50, 50, 50, 50, 50, 50, 50], Infinity)).toMatchObject({ kind: 'exact' });
  });

  it('renumbers values by offset and common step, so two far-apart values cost no more than 0 and 1', () => {
    // Scores 0 and 1000 on a 1001-point scale behave as 0/1: the tea-tasting table again, 34/70.
    const first = Array<number>(1001).fill(0);
    const second = Array<number>(1001).fill(0);
    [first[0], first[1000], second[0], second[1000]] = [1, 3, 3, 1];
    const result = getExactPermutationPValue(first, second, 10);
    expect(result.kind).toBe('exact');
    if (result.kind === 'exact') expect(result.pValue).toBeCloseTo(34 / 70, 14);
    // Values 2, 4, 6 are 0, 1, 2 in steps of 2: same p as on 0, 1, 2.
    const spaced = getExactPermutationPValue([0, 0, 2, 0, 1, 0, 0], [0, 0, 0, 0, 1, 0, 3]);
    const packed = getExactPermutationPValue([2, 1, 0], [0, 1, 3]);
    expect(spaced).toEqual(packed);
  });

  it('rejects counts a caller should have validated', () => {
    expect(() => getExactPermutationPValue([1, 2], [1])).toThrow();
    expect(() => getExactPermutationPValue([0, 0], [1, 1])).toThrowErrorMatchingInlineSnapshot(`[Error: getExactPermutationPValue requires whole non-negative counts and at least one answer in each sample]`);
    expect(() => getExactPermutationPValue([1, -1, 2], [1, 1, 1])).toThrow();
  });
});
