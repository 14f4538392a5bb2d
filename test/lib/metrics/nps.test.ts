import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateNps, calculateNpsFromGroups, calculateNpsFromScores } from '../../../src/lib/metrics/nps.ts';
import type { NpsResult } from '../../../src/lib/metrics/nps.ts';
import { countScores } from '../../../src/lib/metrics/count-scores.ts';
import { parseScores } from '../../../src/lib/metrics/parse-scores.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Counts 0..10 with promoters on 10, passives on 8 and detractors on 3. */
function countsFor(promoters: number, passives: number, detractors: number): number[] {
  return [0, 0, 0, detractors, 0, 0, 0, 0, passives, 0, promoters];
}

// Expected values computed independently in Python from the published formulas
// (Reichheld 2003; variance p + d − (p − d)²; adjusted-Wald per Rocks 2016 / MeasuringU).
describe('calculateNps', () => {
  it('works through 5 promoters, 3 passives and 2 detractors', () => {
    const result = unwrap(calculateNps([0, 0, 0, 0, 0, 0, 2, 0, 3, 0, 5]));
    expect(result).toMatchObject({ n: 10, promoters: 5, passives: 3, detractors: 2, nps: 30, confidence: 95 });
    expect(result.promoterShare).toBe(0.5);
    expect(result.passiveShare).toBe(0.3);
    expect(result.detractorShare).toBe(0.2);
    expect(result.variance).toBeCloseTo(0.61, 14);
    expect(result.standardError).toBeCloseTo(24.69817807045694, 11);
    expect(result.z).toBeCloseTo(1.959963984540054, 14);
    expect(result.marginOfError).toBeCloseTo(48.40753950185257, 10);
    expect(result.interval.method).toBe('adjusted-wald');
    expect(result.interval.centre).toBeCloseTo(23.076923076923077, 11);
    expect(result.interval.lower).toBeCloseTo(-19.05061537636367, 10);
    expect(result.interval.upper).toBeCloseTo(65.20446153020983, 10);
    expect(result.distribution).toEqual([0, 0, 0, 0, 0, 0, 2, 0, 3, 0, 5]);
    expect(result.warnings).toEqual(['wide-interval']);
  });

  it('classifies 0–6 as detractors, 7–8 as passives and 9–10 as promoters', () => {
    const result = unwrap(calculateNps([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(result).toMatchObject({ promoters: 2, passives: 2, detractors: 7 });
    expect(result.nps).toBeCloseTo(-45.45454545454545, 12);
  });

  it('matches a larger worked sample', () => {
    const result = unwrap(calculateNps(countsFor(120, 50, 30)));
    expect(result.nps).toBe(45);
    expect(result.standardError).toBeCloseTo(5.232112384114088, 11);
    expect(result.marginOfError).toBeCloseTo(10.254751835929609, 10);
    expect(result.interval.lower).toBeCloseTo(34.13541917902663, 10);
    expect(result.interval.upper).toBeCloseTo(54.53453155988963, 10);
    expect(result.warnings).toEqual([]);
  });

  it('follows the chosen confidence level', () => {
    const at90 = unwrap(calculateNps(countsFor(5, 3, 2), { confidence: 90 }));
    expect(at90.z).toBeCloseTo(1.6448536269514722, 14);
    expect(at90.marginOfError).toBeCloseTo(40.62488777828441, 10);
    expect(at90.interval.lower).toBeCloseTo(-12.27762168308561, 10);
    expect(at90.interval.upper).toBeCloseTo(58.43146783693176, 10);
    const at99 = unwrap(calculateNps(countsFor(5, 3, 2), { confidence: 99 }));
    expect(at99.marginOfError).toBeCloseTo(63.61829081815183, 10);
    expect(at99.interval.lower).toBeCloseTo(-32.28804734615538, 10);
    expect(at99.interval.upper).toBeCloseTo(78.44189350000154, 10);
  });

  it('flags a single answer, which still gets an honest interval', () => {
    const result = unwrap(calculateNps(countsFor(1, 0, 0)));
    expect(result.nps).toBe(100);
    expect(result.standardError).toBe(0);
    expect(result.marginOfError).toBe(0);
    expect(result.interval.lower).toBeCloseTo(-48.49864942025202, 10);
    expect(result.interval.upper).toBeCloseTo(98.49864942025202, 10);
    expect(result.warnings).toEqual(['single-response', 'no-variation', 'wide-interval']);
  });

  it('handles all promoters, all detractors and all passives', () => {
    const promoters = unwrap(calculateNps(countsFor(10, 0, 0)));
    expect(promoters.nps).toBe(100);
    expect(promoters.interval.upper).toBe(100);
    expect(promoters.interval.lower).toBeCloseTo(47.503551544790206, 10);
    expect(promoters.warnings).toEqual(['no-variation', 'wide-interval']);
    const detractors = unwrap(calculateNps(countsFor(0, 0, 10)));
    expect(detractors.nps).toBe(-100);
    expect(detractors.interval.lower).toBe(-100);
    expect(detractors.interval.upper).toBeCloseTo(-47.503551544790206, 10);
    const passives = unwrap(calculateNps(countsFor(0, 1, 0)));
    expect(passives.nps).toBe(0);
    expect(passives.interval.lower).toBeCloseTo(-60.01139595444137, 10);
    expect(passives.interval.upper).toBeCloseTo(60.01139595444137, 10);
  });

  it('stops flagging the interval once it is within ±20 points', () => {
    expect(unwrap(calculateNps(countsFor(50, 30, 20))).warnings).toEqual([]);
    expect(unwrap(calculateNps(countsFor(25, 15, 10))).warnings).toEqual(['wide-interval']);
  });

  it('rejects counts it cannot use', () => {
    expect(calculateNps(new Array<number>(11).fill(0))).toEqual({ ok: false, error: { kind: 'no-responses' } });
    expect(calculateNps([1, 2, 3])).toEqual({ ok: false, error: { kind: 'wrong-length', expected: 11, actual: 3 } });
    expect(calculateNps([0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 0])).toEqual({ ok: false, error: { kind: 'invalid-count', score: 9, value: 1.5 } });
    expect(calculateNps([-1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0])).toEqual({ ok: false, error: { kind: 'invalid-count', score: 0, value: -1 } });
    expect(calculateNps([0, 0, 0, 0, 0, 0, 0, 0, 0, Number.NaN, 0])).toMatchObject({ ok: false, error: { kind: 'invalid-count', score: 9 } });
  });

  it('works from a paste of a million answers', () => {
    const text = Array.from({ length: 1_000_000 }, (_, index) => String(index % 11)).join('\n');
    const parsed = parseScores(text, NPS_SCALE);
    if (parsed.kind !== 'parsed') throw new Error('expected parsed scores');
    const result = unwrap(calculateNps(parsed.counts));
    expect(result.n).toBe(1_000_000);
    expect(result.nps).toBeCloseTo(((2 / 11) - (7 / 11)) * 100, 3);
  });

  const scoreList = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });

  it('stays within [−100, 100] with an ordered interval inside it', () => {
    fc.assert(
      fc.property(scoreList, fc.constantFrom(90 as const, 95 as const, 99 as const), (scores, confidence) => {
        const result = unwrap(calculateNps(unwrap(countScores(scores, NPS_SCALE)), { confidence }));
        expect(result.nps).toBeGreaterThanOrEqual(-100);
        expect(result.nps).toBeLessThanOrEqual(100);
        expect(result.interval.lower).toBeGreaterThanOrEqual(-100);
        expect(result.interval.upper).toBeLessThanOrEqual(100);
        expect(result.interval.lower).toBeLessThanOrEqual(result.interval.upper);
        expect(Number.isFinite(result.standardError)).toBe(true);
        expect(Number.isFinite(result.marginOfError)).toBe(true);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('has counts and shares that add up to n and to 1', () => {
    fc.assert(
      fc.property(scoreList, (scores) => {
        const result = unwrap(calculateNps(unwrap(countScores(scores, NPS_SCALE))));
        expect(result.promoters + result.passives + result.detractors).toBe(result.n);
        expect(result.n).toBe(scores.length);
        expect((result.distribution ?? []).reduce((sum, count) => sum + count, 0)).toBe(result.n);
        expect(result.promoterShare + result.passiveShare + result.detractorShare).toBeCloseTo(1, 12);
        expect(result.nps).toBeCloseTo((result.promoterShare - result.detractorShare) * 100, 10);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(scoreList, fc.integer(), (scores, seed) => {
        const shuffled = [...scores].sort((left, right) => ((left * 7919 + seed) % 13) - ((right * 7919 + seed) % 13));
        const reversed = [...scores].reverse();
        const original = calculateNps(unwrap(countScores(scores, NPS_SCALE)));
        expect(calculateNps(unwrap(countScores(shuffled, NPS_SCALE)))).toEqual(original);
        expect(calculateNps(unwrap(countScores(reversed, NPS_SCALE)))).toEqual(original);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('gives the same statistics from the distribution and from group totals', () => {
    fc.assert(
      fc.property(scoreList, (scores) => {
        const fromScores = unwrap(calculateNps(unwrap(countScores(scores, NPS_SCALE))));
        const fromGroups = unwrap(calculateNpsFromGroups(fromScores));
        const { distribution: _scoresDistribution, ...scoreStatistics } = fromScores;
        const { distribution, ...groupStatistics } = fromGroups;
        expect(distribution).toBeNull();
        expect(groupStatistics).toEqual(scoreStatistics);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('calculateNpsFromGroups', () => {
  it('computes from totals only', () => {
    const result: NpsResult = unwrap(calculateNpsFromGroups({ promoters: 700, passives: 200, detractors: 100 }));
    expect(result.nps).toBe(60);
    expect(result.distribution).toBeNull();
    expect(result.standardError).toBeCloseTo(2.097617696340303, 11);
    expect(result.interval.lower).toBeCloseTo(55.70959528865496, 10);
    expect(result.interval.upper).toBeCloseTo(63.93148148103595, 10);
  });

  it('names a bad group total', () => {
    expect(calculateNpsFromGroups({ promoters: 5, passives: -1, detractors: 0 })).toEqual({
      ok: false,
      error: { kind: 'invalid-group-count', group: 'passives', value: -1 },
    });
    expect(calculateNpsFromGroups({ promoters: 0, passives: 0, detractors: 0 })).toEqual({ ok: false, error: { kind: 'no-responses' } });
    expect(calculateNpsFromGroups({ promoters: 2.5, passives: 0, detractors: 0 })).toMatchObject({ ok: false, error: { group: 'promoters' } });
  });
});

describe('calculateNpsFromScores', () => {
  it('counts a list of answers first', () => {
    const result = unwrap(calculateNpsFromScores([10, 9, 8, 6]));
    expect(result).toMatchObject({ n: 4, promoters: 2, passives: 1, detractors: 1, nps: 25 });
    expect(result.distribution).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1]);
  });

  it('handles a single answer and ties between groups', () => {
    expect(unwrap(calculateNpsFromScores([7])).nps).toBe(0);
    expect(unwrap(calculateNpsFromScores([9, 0, 10, 6])).nps).toBe(0);
  });

  it('names an answer off the scale, and refuses no answers', () => {
    expect(calculateNpsFromScores([9, 11])).toEqual({ ok: false, error: { kind: 'invalid-score', index: 1, value: 11 } });
    expect(calculateNpsFromScores([])).toEqual({ ok: false, error: { kind: 'no-responses' } });
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }).chain((scores) => fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length }))), ([scores, shuffled]) => {
        expect(calculateNpsFromScores(shuffled)).toEqual(calculateNpsFromScores(scores));
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
