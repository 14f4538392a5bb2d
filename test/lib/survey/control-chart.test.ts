import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getNpsAnswerSpread, getShareAnswerSpread } from '../../../src/lib/survey/answer-spread.ts';
import { buildControlChart } from '../../../src/lib/survey/control-chart.ts';
import type { ControlPoint } from '../../../src/lib/survey/control-chart.ts';

const NPS_RANGE = { min: -100, max: 100 };

describe('answer spreads', () => {
  it('gives the NPS spread in points from the +100/0/−100 scores', () => {
    // 50 promoters, 30 passives, 20 detractors: mean 30, E[x²] = 0.7 × 100², σ = √(7000 − 900) = √6100.
    expect(getNpsAnswerSpread(0.5, 0.2)).toBeCloseTo(Math.sqrt(6100), 12);
    expect(getNpsAnswerSpread(1, 0)).toBe(0);
  });

  it('gives a share spread √(p(1 − p))', () => {
    expect(getShareAnswerSpread(0.8)).toBeCloseTo(0.4, 15);
    expect(getShareAnswerSpread(0)).toBe(0);
  });
});

describe('buildControlChart', () => {
  it('puts limits at centre ± 3σ/√n per period and judges each period', () => {
    // σ = 80, n = 100: 3 × 80 / 10 = 24 → 6 to 54; n = 400: 3 × 80 / 20 = 12 → 18 to 42.
    const chart = buildControlChart({
      periods: [
        { n: 100, value: 60 },
        { n: 400, value: 15 },
        { n: 400, value: 40 },
      ],
      centre: 30,
      spread: 80,
      range: NPS_RANGE,
    });
    expect(chart.centre).toBe(30);
    expect(chart.points).toEqual([
      { kind: 'judged', n: 100, value: 60, lower: 6, upper: 54, status: 'above', run: null },
      { kind: 'judged', n: 400, value: 15, lower: 18, upper: 42, status: 'below', run: null },
      { kind: 'judged', n: 400, value: 40, lower: 18, upper: 42, status: 'within', run: null },
    ]);
  });

  it('clamps limits to the range, and a value on a clamped limit is within', () => {
    // σ = 40, n = 36: 3 × 40 / 6 = 20 → 70 to 110, clamped to 100.
    const chart = buildControlChart({ periods: [{ n: 36, value: 100 }], centre: 90, spread: 40, range: NPS_RANGE });
    expect(chart.points[0]).toEqual({ kind: 'judged', n: 36, value: 100, lower: 70, upper: 100, status: 'within', run: null });
  });

  it('gives no limits to an empty period and does not judge a small one', () => {
    const chart = buildControlChart({
      periods: [
        { n: 0, value: null },
        { n: 9, value: 100 },
      ],
      centre: 30,
      spread: 80,
      range: NPS_RANGE,
      minimumAnswers: 10,
    });
    // n = 9: 3 × 80 / 3 = 80 → −50 to 110, clamped to 100.
    expect(chart.points).toEqual([{ kind: 'no-answers' }, { kind: 'too-few', n: 9, value: 100, lower: -50, upper: 100 }]);
  });

  it('marks a run of 8 judged periods on one side of the centre, and not 7', () => {
    const periods = (values: readonly number[]) => values.map((value) => ({ n: 100, value }));
    const runs = (points: readonly ControlPoint[]) => points.map((point) => (point.kind === 'judged' ? point.run : 'x'));
    const eight = buildControlChart({ periods: periods([31, 32, 33, 31, 32, 33, 31, 32, 29]), centre: 30, spread: 80, range: NPS_RANGE });
    expect(runs(eight.points)).toEqual(['above', 'above', 'above', 'above', 'above', 'above', 'above', 'above', null]);
    const seven = buildControlChart({ periods: periods([29, 31, 32, 33, 31, 32, 33, 31, 30]), centre: 30, spread: 80, range: NPS_RANGE });
    expect(runs(seven.points)).toEqual([null, null, null, null, null, null, null, null, null]);
    const below = buildControlChart({ periods: periods([20, 20, 20, 20]), centre: 30, spread: 80, range: NPS_RANGE, runLength: 4 });
    expect(runs(below.points)).toEqual(['below', 'below', 'below', 'below']);
  });

  it('ends a run at a period too small to judge, and can leave the run rule off', () => {
    const values = [31, 31, 31, 31, 31, 31, 31, 31];
    const withGap = [...values.slice(0, 4).map((value) => ({ n: 100, value })), { n: 5, value: 31 }, ...values.slice(4).map((value) => ({ n: 100, value }))];
    const chart = buildControlChart({ periods: withGap, centre: 30, spread: 80, range: NPS_RANGE });
    expect(chart.points.every((point) => point.kind !== 'judged' || point.run === null)).toBe(true);
    const off = buildControlChart({ periods: values.map((value) => ({ n: 100, value })), centre: 30, spread: 80, range: NPS_RANGE, runLength: null });
    expect(off.points.every((point) => point.kind === 'judged' && point.run === null)).toBe(true);
  });

  it('never gives NaN or Infinity, and keeps limits inside the range around the centre', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.nat(2000), value: fc.option(fc.double({ min: -100, max: 100, noNaN: true })) }), { maxLength: 30 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (periods, centre, spread) => {
          const chart = buildControlChart({ periods: periods.map((period) => ({ n: period.n, value: period.n === 0 ? null : (period.value ?? 0) })), centre, spread, range: NPS_RANGE });
          expect(chart.points).toHaveLength(periods.length);
          chart.points.forEach((point, index) => {
            if ((periods[index]?.n ?? 0) === 0) expect(point.kind).toBe('no-answers');
            if (point.kind === 'no-answers') return;
            for (const figure of [point.lower, point.upper, point.value]) expect(Number.isFinite(figure)).toBe(true);
            expect(point.lower).toBeGreaterThanOrEqual(-100);
            expect(point.upper).toBeLessThanOrEqual(100);
            expect(point.lower).toBeLessThanOrEqual(centre);
            expect(point.upper).toBeGreaterThanOrEqual(centre);
            if (point.kind === 'judged') expect(point.status === 'within').toBe(point.value >= point.lower && point.value <= point.upper);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
