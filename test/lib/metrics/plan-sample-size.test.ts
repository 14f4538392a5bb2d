import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExpectedAnswers, PlannedCount } from '../../../src/lib/metrics/plan-sample-size.ts';
import {
  ANSWER_LIMIT,
  describeDataPower,
  getPlanningStandardDeviation,
  planForChange,
  planForMargin,
} from '../../../src/lib/metrics/plan-sample-size.ts';

// Reference values were worked out apart from this code: by hand with z(0.975) = 1.959963984540054,
// z(0.95) = 1.6448536269514722, z(0.995) = 2.5758293035489004, z(0.8) = 0.8416212335729143,
// z(0.9) = 1.2815515655446004, and with SciPy 1.17 (scipy.stats.t / nct / norm, brentq) for the Student-t and
// power figures; R's own documented examples are quoted where they exist.

const PROPERTY_RUNS = { numRuns: 60, interruptAfterTimeLimit: 4_000 } as const;

function answersOf(planned: PlannedCount): number {
  return planned.kind === 'count' ? planned.answers : Infinity;
}

function marginAnswers(expected: ExpectedAnswers, margin: number, confidence: 90 | 95 | 99 = 95): number {
  const plan = planForMargin(expected, margin, confidence);
  if (!plan.ok) throw new Error(`no plan: ${plan.error.kind}`);
  return answersOf(plan.value.answers);
}

function perGroup(expected: ExpectedAnswers, change: number, power: 80 | 90 = 80, confidence: 90 | 95 | 99 = 95): number {
  const plan = planForChange(expected, change, confidence, power);
  if (!plan.ok) throw new Error(`no plan: ${plan.error.kind}`);
  return answersOf(plan.value.perGroup);
}

const NPS_40_20 = { metric: 'nps', promoterShare: 0.4, detractorShare: 0.2 } as const;

describe('planForMargin', () => {
  it('plans an NPS margin with the adjusted-Wald formula z²·Var/E² − 3, rounded up', () => {
    // Var = 0.4 + 0.2 − 0.2² = 0.56; E = 5 points = 0.05.
    // 95%: 1.959963984540054² × 0.56 / 0.0025 = 860.49 − 3 = 857.49 → 858.
    expect(planForMargin(NPS_40_20, 5, 95)).toEqual({ ok: true, value: { answers: { kind: 'count', answers: 858 }, z: 1.9599639845400536, method: 'adjusted-wald' } });
    // 90%: 1.6448536269514722² × 0.56 / 0.0025 − 3 = 603.04 → 604; 99%: 2.5758293035489² × 224 − 3 = 1483.22 → 1484.
    expect(marginAnswers(NPS_40_20, 5, 90)).toBe(604);
    expect(marginAnswers(NPS_40_20, 5, 99)).toBe(1484);
  });

  it('agrees with a published NPS example: a third each way needs 1,024 answers (Wald) for a 95% interval 10 points wide', () => {
    // Engelhardt (CYBAEA, 2016, "Net Promoter Score confidence intervals 2"): p = d = 1/3 gives a 95% interval
    // about 320/√n wide, so a width of 10 (±5) takes 1,024 answers. The adjusted-Wald plan adds 3 pseudo-answers:
    // 1.959963984540054² × (2/3) / 0.0025 = 1024.4 − 3 = 1021.4 → 1,022 real answers.
    expect(marginAnswers({ metric: 'nps', promoterShare: 1 / 3, detractorShare: 1 / 3 }, 5)).toBe(1022);
  });

  it('plans a share with the Wald formula z²·p(1 − p)/E²', () => {
    // The textbook 385: 1.959963984540054² × 0.25 / 0.0025 = 384.15 → 385 (Cochran 1977).
    expect(planForMargin({ metric: 'share', share: 0.5 }, 5, 95)).toEqual({ ok: true, value: { answers: { kind: 'count', answers: 385 }, z: 1.9599639845400536, method: 'wald' } });
    // 80% satisfied, ±3 points at 90%: 1.6448536269514722² × 0.16 / 0.0009 = 480.98 → 481.
    expect(marginAnswers({ metric: 'share', share: 0.8 }, 3, 90)).toBe(481);
  });

  it('plans a mean with Student’s t: the smallest n with t(0.975, n − 1)·σ/√n ≤ E', () => {
    // SciPy: smallest n with stats.t.ppf(0.975, n − 1) × σ/√n ≤ E, counting up from 2.
    // σ 1.5, E 0.2 → 219 (z alone would give 1.96² × 2.25 / 0.04 = 216.1 → 217).
    expect(planForMargin({ metric: 'mean', standardDeviation: 1.5 }, 0.2, 95)).toEqual({
      ok: true,
      value: { answers: { kind: 'count', answers: 219 }, z: 1.9599639845400536, method: 'student-t' },
    });
    // σ 1, E 1 → 7 (z gives 3.84 → 4); σ 1, E 0.5 → 18; σ 1.2, E 0.1 at 99% → 960.
    expect(marginAnswers({ metric: 'mean', standardDeviation: 1 }, 1)).toBe(7);
    expect(marginAnswers({ metric: 'mean', standardDeviation: 1 }, 0.5)).toBe(18);
    expect(marginAnswers({ metric: 'mean', standardDeviation: 1.2 }, 0.1, 99)).toBe(960);
  });

  it('asks for at least 2 answers, and says "more than 1,000,000" instead of a number nobody can collect', () => {
    // ±50 points on a 50% share: 3.84 → 4; ±100 NPS points: 1.96² × 0.56 / 1 − 3 < 0 → 2.
    expect(marginAnswers({ metric: 'share', share: 0.5 }, 50)).toBe(4);
    expect(marginAnswers(NPS_40_20, 100)).toBe(2);
    expect(planForMargin(NPS_40_20, 0.001, 95)).toMatchObject({ ok: true, value: { answers: { kind: 'more-than', limit: ANSWER_LIMIT } } });
    expect(planForMargin({ metric: 'mean', standardDeviation: 1 }, 1e-150, 95)).toMatchObject({ ok: true, value: { answers: { kind: 'more-than' } } });
  });

  it('names what is wrong with the input', () => {
    expect(planForMargin(NPS_40_20, 0, 95)).toEqual({ ok: false, error: { kind: 'margin-not-positive', value: 0 } });
    expect(planForMargin(NPS_40_20, Number.NaN, 95)).toMatchObject({ ok: false, error: { kind: 'margin-not-positive' } });
    expect(planForMargin(NPS_40_20, -2, 95)).toMatchObject({ ok: false, error: { kind: 'margin-not-positive', value: -2 } });
    expect(planForMargin(NPS_40_20, 101, 95)).toEqual({ ok: false, error: { kind: 'margin-too-large', value: 101, largest: 100 } });
    expect(planForMargin({ metric: 'share', share: 0.5 }, 60, 95)).toEqual({ ok: false, error: { kind: 'margin-too-large', value: 60, largest: 50 } });
    expect(planForMargin({ metric: 'nps', promoterShare: 0.7, detractorShare: 0.4 }, 5, 95)).toMatchObject({ ok: false, error: { kind: 'shares-over-total' } });
    expect(planForMargin({ metric: 'nps', promoterShare: -0.1, detractorShare: 0.4 }, 5, 95)).toEqual({
      ok: false,
      error: { kind: 'share-out-of-range', field: 'promoterShare', value: -0.1 },
    });
    expect(planForMargin({ metric: 'share', share: 1.2 }, 5, 95)).toMatchObject({ ok: false, error: { kind: 'share-out-of-range', field: 'share' } });
    expect(planForMargin({ metric: 'mean', standardDeviation: 0 }, 0.2, 95)).toMatchObject({ ok: false, error: { kind: 'standard-deviation-not-positive' } });
    expect(planForMargin({ metric: 'mean', standardDeviation: Number.POSITIVE_INFINITY }, 0.2, 95)).toMatchObject({ ok: false });
    // Everyone a promoter, or everyone satisfied: no spread for the formula to work with.
    expect(planForMargin({ metric: 'nps', promoterShare: 1, detractorShare: 0 }, 5, 95)).toEqual({ ok: false, error: { kind: 'no-variation' } });
    expect(planForMargin({ metric: 'share', share: 0 }, 5, 95)).toEqual({ ok: false, error: { kind: 'no-variation' } });
  });

  it('needs fewer answers for a wider margin, never NaN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (first, second, marginA, marginB) => {
          const expected: ExpectedAnswers = { metric: 'nps', promoterShare: first * (1 - second), detractorShare: second * (1 - first) };
          const [narrow, wide] = marginA < marginB ? [marginA, marginB] : [marginB, marginA];
          const narrowPlan = planForMargin(expected, narrow, 95);
          const widePlan = planForMargin(expected, wide, 95);
          if (!narrowPlan.ok || !widePlan.ok) {
            expect(narrowPlan.ok ? widePlan : narrowPlan).toMatchObject({ ok: false, error: { kind: 'no-variation' } });
            return;
          }
          expect(answersOf(widePlan.value.answers)).toBeLessThanOrEqual(answersOf(narrowPlan.value.answers));
          expect(JSON.stringify([narrowPlan, widePlan])).not.toMatch(/NaN|null/);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('needs fewer answers for a wider margin on a mean, and more for higher confidence', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (standardDeviation, margin, widening) => {
          const expected = { metric: 'mean', standardDeviation } as const;
          const narrow = marginAnswers(expected, margin);
          expect(marginAnswers(expected, margin * widening)).toBeLessThanOrEqual(narrow);
          expect(marginAnswers(expected, margin, 99)).toBeGreaterThanOrEqual(narrow);
          expect(marginAnswers(expected, margin, 90)).toBeLessThanOrEqual(narrow);
        },
      ),
      { numRuns: 25, interruptAfterTimeLimit: 6_000 },
    );
  });
});

describe('planForChange', () => {
  it('plans two NPS groups with half the change on each side: (z₁₋α/₂ + z₁₋β)²·(Var₁ + Var₂)/Δ²', () => {
    // +10 from 40% / 20%: promoters 45%, detractors 15%. Var₁ = 0.56, Var₂ = 0.6 − 0.3² = 0.51.
    // 80%: (1.959963984540054 + 0.8416212335729143)² × 1.07 / 0.01 = 839.83 → 840.
    const plan = planForChange(NPS_40_20, 10, 95, 80);
    expect(plan).toMatchObject({ ok: true, value: { perGroup: { kind: 'count', answers: 840 }, method: 'normal' } });
    if (!plan.ok || plan.value.shifted.metric !== 'nps') throw new Error('expected an NPS plan');
    expect(plan.value.shifted.promoterShare).toBeCloseTo(0.45, 12);
    expect(plan.value.shifted.detractorShare).toBeCloseTo(0.15, 12);
    // 90%: (1.959963984540054 + 1.2815515655446004)² × 107 = 1124.29 → 1,125.
    expect(perGroup(NPS_40_20, 10, 90)).toBe(1125);
  });

  it('moves the rest of an NPS change to the other side when one side runs out', () => {
    // +10 from 60% / 2%: detractors can only fall 2 points, so promoters rise 8 → 68% / 0%.
    // Var₁ = 0.62 − 0.58² = 0.2836, Var₂ = 0.68 − 0.68² = 0.2176; 7.848879 × 0.5012 / 0.01 = 393.39 → 394.
    const plan = planForChange({ metric: 'nps', promoterShare: 0.6, detractorShare: 0.02 }, 10, 95, 80);
    expect(plan).toMatchObject({ ok: true, value: { perGroup: { kind: 'count', answers: 394 } } });
    if (!plan.ok || plan.value.shifted.metric !== 'nps') throw new Error('expected an NPS plan');
    expect(plan.value.shifted.promoterShare).toBeCloseTo(0.68, 12);
    expect(plan.value.shifted.detractorShare).toBe(0);
    // A fall of 10 from 40% / 20%: promoters 35%, detractors 25%: Var₂ = 0.6 − 0.01 = 0.59;
    // 7.848879 × 1.15 / 0.01 = 902.62 → 903.
    expect(perGroup(NPS_40_20, -10)).toBe(903);
  });

  it('plans two shares with the unpooled formula, a little under R’s pooled power.prop.test', () => {
    // Chow, Shao & Wang (2008) §4.2: (1.959963984540054 + 1.2815515655446004)² × (0.25 + 0.1875) / 0.25² = 73.55 → 74.
    // R's documented power.prop.test(p1 = .50, p2 = .75, power = .90) gives n = 76.7 with Fleiss's pooled
    // variance under the null; at 74 per group its power formula gives 0.889 (SciPy), so the two agree within a point.
    expect(perGroup({ metric: 'share', share: 0.5 }, 25, 90)).toBe(74);
    // 80% → 85% at 80% power: 7.848879 × (0.16 + 0.1275) / 0.0025 = 902.62 → 903.
    expect(perGroup({ metric: 'share', share: 0.8 }, 5)).toBe(903);
  });

  it('plans two means with Student’s t on 2n − 2 degrees of freedom, as R’s power.t.test', () => {
    // R's documented power.t.test(power = .90, delta = 1) gives n = 22.02 → 23 per group.
    expect(perGroup({ metric: 'mean', standardDeviation: 1 }, 1, 90)).toBe(23);
    // power.t.test(delta = 0.5, sd = 1, power = 0.8) = 63.77 → 64 (SciPy, noncentral t); z alone gives 62.79 → 63.
    expect(planForChange({ metric: 'mean', standardDeviation: 1 }, 0.5, 95, 80)).toMatchObject({
      ok: true,
      value: { perGroup: { kind: 'count', answers: 64 }, method: 'student-t', shifted: { metric: 'mean', standardDeviation: 1 } },
    });
    // CES: 0.3 on a 1–7 scale with σ 1.5: power.t.test gives 393.41 → 394 (80%) and 526.33 → 527 (90%). A fall plans the same.
    expect(perGroup({ metric: 'mean', standardDeviation: 1.5 }, 0.3)).toBe(394);
    expect(perGroup({ metric: 'mean', standardDeviation: 1.5 }, 0.3, 90)).toBe(527);
    expect(perGroup({ metric: 'mean', standardDeviation: 1.5 }, -0.3)).toBe(394);
  });

  it('names what is wrong with the input', () => {
    expect(planForChange(NPS_40_20, 0, 95, 80)).toEqual({ ok: false, error: { kind: 'change-not-positive', value: 0 } });
    expect(planForChange(NPS_40_20, Number.NaN, 95, 80)).toMatchObject({ ok: false, error: { kind: 'change-not-positive' } });
    // NPS 20 can rise 80 points at most and fall 120.
    expect(planForChange(NPS_40_20, 81, 95, 80)).toEqual({ ok: false, error: { kind: 'change-out-of-range', value: 81, largest: 80 } });
    expect(planForChange(NPS_40_20, -121, 95, 80)).toMatchObject({ ok: false, error: { kind: 'change-out-of-range', largest: 120 } });
    expect(planForChange({ metric: 'share', share: 0.97 }, 5, 95, 80)).toMatchObject({ ok: false, error: { kind: 'change-out-of-range' } });
    expect(planForChange({ metric: 'share', share: Number.NaN }, 5, 95, 80)).toMatchObject({ ok: false, error: { kind: 'share-out-of-range' } });
    expect(planForChange({ metric: 'mean', standardDeviation: -1 }, 0.3, 95, 80)).toMatchObject({ ok: false, error: { kind: 'standard-deviation-not-positive' } });
  });

  it('needs more answers for more power or a smaller change, never NaN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        fc.boolean(),
        (first, second, size, rise) => {
          const expected: ExpectedAnswers = { metric: 'nps', promoterShare: first * (1 - second), detractorShare: second * (1 - first) };
          const change = rise ? size : -size;
          const at80 = planForChange(expected, change, 95, 80);
          const at90 = planForChange(expected, change, 95, 90);
          const smaller = planForChange(expected, change / 2, 95, 80);
          if (!at80.ok) {
            expect(at80.error.kind).toBe('change-out-of-range');
            return;
          }
          if (!at90.ok || !smaller.ok) throw new Error('a change that fits at 80% fits at 90%, and half of it fits too');
          expect(answersOf(at90.value.perGroup)).toBeGreaterThanOrEqual(answersOf(at80.value.perGroup));
          expect(answersOf(smaller.value.perGroup)).toBeGreaterThanOrEqual(answersOf(at80.value.perGroup));
          expect(JSON.stringify([at80, at90, smaller])).not.toMatch(/NaN|null/);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe('describeDataPower', () => {
  it('gives a share’s Wilson margin and the change two groups of its size detect at 80% power', () => {
    // Wilson, 50 of 100 at 95%: (z / (1 + z²/100)) × √(0.0025 + z²/40000) = 0.096168 → ±9.62 points.
    // Detectable: Δ with 7.848879 × (0.25 + (0.5 + Δ)(0.5 − Δ)) / Δ² = 100 → 19.0757 (SciPy brentq), the same both ways at 50%.
    const power = describeDataPower({ metric: 'share', share: 0.5, n: 100 }, 95);
    if (!power.ok) throw new Error('expected a result');
    expect(power.value.margin).toBeCloseTo(9.616846963400437, 9);
    expect(power.value.detectableRise).toBeCloseTo(19.0757235681599, 7);
    expect(power.value.detectableFall).toBeCloseTo(19.0757235681599, 7);
    expect(power.value.detectableChange).toBeCloseTo(19.0757235681599, 7);
  });

  it('gives an NPS margin equal to half the adjusted-Wald interval, and the larger of the detectable rise and fall', () => {
    // 80 promoters, 40 detractors of 200 → adjusted 80.75 and 40.75 of 203: z·√(Var'/203) × 100 = 10.2914.
    // Rise: 7.848879 × (0.56 + 0.6 − (0.2 + x)²) / x² = 200 → 19.8241; fall with (0.2 − x)² → 21.3346 (SciPy brentq).
    const power = describeDataPower({ metric: 'nps', promoterShare: 0.4, detractorShare: 0.2, n: 200 }, 95);
    if (!power.ok) throw new Error('expected a result');
    expect(power.value.margin).toBeCloseTo(10.2914378641495, 9);
    expect(power.value.detectableRise).toBeCloseTo(19.824101842992867, 6);
    expect(power.value.detectableFall).toBeCloseTo(21.334599228281952, 6);
    expect(power.value.detectableChange).toBe(power.value.detectableFall);
  });

  it('gives a mean’s t margin and (t₁₋α/₂ + t₁₋β)·s·√(2/n)', () => {
    // n 64, s 1: t(0.975, 63) / 8 = 0.249793; (t(0.975, 126) + t(0.8, 126)) × √(2/64) = 0.499121 (SciPy).
    const power = describeDataPower({ metric: 'mean', standardDeviation: 1, n: 64 }, 95);
    if (!power.ok) throw new Error('expected a result');
    expect(power.value.margin).toBeCloseTo(0.24979256781509263, 9);
    expect(power.value.detectableChange).toBeCloseTo(0.4991208409012616, 9);
  });

  it('has no rise to detect when everyone is already a promoter, but a fall', () => {
    const power = describeDataPower({ metric: 'nps', promoterShare: 1, detractorShare: 0, n: 10 }, 95);
    expect(power).toMatchObject({ ok: true, value: { detectableRise: null } });
    if (!power.ok) throw new Error('expected a result');
    // The adjusted-Wald interval of 10 promoters: half-width 29.42 (see adjusted-wald-nps-interval's example).
    expect(power.value.margin).toBeCloseTo(29.4195, 3);
    expect(power.value.detectableFall).toBe(power.value.detectableChange);
    expect(power.value.detectableFall).toBeGreaterThan(0);
  });

  it('refuses fewer than two answers or a fractional count', () => {
    expect(describeDataPower({ metric: 'share', share: 1, n: 1 }, 95)).toEqual({ ok: false, error: { kind: 'too-few-answers', n: 1 } });
    expect(describeDataPower({ metric: 'mean', standardDeviation: 1, n: 2.5 }, 95)).toMatchObject({ ok: false, error: { kind: 'too-few-answers' } });
    expect(describeDataPower({ metric: 'mean', standardDeviation: 0, n: 20 }, 95)).toMatchObject({ ok: false, error: { kind: 'standard-deviation-not-positive' } });
  });

  it('is the inverse of planForChange: groups of n detect the change it reports, and not much less', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.02, max: 0.98, noNaN: true }),
        fc.integer({ min: 10, max: 50_000 }),
        (share, n) => {
          const power = describeDataPower({ metric: 'share', share, n }, 95);
          if (!power.ok) throw new Error(power.error.kind);
          const { detectableRise, margin } = power.value;
          expect(Number.isFinite(margin) && margin > 0).toBe(true);
          if (detectableRise === null) return;
          // The plan for the detectable rise asks for n (rounded up, maybe one more from the bisection's last digit).
          const planned = perGroup({ metric: 'share', share }, detectableRise);
          expect(planned).toBeGreaterThanOrEqual(Math.max(2, n - 1));
          expect(planned).toBeLessThanOrEqual(n + 1);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe('getPlanningStandardDeviation', () => {
  it('is a quarter of the range', () => {
    expect(getPlanningStandardDeviation({ min: 1, max: 7 })).toBe(1.5);
    expect(getPlanningStandardDeviation({ min: 1, max: 5 })).toBe(1);
  });
});
