import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getWeightedLogOdds } from '../../../src/lib/comments/weighted-log-odds.ts';

// Expected values from Python, straight from Monroe et al. (2008) eq. 16 and 22:
//   def s(yi, yj, ni, nj, a0):
//     aw = a0 * (yi + yj) / (ni + nj)
//     d = math.log((yi + aw) / (ni + a0 - yi - aw)) - math.log((yj + aw) / (nj + a0 - yj - aw))
//     return d, d / math.sqrt(1 / (yi + aw) + 1 / (yj + aw))
describe('getWeightedLogOdds', () => {
  it.each([
    [{ inGroup: 6, inOthers: 2, groupTotal: 20, othersTotal: 40 }, 60, 0.6466271649250526, 1.561752976874885],
    [{ inGroup: 10, inOthers: 20, groupTotal: 1200, othersTotal: 38800 }, 4000, 1.5393002211312155, 4.436164841584602],
    [{ inGroup: 0, inOthers: 5, groupTotal: 30, othersTotal: 70 }, 10, -1.763396819319933, -1.1938252902306696],
    [{ inGroup: 3, inOthers: 0, groupTotal: 1200, othersTotal: 38800 }, 4000, 4.506402557266574, 2.3631774377388903],
  ])('matches the reference for %o with α0 = %d', (counts, priorTotal, delta, z) => {
    const result = getWeightedLogOdds(counts, priorTotal);
    expect(result?.delta).toBeCloseTo(delta, 12);
    expect(result?.z).toBeCloseTo(z, 12);
  });

  it('is zero when the group uses the term at the same rate as the rest', () => {
    const result = getWeightedLogOdds({ inGroup: 5, inOthers: 10, groupTotal: 50, othersTotal: 100 }, 15);
    expect(result?.delta).toBeCloseTo(0, 14);
    expect(result?.z).toBeCloseTo(0, 14);
  });

  it('has no answer without counts, with a bad prior, or for a term that is the whole corpus', () => {
    expect(getWeightedLogOdds({ inGroup: 0, inOthers: 0, groupTotal: 0, othersTotal: 0 }, 10)).toBeNull();
    expect(getWeightedLogOdds({ inGroup: 1, inOthers: 1, groupTotal: 5, othersTotal: 5 }, 0)).toBeNull();
    expect(getWeightedLogOdds({ inGroup: 1, inOthers: 1, groupTotal: 5, othersTotal: 5 }, Number.NaN)).toBeNull();
    expect(getWeightedLogOdds({ inGroup: 1, inOthers: 1, groupTotal: 5, othersTotal: 5 }, Number.POSITIVE_INFINITY)).toBeNull();
    // One term, nothing else: its "not this term" odds have nothing in them.
    expect(getWeightedLogOdds({ inGroup: 3, inOthers: 2, groupTotal: 3, othersTotal: 2 }, 5)).toBeNull();
  });

  it('is finite or null for any counts, and rises when a use moves from the others into the group', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(200), fc.nat(200), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (inGroup, inOthers, extraGroup, extraOthers, prior) => {
        const counts = { inGroup, inOthers, groupTotal: inGroup + extraGroup + 1, othersTotal: inOthers + extraOthers + 1 };
        const result = getWeightedLogOdds(counts, prior);
        if (result === null) return;
        expect(Number.isFinite(result.delta) && Number.isFinite(result.z)).toBe(true);
        if (inOthers === 0) return;
        // Same term total, same group totals, so the same α_w: the group's odds go up and the others' go down.
        const moved = getWeightedLogOdds({ ...counts, inGroup: inGroup + 1, inOthers: inOthers - 1 }, prior);
        expect(moved?.delta ?? Number.NaN).toBeGreaterThan(result.delta);
      }),
      { numRuns: 100 },
    );
  });
});
