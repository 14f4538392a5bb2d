import { describe, expect, it } from 'vitest';
import {
  MEAN_POPULATIONS,
  NPS_POPULATIONS,
  SHARE_POPULATIONS,
  engineNpsPValue,
  engineSharePValue,
  getEngineMeanPValue,
  getExactFalseAlarmRates,
  getMultinomialOutcomes,
  plainWaldNpsPValue,
  simulateFalseAlarmRates,
} from '../../../scripts/false-alarm-rate.ts';

// The engine's real false-alarm rate (size) at nominal 5 % and 1 %: how often it calls two samples from the SAME
// population different. Exact enumeration weights every pair of multinomial outcomes by its probability (log space);
// where that is too much work for a unit test, a seeded simulation with a stated number of draws. The band: at most
// 1.6 × nominal (plus 3 Monte Carlo standard errors when simulated). Below 30 answers the exact permutation test
// keeps the rate under nominal by construction (conditionally on the pooled answers it never exceeds α), so those
// cells sit well below nominal: a loss of power, not of validity. Full table: npm run measure:false-alarms.
const ALPHAS = [0.05, 0.01] as const;
const BAND = 1.6;

function expectWithinBand(rates: readonly (readonly number[])[], slack = 0): void {
  for (const perAlpha of rates) {
    ALPHAS.forEach((alpha, index) => {
      expect(perAlpha[index]).toBeLessThanOrEqual(BAND * alpha + slack);
    });
  }
}

describe('getMultinomialOutcomes', () => {
  it('gives multinomial probabilities that add up to 1', () => {
    // By hand: two answers, shares 0.5/0.5 → 0.25, 0.5, 0.25.
    const outcomes = getMultinomialOutcomes(2, [0.5, 0.5]);
    expect(outcomes.map((outcome) => outcome.counts)).toEqual([[2, 0], [1, 1], [0, 2]]);
    [0.25, 0.5, 0.25].forEach((probability, index) => expect(outcomes[index]?.probability).toBeCloseTo(probability, 14));
    const total = getMultinomialOutcomes(30, [0.2, 0.3, 0.5]).reduce((sum, outcome) => sum + outcome.probability, 0);
    expect(total).toBeCloseTo(1, 12);
  });
});

describe('false alarms of the NPS comparison', () => {
  it('the old plain Wald test went far past nominal at small samples (exact, 5 vs 5)', () => {
    const small = getExactFalseAlarmRates(5, 5, NPS_POPULATIONS, ALPHAS, plainWaldNpsPValue).rates;
    // P 0.3, D 0.3 at 5 vs 5: 12.5 % at a nominal 5 %.
    expect(small[1]?.[0]).toBeGreaterThan(0.12);
    expect(small[1]?.[0]).toBeLessThan(0.13);
  }, 10_000);

  it.each([
    [5, 5],
    [10, 10],
    [30, 30],
  ])('stays within 1.6 × nominal at %i vs %i (exact enumeration)', (first, second) => {
    const { rates, missedProbability } = getExactFalseAlarmRates(first, second, NPS_POPULATIONS, ALPHAS, engineNpsPValue);
    expect(missedProbability).toBeLessThan(1e-8);
    expectWithinBand(rates);
    // 30 vs 30 uses the adjusted-Wald z test: near nominal (4.7 % for P 0.5, D 0.2).
    if (first === 30) expect(rates[0]?.[0]).toBeGreaterThan(0.04);
  }, 20_000);

  it('stays within 1.6 × nominal at 10 vs 100 (exact enumeration of 234,300 likely pairs)', () => {
    const { rates, missedProbability } = getExactFalseAlarmRates(10, 100, NPS_POPULATIONS, ALPHAS, engineNpsPValue);
    expect(missedProbability).toBeLessThan(1e-8);
    expectWithinBand(rates);
  }, 30_000);

  it('stays within 1.6 × nominal at 50 vs 200 (simulated, 8,000 draws per population, seed 7)', () => {
    for (const population of NPS_POPULATIONS) {
      const cells = simulateFalseAlarmRates(50, 200, population.shares, ALPHAS, engineNpsPValue, 8_000, 7);
      cells.forEach((cell, index) => expect(cell.rate).toBeLessThanOrEqual(BAND * (ALPHAS[index] ?? 0) + 3 * cell.standardError));
    }
  }, 20_000);
});

describe('false alarms of the share comparison', () => {
  it.each([
    [5, 5],
    [10, 10],
    [10, 100],
    [30, 30],
    [50, 200],
  ])('stays within 1.6 × nominal at %i vs %i (exact enumeration)', (first, second) => {
    const { rates, missedProbability } = getExactFalseAlarmRates(first, second, SHARE_POPULATIONS, ALPHAS, engineSharePValue);
    expect(missedProbability).toBeLessThan(1e-8);
    expectWithinBand(rates);
  }, 10_000);
});

describe('false alarms of the mean comparison', () => {
  const fivePoint = MEAN_POPULATIONS.filter((population) => population.shares.length === 5);
  const sevenPoint = MEAN_POPULATIONS.filter((population) => population.shares.length === 7);

  it('stays within 1.6 × nominal at 5 vs 5 on a 5-point scale (exact enumeration)', () => {
    expectWithinBand(getExactFalseAlarmRates(5, 5, fivePoint, ALPHAS, getEngineMeanPValue(5)).rates);
  }, 20_000);

  it.each([
    [10, 10],
    [10, 100],
    [30, 30],
    [50, 200],
  ])('stays within 1.6 × nominal at %i vs %i on 5- and 7-point scales (simulated, 4,000 draws per population, seed 11)', (first, second) => {
    for (const [populations, points] of [[fivePoint, 5], [sevenPoint, 7]] as const) {
      for (const population of populations) {
        const cells = simulateFalseAlarmRates(first, second, population.shares, ALPHAS, getEngineMeanPValue(points), 4_000, 11);
        cells.forEach((cell, index) => expect(cell.rate).toBeLessThanOrEqual(BAND * (ALPHAS[index] ?? 0) + 3 * cell.standardError));
      }
    }
  }, 20_000);
});
