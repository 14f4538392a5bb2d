/**
 * The survey's metric (NPS, CSAT or CES) of the people whose comment mentions a theme against the people whose
 * comment does not, through the workbench's own estimate and comparison engine, so the comments view and the
 * survey workbench never disagree on a score or a p-value.
 */
import type { ConfidenceLevel } from '../metrics/confidence-level.ts';
import { describeSegmentPair } from '../metrics/describe-change.ts';
import { adjustHolm } from '../metrics/statistics/holm.ts';
import { getSignificanceLevel } from '../metrics/two-sample-test.ts';
import type { MetricComparison, MetricEstimate } from '../survey/metric-estimate.ts';
import { compareMetric, estimateMetric } from '../survey/metric-estimate.ts';
import type { PointCounts } from '../survey/read-breakdown.ts';
import { sum } from '../survey/read-breakdown.ts';
import type { SurveyMetric } from '../survey/survey-summary.ts';
import { capitalise } from '../text/format.ts';

/** The metric on both sides of a theme, and whether they were compared. */
export type MentionComparison = {
  /** The metric of the scored comments that mention the theme, or null when none do. */
  readonly mentioning: MetricEstimate | null;
  /** The metric of the other scored comments, or null when there are none. */
  readonly notMentioning: MetricEstimate | null;
  /** Scored answers on each side. */
  readonly mentioningN: number;
  readonly notMentioningN: number;
} & (
  | {
      readonly kind: 'compared';
      /** `compareMetric(metric, notMentioning, mentioning)`: the difference is mentioning − not mentioning. */
      readonly comparison: MetricComparison;
      /** The p-value after Holm's correction over the themes compared (`correctThemeComparisons`); the raw one before. */
      readonly adjustedPValue: number;
      /** Whether the gap is clear at the chosen level, judged on `adjustedPValue`. */
      readonly significant: boolean;
    }
  /** A side has fewer scored answers than the minimum: no test is run, and the sentence says so. */
  | { readonly kind: 'too-few'; readonly minAnswers: number }
) & {
  /** One sentence for the page and the exports, no final full stop. */
  readonly sentence: string;
};

/** Who a sentence is about: a theme by name, or the comments with no theme. */
export type MentionSubject = { readonly kind: 'theme'; readonly name: string } | { readonly kind: 'uncoded' };

/** The group a sentence names: "the group that mentions “Delivery”", or "the group with no theme". */
function describeSubject(subject: MentionSubject): string {
  return subject.kind === 'theme' ? `the group that mentions “${subject.name}”` : 'the group whose comment has no theme';
}


/** "3 scored answers", "1 scored answer". */
function countAnswers(n: number): string {
  return `${String(n)} scored ${n === 1 ? 'answer' : 'answers'}`;
}

/**
 * Compare the metric of the comments in a subject (a theme, or no theme) with the rest of the scored comments.
 *
 * Each side is estimated with `estimateMetric`; when both sides have at least `minAnswers` scored answers they
 * are compared with `compareMetric(metric, notMentioning, mentioning, confidence)` (adjusted Wald for NPS,
 * pooled z or exact test for CSAT, Welch's t for CES; exact permutation under 30 answers) and the gap is said in
 * words by `describeSegmentPair` (one pair, so no correction). With fewer, no test is run and the sentence says
 * which side is short. O(scale points), plus the exact test's bounded work.
 *
 * @param metric the survey's metric
 * @param mentioning counts per scale point of the scored comments in the subject
 * @param notMentioning counts per scale point of the other scored comments
 * @param subject the theme's name, or the uncoded comments, for the sentence
 * @param confidence 90, 95 or 99
 * @param minAnswers the fewest scored answers a side needs to be compared (at least 1)
 * @returns both estimates, the comparison or why there is none, and the sentence
 * @example compareMentions({ kind: 'nps' }, mentioning, rest, { kind: 'theme', name: 'Delivery' }, 95, 30).sentence // 'The group that mentions “Delivery” is lower than the rest by 21 points: a real gap at 95% confidence (p = 0.004)'
 */
export function compareMentions(
  metric: SurveyMetric,
  mentioning: PointCounts,
  notMentioning: PointCounts,
  subject: MentionSubject,
  confidence: ConfidenceLevel,
  minAnswers: number,
): MentionComparison {
  const mentioningN = sum(mentioning);
  const notMentioningN = sum(notMentioning);
  const base = {
    mentioning: estimateMetric(metric, mentioning, confidence),
    notMentioning: estimateMetric(metric, notMentioning, confidence),
    mentioningN,
    notMentioningN,
  };
  const minimum = Math.max(1, minAnswers);
  const comparison = mentioningN >= minimum && notMentioningN >= minimum ? compareMetric(metric, notMentioning, mentioning, confidence) : null;
  if (comparison === null) {
    return { ...base, kind: 'too-few', minAnswers: minimum, sentence: describeTooFew(subject, mentioningN, notMentioningN, minimum) };
  }
  return { ...base, kind: 'compared', comparison, adjustedPValue: comparison.pValue, significant: comparison.significant, sentence: describeMention(subject, comparison, comparison.pValue, comparison.significant, 1) };
}

/** The sentence of a compared subject: the gap, the verdict and the p-value, with the correction when there was one. */
function describeMention(subject: MentionSubject, comparison: MetricComparison, adjustedPValue: number, significant: boolean, family: number): string {
  const pair = { baseline: 'the rest', current: capitalise(describeSubject(subject)), adjustedPValue, significant, comparison };
  return describeSegmentPair(pair, family);
}

/**
 * Correct the themes' comparisons for being several tests at once: each compared theme's p-value is adjusted
 * with Holm's step-down method over the themes compared, its verdict is taken at the adjusted p, and its
 * sentence says how many comparisons were corrected for. Without it, 20 themes would show about one clear gap by
 * chance at 95%. Themes not compared (too few answers) are not in the family. O(themes log themes).
 *
 * @param comparisons one per theme, from `compareMentions`
 * @param names the themes' names, same order
 * @param confidence the level the verdicts are taken at
 * @returns the comparisons with adjusted p-values, verdicts and sentences
 * @see https://www.jstor.org/stable/4615733 (Holm 1979)
 */
export function correctThemeComparisons(comparisons: readonly MentionComparison[], names: readonly string[], confidence: ConfidenceLevel): MentionComparison[] {
  const compared = comparisons.flatMap((comparison, index) => (comparison.kind === 'compared' ? [{ comparison, index }] : []));
  if (compared.length < 2) return [...comparisons];
  const adjusted = adjustHolm(compared.map(({ comparison }) => comparison.comparison.pValue));
  const alpha = getSignificanceLevel(confidence);
  const result = [...comparisons];
  compared.forEach(({ comparison, index }, position) => {
    if (comparison.kind !== 'compared') return;
    const adjustedPValue = adjusted[position] ?? comparison.comparison.pValue;
    const significant = adjustedPValue < alpha;
    const subject: MentionSubject = { kind: 'theme', name: names[index] ?? '' };
    result[index] = { ...comparison, adjustedPValue, significant, sentence: describeMention(subject, comparison.comparison, adjustedPValue, significant, compared.length) };
  });
  return result;
}

/** Why a subject is not compared: which side is short, and by how much. */
function describeTooFew(subject: MentionSubject, mentioningN: number, notMentioningN: number, minimum: number): string {
  const group = describeSubject(subject);
  const short: string[] = [];
  if (mentioningN < minimum) short.push(`${group} has ${countAnswers(mentioningN)}`);
  if (notMentioningN < minimum) short.push(`the rest have ${countAnswers(notMentioningN)}`);
  return `Not compared: ${short.join(' and ')}, fewer than the ${String(minimum)} each side needs`;
}
