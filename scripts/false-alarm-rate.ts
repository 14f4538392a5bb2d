/**
 * Measure a two-sample test's real false-alarm rate (its size): how often it calls a difference significant when
 * both samples come from the same population. Exact enumeration over every pair of multinomial outcomes where
 * that is small enough, seeded simulation otherwise. Used by `measure-false-alarms.ts` and the unit tests in
 * test/lib/metrics/false-alarm-rate.test.ts.
 */
import { compareMeans } from '../src/lib/metrics/compare-means.ts';
import { compareNps } from '../src/lib/metrics/compare-nps.ts';
import { compareShares } from '../src/lib/metrics/compare-shares.ts';
import { getNpsVariance } from '../src/lib/metrics/nps-variance.ts';
import { logGamma } from '../src/lib/metrics/statistics/log-gamma.ts';
import { studentTCdf } from '../src/lib/metrics/statistics/student-t-cdf.ts';
import { getTwoSidedPValue } from '../src/lib/metrics/statistics/two-sided-p-value.ts';
import { createRandom } from './seeded-random.ts';

/** A p-value for two samples given as counts per category. */
export type PValueOfSamples = (first: readonly number[], second: readonly number[]) => number;

/** One outcome of n draws: counts per category and its probability. */
export type Outcome = { readonly counts: readonly number[]; readonly probability: number };

/** Every way to put n answers in `categories` categories (compositions), in a fixed order. */
function listCompositions(n: number, categories: number): number[][] {
  if (categories === 1) return [[n]];
  const all: number[][] = [];
  for (let first = n; first >= 0; first -= 1) {
    for (const rest of listCompositions(n - first, categories - 1)) all.push([first, ...rest]);
  }
  return all;
}

/**
 * Every multinomial outcome of n answers with these category shares, with its probability
 * n!/∏kᵢ! · ∏pᵢ^kᵢ computed in log space (ln Γ), so large n neither overflows nor underflows early.
 *
 * @param n answers per sample
 * @param shares category probabilities, summing to 1
 * @returns the outcomes whose probability is above 0
 * @example getMultinomialOutcomes(2, [0.5, 0.5]) // [{ counts: [2, 0], probability: 0.25 }, { counts: [1, 1], probability: 0.5 }, { counts: [0, 2], probability: 0.25 }]
 */
export function getMultinomialOutcomes(n: number, shares: readonly number[]): Outcome[] {
  const logFactorial = (k: number) => logGamma(k + 1);
  return listCompositions(n, shares.length).flatMap((counts) => {
    let logProbability = logFactorial(n);
    for (let index = 0; index < counts.length; index += 1) {
      const count = counts[index] ?? 0;
      const share = shares[index] ?? 0;
      if (count === 0) continue;
      if (share === 0) return [];
      logProbability += count * Math.log(share) - logFactorial(count);
    }
    return [{ counts, probability: Math.exp(logProbability) }];
  });
}

/** A true population and a label for the table. */
export type Population = { readonly label: string; readonly shares: readonly number[] };

/** Sample outcomes less likely than this under every population are skipped; the rates say how much that can miss. */
export const NEGLIGIBLE_OUTCOME = 1e-10;

/**
 * Exact false-alarm rates for several populations and significance levels at once: each pair of outcomes
 * (first sample of n₁, second of n₂) is tested once, then weighted by its probability under each population.
 * Outcomes below `negligible` (default NEGLIGIBLE_OUTCOME) under every population are skipped; `missedProbability` bounds what that can
 * change in any rate. Work: (kept outcomes of n₁) × (kept outcomes of n₂) p-values.
 *
 * @returns rates[population][alpha] and the bound on skipped probability
 */
export function getExactFalseAlarmRates(
  firstSize: number,
  secondSize: number,
  populations: readonly Population[],
  alphas: readonly number[],
  pValueOf: PValueOfSamples,
  negligible: number = NEGLIGIBLE_OUTCOME,
): { readonly rates: number[][]; readonly missedProbability: number; readonly pairs: number } {
  const categories = populations[0]?.shares.length ?? 0;
  const table = (size: number) => {
    const compositions = listCompositions(size, categories);
    const byPopulation = populations.map((population) => new Map(getMultinomialOutcomes(size, population.shares).map((outcome) => [outcome.counts.join(','), outcome.probability])));
    const rows = compositions.map((counts) => ({ counts, weights: byPopulation.map((map) => map.get(counts.join(',')) ?? 0) }));
    const isKept = (row: (typeof rows)[number]) => row.weights.some((weight) => weight >= negligible);
    const kept = rows.filter(isKept);
    const missed = Math.max(0, ...populations.map((_, index) => rows.reduce((sum, row) => sum + (isKept(row) ? 0 : (row.weights[index] ?? 0)), 0)));
    return { kept, missed };
  };
  const first = table(firstSize);
  const second = table(secondSize);
  const rates = populations.map(() => alphas.map(() => 0));
  for (const firstRow of first.kept) {
    for (const secondRow of second.kept) {
      const pValue = pValueOf(firstRow.counts, secondRow.counts);
      alphas.forEach((alpha, alphaIndex) => {
        if (!(pValue < alpha)) return;
        const row = rates.map((perAlpha) => perAlpha);
        row.forEach((perAlpha, population) => {
          perAlpha[alphaIndex] = (perAlpha[alphaIndex] ?? 0) + (firstRow.weights[population] ?? 0) * (secondRow.weights[population] ?? 0);
        });
      });
    }
  }
  // A pair is missed when either outcome was skipped: at most the sum of both samples' skipped mass.
  return { rates, missedProbability: first.missed + second.missed, pairs: first.kept.length * second.kept.length };
}

/** Draw counts per category of n answers (inverse CDF per answer). */
function drawCounts(n: number, cumulative: readonly number[], random: () => number): number[] {
  const counts = Array<number>(cumulative.length).fill(0);
  for (let draw = 0; draw < n; draw += 1) {
    const u = random();
    let category = 0;
    while (category < cumulative.length - 1 && u >= (cumulative[category] ?? 1)) category += 1;
    counts[category] = (counts[category] ?? 0) + 1;
  }
  return counts;
}

/**
 * Simulated false-alarm rates (seeded, so every run gives the same figures), with the Monte Carlo standard error
 * √(r(1 − r)/draws) of each.
 *
 * @returns per alpha: { rate, standardError }
 */
export function simulateFalseAlarmRates(
  firstSize: number,
  secondSize: number,
  shares: readonly number[],
  alphas: readonly number[],
  pValueOf: PValueOfSamples,
  draws: number,
  seed: number,
): { readonly rate: number; readonly standardError: number }[] {
  const random = createRandom(seed);
  const cumulative: number[] = [];
  shares.reduce((sum, share) => {
    cumulative.push(sum + share);
    return sum + share;
  }, 0);
  const hits = alphas.map(() => 0);
  for (let draw = 0; draw < draws; draw += 1) {
    const pValue = pValueOf(drawCounts(firstSize, cumulative, random), drawCounts(secondSize, cumulative, random));
    alphas.forEach((alpha, index) => {
      if (pValue < alpha) hits[index] = (hits[index] ?? 0) + 1;
    });
  }
  return hits.map((count) => {
    const rate = count / draws;
    return { rate, standardError: Math.sqrt((rate * (1 - rate)) / draws) };
  });
}

/** NPS samples as counts [detractors, passives, promoters]. */
function toGroups(counts: readonly number[]) {
  return { detractors: counts[0] ?? 0, passives: counts[1] ?? 0, promoters: counts[2] ?? 0 };
}

/** The engine's NPS p-value (compareNps). */
export const engineNpsPValue: PValueOfSamples = (first, second) => {
  const compared = compareNps(toGroups(first), toGroups(second));
  if (!compared.ok) throw new Error('compareNps refused a valid sample');
  return compared.value.pValue;
};

/** The plain Wald test compareNps used before: SE √(var₁/n₁ + var₂/n₂) unadjusted; with SE 0, p 1 or 0. */
export const plainWaldNpsPValue: PValueOfSamples = (first, second) => {
  const [a, b] = [toGroups(first), toGroups(second)];
  const n1 = a.detractors + a.passives + a.promoters;
  const n2 = b.detractors + b.passives + b.promoters;
  const difference = (b.promoters - b.detractors) / n2 - (a.promoters - a.detractors) / n1;
  const standardError = Math.sqrt(getNpsVariance(a.promoters / n1, a.detractors / n1) / n1 + getNpsVariance(b.promoters / n2, b.detractors / n2) / n2);
  if (standardError > 0) return getTwoSidedPValue(difference / standardError);
  return Math.abs(difference) < 1e-12 ? 1 : 0;
};

/** Shares as counts [failures, successes]. */
export const engineSharePValue: PValueOfSamples = (first, second) => {
  const compared = compareShares({ successes: first[1] ?? 0, trials: (first[0] ?? 0) + (first[1] ?? 0) }, { successes: second[1] ?? 0, trials: (second[0] ?? 0) + (second[1] ?? 0) });
  if (!compared.ok) throw new Error('compareShares refused a valid sample');
  return compared.value.pValue;
};

/** The pooled z test alone, no exact fallback (p = 1 when every answer pooled is alike). */
export const pooledZSharePValue: PValueOfSamples = (first, second) => {
  const n1 = (first[0] ?? 0) + (first[1] ?? 0);
  const n2 = (second[0] ?? 0) + (second[1] ?? 0);
  const pooled = ((first[1] ?? 0) + (second[1] ?? 0)) / (n1 + n2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return standardError > 0 ? getTwoSidedPValue(((second[1] ?? 0) / n2 - (first[1] ?? 0) / n1) / standardError) : 1;
};

/** The engine's p-value for mean ratings on a scale from 1 (compareMeans). */
export function getEngineMeanPValue(points: number): PValueOfSamples {
  const scale = { min: 1, max: points };
  return (first, second) => {
    const compared = compareMeans(first, second, scale);
    if (!compared.ok) throw new Error('compareMeans refused a valid sample');
    return compared.value.pValue;
  };
}

/** Welch's t test alone, no exact fallback (p = 1 when it cannot be computed: a sample of one, or no spread at all). */
export const welchOnlyMeanPValue: PValueOfSamples = (first, second) => {
  const moments = (counts: readonly number[]) => {
    const n = counts.reduce((sum, count) => sum + count, 0);
    const mean = counts.reduce((sum, count, index) => sum + count * index, 0) / n;
    const variance = n > 1 ? counts.reduce((sum, count, index) => sum + count * (index - mean) ** 2, 0) / (n - 1) : Number.NaN;
    return { n, mean, variance };
  };
  const [a, b] = [moments(first), moments(second)];
  const [va, vb] = [a.variance / a.n, b.variance / b.n];
  const standardError = Math.sqrt(va + vb);
  if (!(standardError > 0)) return 1;
  const degrees = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return Math.min(1, 2 * studentTCdf(-Math.abs((b.mean - a.mean) / standardError), degrees));
};

/** The grid the README table and the tests use. */
export const NPS_POPULATIONS: readonly Population[] = [
  { label: 'P 0.5, D 0.2', shares: [0.2, 0.3, 0.5] },
  { label: 'P 0.3, D 0.3', shares: [0.3, 0.4, 0.3] },
  { label: 'P 0.7, D 0.1', shares: [0.1, 0.2, 0.7] },
  { label: 'P 0.1, D 0.1', shares: [0.1, 0.8, 0.1] },
];
export const SHARE_POPULATIONS: readonly Population[] = [
  { label: 'share 0.5', shares: [0.5, 0.5] },
  { label: 'share 0.8', shares: [0.2, 0.8] },
  { label: 'share 0.95', shares: [0.05, 0.95] },
];
export const MEAN_POPULATIONS: readonly Population[] = [
  { label: '1–5 mostly 4–5', shares: [0.05, 0.05, 0.15, 0.4, 0.35] },
  { label: '1–5 uniform', shares: [0.2, 0.2, 0.2, 0.2, 0.2] },
  { label: '1–5 polarised', shares: [0.35, 0.05, 0.05, 0.1, 0.45] },
  { label: '1–7 CES', shares: [0.02, 0.03, 0.05, 0.15, 0.25, 0.3, 0.2] },
];
export const SIZES: readonly (readonly [number, number])[] = [
  [5, 5],
  [10, 10],
  [10, 100],
  [30, 30],
  [50, 200],
];
