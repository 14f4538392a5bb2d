/**
 * How far lexicon sentiment agrees with the score customers gave, measured on the survey's own comments, so the
 * view can say how much to trust sentiment as a hint: a rank correlation over every scored comment, and the share
 * of comments whose sentiment label agrees with the score's side where both lean one way.
 */
import { normalQuantile } from '../metrics/statistics/normal-quantile.ts';
import { getWilsonInterval, type ProportionInterval } from '../metrics/statistics/wilson-interval.ts';
import { formatNumber, formatPercent, type LocaleOption } from '../text/format.ts';
import { getSentimentLabel } from './comment-sentiment.ts';

/** Which way a score leans on its scale: positive (e.g. NPS promoter), negative (detractor) or neither (null). */
export type ScoreSide = 'positive' | 'negative' | null;

/** One comment's score on the survey's scale (null when blank) and its sentiment per word. */
export type ScoredSentiment = { readonly score: number | null; readonly comparative: number };

/** Spearman's ρ with its 95% interval. */
export type RankCorrelation = {
  /** ρ in [−1, 1], or null with fewer than 3 pairs or when either side has a single value. */
  readonly rho: number | null;
  /** Pairs it was computed from. */
  readonly n: number;
  /** 95% interval, or null when ρ is null, n < 10, or |ρ| = 1. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  readonly method: 'fisher-z-bonett-wright';
};

/** Sentiment against score on one export's comments. */
export type SentimentAgreement = {
  readonly correlation: RankCorrelation;
  /** Comments where both lean one way and the sentiment label matches the score's side. */
  readonly agree: number;
  readonly disagree: number;
  /** Scored comments left out of the share: neutral sentiment or a score on neither side. */
  readonly excluded: number;
  /** agree ÷ (agree + disagree), or null when no comment leans one way on both. */
  readonly agreementShare: number | null;
  /** Wilson 95% interval for the share, or null with it. */
  readonly agreementInterval: ProportionInterval | null;
  /** One sentence for the view, e.g. "Sentiment and score agree on 71% of the 812 comments…". */
  readonly description: string;
};

/** Comments with fewer pairs than this get ρ without an interval: Fisher's z is a large-sample approximation. */
export const MIN_PAIRS_FOR_INTERVAL = 10;
const Z_95 = normalQuantile(0.975);

/** Ranks 1…n in the values' order, tied values sharing the average of their ranks ("fractional ranking"). */
export function getAverageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) ranks[order[position]?.index ?? 0] = averageRank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation ρ (Pearson's r of the average ranks, so ties are handled) with a 95% interval by
 * Fisher's z using Bonett and Wright's standard error for Spearman, √((1 + ρ²/2) / (n − 3)). O(n log n).
 *
 * @param first, second paired values of equal length (pairs with a non-finite value should be dropped before)
 * @returns ρ, n and the interval (see `RankCorrelation` for when they are null)
 * @example getSpearmanCorrelation([1, 2, 3, 4], [10, 30, 20, 40]).rho // 0.8
 * @see https://doi.org/10.1007/BF02294183 (Bonett & Wright 2000, Psychometrika 65(1), 23–28)
 */
export function getSpearmanCorrelation(first: readonly number[], second: readonly number[]): RankCorrelation {
  const n = Math.min(first.length, second.length);
  const none: RankCorrelation = { rho: null, n, interval: null, method: 'fisher-z-bonett-wright' };
  if (n < 3) return none;
  const firstRanks = getAverageRanks(first.slice(0, n));
  const secondRanks = getAverageRanks(second.slice(0, n));
  const meanRank = (n + 1) / 2;
  let products = 0;
  let firstSquares = 0;
  let secondSquares = 0;
  for (let index = 0; index < n; index += 1) {
    const firstDeviation = (firstRanks[index] ?? meanRank) - meanRank;
    const secondDeviation = (secondRanks[index] ?? meanRank) - meanRank;
    products += firstDeviation * secondDeviation;
    firstSquares += firstDeviation * firstDeviation;
    secondSquares += secondDeviation * secondDeviation;
  }
  if (firstSquares === 0 || secondSquares === 0) return none;
  // Rounding can carry |ρ| a hair past 1 when the ranks agree exactly.
  const rho = Math.max(-1, Math.min(1, products / Math.sqrt(firstSquares * secondSquares)));
  if (n < MIN_PAIRS_FOR_INTERVAL || Math.abs(rho) === 1) return { ...none, rho };
  const z = Math.atanh(rho);
  const standardError = Math.sqrt((1 + (rho * rho) / 2) / (n - 3));
  return {
    rho,
    n,
    interval: { lower: Math.tanh(z - Z_95 * standardError), upper: Math.tanh(z + Z_95 * standardError) },
    method: 'fisher-z-bonett-wright',
  };
}

/**
 * Measure how far comment sentiment agrees with the score given in the same row.
 *
 * @param comments score and sentiment per comment; comments without a finite score or comparative are skipped
 * @param getSide the score's side on the survey's scale (`getScoreSide(metric)` from group-comments.ts)
 * @param options `locale` for the description's numbers (the reader's by default)
 * @returns ρ over every scored comment, the agreement counts and share, and one sentence. O(n log n).
 * @example measureSentimentAgreement(rows, getNpsSide).description
 * // 'Sentiment and score agree on 71% of the 812 comments where both lean one way (Spearman ρ = 0.42 over 1,204
 * //  comments, 95% CI 0.36 to 0.47): read sentiment as a hint.'
 */
export function measureSentimentAgreement(
  comments: readonly ScoredSentiment[],
  getSide: (score: number) => ScoreSide,
  options: LocaleOption = {},
): SentimentAgreement {
  const scores: number[] = [];
  const comparatives: number[] = [];
  let agree = 0;
  let disagree = 0;
  for (const { score, comparative } of comments) {
    if (score === null || !Number.isFinite(score) || !Number.isFinite(comparative)) continue;
    scores.push(score);
    comparatives.push(comparative);
    const side = getSide(score);
    const label = getSentimentLabel(comparative);
    if (side === null || label === 'neutral') continue;
    if (side === label) agree += 1;
    else disagree += 1;
  }
  const correlation = getSpearmanCorrelation(scores, comparatives);
  const counted = agree + disagree;
  const agreementShare = counted === 0 ? null : agree / counted;
  const agreementInterval = counted === 0 ? null : getWilsonInterval(agree, counted, Z_95);
  const description = describeAgreement(correlation, agree, counted, options);
  return { correlation, agree, disagree, excluded: scores.length - counted, agreementShare, agreementInterval, description };
}

function describeAgreement(correlation: RankCorrelation, agree: number, counted: number, options: LocaleOption): string {
  const { locale } = options;
  const count = (value: number, noun: string): string => `${formatNumber(value, { locale })} ${noun}${value === 1 ? '' : 's'}`;
  const share =
    counted === 0
      ? 'No comment has both a sentiment and a score that lean one way'
      : `Sentiment and score agree on ${formatPercent(agree / counted, { locale })} of the ${count(counted, 'comment')} where both lean one way`;
  const { rho, n, interval } = correlation;
  let rank: string;
  if (rho === null) rank = 'too few varied scores for a rank correlation';
  else {
    const rhoText = `Spearman ρ = ${formatNumber(rho, { decimals: 2, locale })} over ${count(n, 'comment')}`;
    rank =
      interval === null
        ? `${rhoText}, ${n < MIN_PAIRS_FOR_INTERVAL ? 'too few for an interval' : 'no interval'}`
        : `${rhoText}, 95% CI ${formatNumber(interval.lower, { decimals: 2, locale })} to ${formatNumber(interval.upper, { decimals: 2, locale })}`;
  }
  return `${share} (${rank}): read sentiment as a hint.`;
}
