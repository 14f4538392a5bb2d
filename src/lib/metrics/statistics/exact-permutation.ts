/**
 * The most work (cell updates of the dynamic programme) an exact permutation test may do before callers fall back
 * to their large-sample test: about 10 ms on a slow laptop core.
 */
export const MAX_EXACT_PERMUTATION_WORK = 2_000_000;

/** An exact two-sided permutation p-value, or word that computing it would take too long. */
export type ExactPermutationResult =
  | { readonly kind: 'exact'; readonly pValue: number }
  | { readonly kind: 'too-large'; readonly work: number };

/** Above this a running product of ratios is redone in log space, far from overflow. */
const LINEAR_LIMIT = 1e250;

/**
 * P(K = k) for k = kMin..kMax of the hypergeometric distribution: k of `count` items drawn when `toPick` are
 * picked from a pool of `pool`. Built by the ratio P(k+1)/P(k) = (count−k)(toPick−k) / ((k+1)(pool−count−toPick+k+1))
 * and normalised afterwards, so huge pools lose no precision to logGamma; in plain products while they stay far
 * from overflow (the common case, no log or exp per term), else in log space.
 */
function getHypergeometricProbabilities(count: number, toPick: number, pool: number): { readonly kMin: number; readonly probabilities: Float64Array } {
  const kMin = Math.max(0, toPick - (pool - count));
  const kMax = Math.min(count, toPick);
  // A state that cannot be completed (more still to pick than answers left) is never reached; give it nothing.
  if (kMax < kMin) return { kMin, probabilities: new Float64Array(0) };
  const probabilities = new Float64Array(kMax - kMin + 1);
  const ratio = (k: number) => ((count - k) * (toPick - k)) / ((k + 1) * (pool - count - toPick + k + 1));
  probabilities[0] = 1;
  let total = 1;
  let linear = true;
  for (let k = kMin; k < kMax; k += 1) {
    const next = (probabilities[k - kMin] ?? 0) * ratio(k);
    if (!(next < LINEAR_LIMIT)) {
      linear = false;
      break;
    }
    probabilities[k - kMin + 1] = next;
    total += next;
  }
  if (!linear) {
    const logs = new Float64Array(probabilities.length);
    let largest = 0;
    for (let k = kMin; k < kMax; k += 1) {
      logs[k - kMin + 1] = (logs[k - kMin] ?? 0) + Math.log(ratio(k));
      largest = Math.max(largest, logs[k - kMin + 1] ?? 0);
    }
    total = 0;
    for (let index = 0; index < logs.length; index += 1) {
      const weight = Math.exp((logs[index] ?? 0) - largest);
      probabilities[index] = weight;
      total += weight;
    }
  }
  for (let index = 0; index < probabilities.length; index += 1) probabilities[index] = (probabilities[index] ?? 0) / total;
  return { kMin, probabilities };
}

/** Estimated cell updates of the programme (see below), without running it. */
function estimateWork(pooled: readonly number[], chosenSize: number): number {
  const present = pooled.flatMap((count, value) => (count > 0 ? [{ count, value }] : []));
  // One or two values: a single hypergeometric distribution, O(n₁).
  if (present.length <= 2) return chosenSize + 1;
  const maxValue = present[present.length - 1]?.value ?? 0;
  // The table of (picked, sum) cells is allocated whole: count it as work too.
  let work = 2 * (chosenSize + 1) * (chosenSize * maxValue + 1);
  let previousValue = 0;
  for (let index = 0; index < present.length - 1; index += 1) {
    const { count, value } = present[index] ?? { count: 0, value: 0 };
    const reachableCells = index === 0 ? 1 : (chosenSize + 1) * (chosenSize * previousValue + 1);
    work += reachableCells * (Math.min(count, chosenSize) + 1);
    previousValue = value;
  }
  return work + (chosenSize + 1) * (chosenSize * previousValue + 1);
}

/**
 * Distributions already computed, keyed by the pooled counts and the size picked: the distribution of S does not
 * depend on how the answers were split, so every split of the same pooled answers (segments, measurements) reuses
 * it. Bounded: cleared when it holds more than MEMO_MAX_DOUBLES numbers (8 MB).
 */
const memo = new Map<string, Float64Array>();
const MEMO_MAX_DOUBLES = 1_000_000;
let memoDoubles = 0;

/** P(S = s) for the sum S of `chosenSize` answers drawn without replacement from the pooled answers. */
function getSumDistribution(pooled: readonly number[], chosenSize: number, total: number): Float64Array {
  const key = `${String(chosenSize)}|${pooled.join(',')}`;
  const known = memo.get(key);
  if (known) return known;
  const present = pooled.flatMap((count, value) => (count > 0 ? [{ count, value }] : []));
  const maxValue = present[present.length - 1]?.value ?? 0;
  const width = chosenSize * maxValue + 1;
  if (present.length <= 2) {
    // S = (answers of the higher value picked) × its value: hypergeometric, no table needed.
    const higher = present[present.length - 1] ?? { count: 0, value: 0 };
    const distribution = new Float64Array(width);
    if (present.length === 1) distribution[chosenSize * higher.value] = 1;
    else {
      const { kMin, probabilities } = getHypergeometricProbabilities(higher.count, chosenSize, total);
      probabilities.forEach((probability, offset) => {
        distribution[(kMin + offset) * higher.value] = probability;
      });
    }
    return remember(key, distribution);
  }
  // Two buffers, swapped after each value, so a call allocates little (the tests run it hundreds of thousands of times).
  let cells = new Float64Array((chosenSize + 1) * width);
  let next = new Float64Array(cells.length);
  cells[0] = 1;
  let pool = total;
  let previousValue = 0;
  for (let index = 0; index < present.length - 1; index += 1) {
    const { count, value } = present[index] ?? { count: 0, value: 0 };
    next.fill(0);
    for (let picked = 0; picked <= chosenSize; picked += 1) {
      const highestSum = picked * previousValue;
      const rowStart = picked * width;
      let rowHasWeight = false;
      for (let sum = 0; sum <= highestSum && !rowHasWeight; sum += 1) rowHasWeight = (cells[rowStart + sum] ?? 0) > 0;
      // Most rows are empty early on (only nothing picked before the first value); skip their probabilities.
      if (!rowHasWeight) continue;
      const { kMin, probabilities } = getHypergeometricProbabilities(count, chosenSize - picked, pool);
      for (let sum = 0; sum <= highestSum; sum += 1) {
        const weight = cells[rowStart + sum] ?? 0;
        if (weight === 0) continue;
        for (let offset = 0; offset < probabilities.length; offset += 1) {
          const k = kMin + offset;
          const target = (picked + k) * width + sum + k * value;
          next[target] = (next[target] ?? 0) + weight * (probabilities[offset] ?? 0);
        }
      }
    }
    [cells, next] = [next, cells];
    pool -= count;
    previousValue = value;
  }
  // The last value present takes whatever is still to pick (the hypergeometric bounds made sure it can).
  const lastValue = maxValue;
  const sumDistribution = new Float64Array(width);
  for (let picked = 0; picked <= chosenSize; picked += 1) {
    for (let sum = 0; sum <= picked * previousValue; sum += 1) {
      const weight = cells[picked * width + sum] ?? 0;
      if (weight === 0) continue;
      const finalSum = sum + (chosenSize - picked) * lastValue;
      sumDistribution[finalSum] = (sumDistribution[finalSum] ?? 0) + weight;
    }
  }
  return remember(key, sumDistribution);
}

/** Keep a distribution in the memo, emptying it first when it would pass its bound. */
function remember(key: string, distribution: Float64Array): Float64Array {
  if (memoDoubles + distribution.length > MEMO_MAX_DOUBLES) {
    memo.clear();
    memoDoubles = 0;
  }
  memo.set(key, distribution);
  memoDoubles += distribution.length;
  return distribution;
}

/**
 * Exact two-sided permutation p-value for a difference of two means of scored answers given as counts per value.
 *
 * Under the null hypothesis every way of splitting the pooled answers into groups of n₁ and n₂ is equally likely
 * (Fisher 1935; Pitman 1937). For fixed n₁, n₂ and pooled total T, the difference of means
 * D = S/n₁ − (T − S)/n₂ is increasing in S, the sum of sample 1, so p = P(|S − T·n₁/N| ≥ |S_obs − T·n₁/N|).
 * The distribution of S is found by dynamic programming over the answer values: taking k of the c_j answers of
 * value j has hypergeometric probability C(c_j, k)·C(R − c_j, r − k)/C(R, r) given r still to pick from the R
 * answers of value j and above; the state is (answers picked, their sum). No random sampling. With two values this
 * is Fisher's exact test ordered by the difference of proportions. Work O(Σ_j n₁·(n₁·j)·min(c_j, n₁)) for the
 * smaller sample n₁; above `maxWork` it returns `too-large` without computing.
 *
 * @param first counts per value of sample 1, index = value (0, 1, 2, … equally spaced scores: NPS −1/0/+1 as 0/1/2)
 * @param second counts per value of sample 2, same length
 * @param maxWork the most cell updates allowed (default MAX_EXACT_PERMUTATION_WORK; Infinity to force)
 * @returns the exact p-value in (0, 1], or `too-large` with the work it would take
 * @example getExactPermutationPValue([0, 0, 1], [1, 0, 0]) // { kind: 'exact', pValue: 1 } (1 promoter vs 1 detractor)
 * @see https://doi.org/10.2307/2984124 (Pitman 1937, significance tests which may be applied to samples from any population)
 */
export function getExactPermutationPValue(
  first: readonly number[],
  second: readonly number[],
  maxWork: number = MAX_EXACT_PERMUTATION_WORK,
): ExactPermutationResult {
  if (first.length !== second.length || first.length === 0) {
    throw new Error(`getExactPermutationPValue requires two count arrays of the same non-zero length, got ${String(first.length)} and ${String(second.length)}`);
  }
  const firstSize = first.reduce((sum, count) => sum + count, 0);
  const secondSize = second.reduce((sum, count) => sum + count, 0);
  const isCount = (count: number) => Number.isSafeInteger(count) && count >= 0;
  if (!(firstSize > 0 && secondSize > 0) || !first.every(isCount) || !second.every(isCount)) {
    throw new Error('getExactPermutationPValue requires whole non-negative counts and at least one answer in each sample');
  }
  // Shift the values present to start at 0 and divide by the gcd of their gaps: an affine change of scores leaves
  // the order of |D| as it is, and keeps the table small (two values far apart become 0 and 1).
  const [reducedFirst, reducedSecond] = reduceValues(first, second);
  return getReducedPValue(reducedFirst, reducedSecond, firstSize, secondSize, maxWork);
}

/** Greatest common divisor of two whole numbers. */
function getGcd(a: number, b: number): number {
  return b === 0 ? a : getGcd(b, a % b);
}

/** Both samples' counts on values renumbered 0, 1, 2, … by (value − lowest present) / gcd of the gaps. */
function reduceValues(first: readonly number[], second: readonly number[]): [number[], number[]] {
  const present = first.flatMap((count, value) => (count + (second[value] ?? 0) > 0 ? [value] : []));
  const lowest = present[0] ?? 0;
  const step = present.reduce((gcd, value) => getGcd(value - lowest, gcd), 0) || 1;
  const length = ((present[present.length - 1] ?? 0) - lowest) / step + 1;
  const reducedFirst = Array<number>(length).fill(0);
  const reducedSecond = Array<number>(length).fill(0);
  for (const value of present) {
    const index = (value - lowest) / step;
    reducedFirst[index] = first[value] ?? 0;
    reducedSecond[index] = second[value] ?? 0;
  }
  return [reducedFirst, reducedSecond];
}

/** The p-value once values are renumbered. */
function getReducedPValue(first: readonly number[], second: readonly number[], firstSize: number, secondSize: number, maxWork: number): ExactPermutationResult {
  // Pick the smaller sample: |D| is the same whichever sample is called the first.
  const chosen = firstSize <= secondSize ? first : second;
  const chosenSize = Math.min(firstSize, secondSize);
  const pooled = first.map((count, value) => count + (second[value] ?? 0));
  const total = firstSize + secondSize;
  const work = estimateWork(pooled, chosenSize);
  if (work > maxWork) return { kind: 'too-large', work };

  const sumDistribution = getSumDistribution(pooled, chosenSize, total);
  const width = sumDistribution.length;
  // Compare |S·N − T·n₁| in whole numbers (BigInt when they could pass 2^53), so ties are exact.
  const observedSum = chosen.reduce((sum, count, value) => sum + count * value, 0);
  const pooledSum = pooled.reduce((sum, count, value) => sum + count * value, 0);
  const safe = pooledSum * chosenSize <= Number.MAX_SAFE_INTEGER && width * total <= Number.MAX_SAFE_INTEGER;
  const distance = safe
    ? (sum: number) => Math.abs(sum * total - pooledSum * chosenSize)
    : (sum: number) => {
        const difference = BigInt(sum) * BigInt(total) - BigInt(pooledSum) * BigInt(chosenSize);
        return difference < 0n ? -difference : difference;
      };
  const observedDistance = distance(observedSum);
  let pValue = 0;
  sumDistribution.forEach((probability, sum) => {
    if (probability > 0 && distance(sum) >= observedDistance) pValue += probability;
  });
  return { kind: 'exact', pValue: Math.min(1, Math.max(0, pValue)) };
}
