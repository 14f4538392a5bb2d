/**
 * The numbers behind a coded comment list: how many comments each theme holds, its share of all comments and of
 * each group's (a theme × group matrix, with Wilson intervals), and the survey's metric of the people who mention
 * it against those who do not. The comments with no theme get a row of their own.
 *
 * Every comment is one respondent (one row of the export), so a count is of people who commented and a share is
 * of the respondents who left a comment, not of everyone who answered the survey. A comment may hold several
 * themes, so theme counts add up to more than the comments.
 */
import type { ConfidenceLevel } from '../metrics/confidence-level.ts';
import { getZForConfidence } from '../metrics/statistics/normal-quantile.ts';
import { getScalePointCount } from '../metrics/score-scale.ts';
import { getWilsonInterval } from '../metrics/statistics/wilson-interval.ts';
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { SurveyMetric } from '../survey/survey-summary.ts';
import { getMetricScale } from '../survey/survey-summary.ts';
import { DEFAULT_SURVEY_VIEW } from '../survey/survey-view.ts';
import type { CommentCoding, CommentSet, Theme } from './comment.ts';
import type { MentionComparison } from './compare-mentions.ts';
import { compareMentions, correctThemeComparisons } from './compare-mentions.ts';

/** A count out of a total, as a share with its Wilson interval; all null when the total is 0. */
export type CommentShare = {
  readonly count: number;
  readonly total: number;
  /** count / total, in [0, 1]. */
  readonly share: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
};

/** A row of the table: a theme of the codebook, or the comments with no theme. */
export type ThemeRow = {
  readonly subject: { readonly kind: 'theme'; readonly index: number; readonly id: string; readonly name: string } | { readonly kind: 'uncoded' };
  /** Comments (respondents) in the row. */
  readonly count: number;
  /** Its share of all comments. */
  readonly share: CommentShare;
  /** Per group (same order as `CommentSet.groups`): its comments in that group, as a share of the group's comments. */
  readonly byGroup: readonly CommentShare[];
  /** Its comments in no group (group −1 or not a group of the set): counted in `count`, in no `byGroup` cell. */
  readonly outsideGroups: number;
  /** The metric of the scored comments in the row against the other scored comments. */
  readonly metric: MentionComparison;
};

/** What `getThemeStatistics` found. */
export type ThemeStatistics = {
  /** All comments: the denominator of every theme's share. */
  readonly comments: number;
  /** One row per theme, in codebook order. */
  readonly rows: readonly ThemeRow[];
  /** The comments with no theme (by the rules, or hand-coded as "no theme"). */
  readonly uncoded: ThemeRow;
  /** Comments per group, in the set's group order. */
  readonly groupTotals: readonly number[];
  /** Comments in no group. */
  readonly outsideGroups: number;
  /** Comments whose score is a point of the metric's scale: the only ones in the metric comparisons. */
  readonly scoredComments: number;
  /** Comments with no score (a blank or unread cell): in the counts and shares, left out of the metric. */
  readonly unscoredComments: number;
  /** Comments with a score off the metric's scale (not a whole point from its minimum to its maximum): likewise. */
  readonly offScaleComments: number;
};

/** Why statistics cannot be computed: the coding does not belong to this comment list. */
export type ThemeStatisticsError =
  | { readonly kind: 'coding-length'; readonly comments: number; readonly codedComments: number; readonly byHandComments: number }
  | { readonly kind: 'unknown-theme'; readonly comment: number; readonly row: number; readonly theme: number; readonly themes: number };

/** Options for `getThemeStatistics`. */
export type ThemeStatisticsOptions = {
  /** The fewest scored answers each side needs for the metric to be compared (default the workbench's, 30). */
  readonly minAnswers?: number;
};

/** Counts gathered for one row in the single pass over the comments. */
type Tally = { count: number; outsideGroups: number; readonly byGroup: number[]; readonly scored: number[] };

function createTally(groups: number, points: number): Tally {
  return { count: 0, outsideGroups: 0, byGroup: new Array<number>(groups).fill(0), scored: new Array<number>(points).fill(0) };
}

/**
 * A count as a share of a total with its Wilson interval.
 *
 * @param count whole, 0 ≤ count ≤ total
 * @param total whole, ≥ 0
 * @param z the normal quantile of the confidence level
 * @returns the share, with nulls when the total is 0 (never NaN)
 * @example getCommentShare(3, 10, 1.959963984540054).lower // 0.1077912…
 */
export function getCommentShare(count: number, total: number, z: number): CommentShare {
  if (total === 0) return { count, total, share: null, lower: null, upper: null };
  const { lower, upper } = getWilsonInterval(count, total, z);
  // The interval of 0 of n starts at 0 and that of n of n ends at 1 exactly; rounding can leave 7e-18 or 1 − 1e-16,
  // which a table would then show as a share above 0% or below 100% for a theme with no comment or every comment.
  return { count, total, share: count / total, lower: count === 0 ? 0 : lower, upper: count === total ? 1 : upper };
}

/**
 * Check that a coding belongs to a comment list and codebook: one entry per comment, every index a theme.
 *
 * @param set the comments
 * @param themeCount how many themes the codebook has
 * @param coding the coding to check
 * @returns per comment its theme indexes, each once, or the first problem (which comment, which index)
 * @example checkCoding(set, 2, { themes: [[0], [3]], byHand: [false, false] }) // { ok: false, error: { kind: 'unknown-theme', comment: 1, … } }
 */
export function checkCoding(set: CommentSet, themeCount: number, coding: CommentCoding): Result<readonly (readonly number[])[], ThemeStatisticsError> {
  const { comments } = set;
  if (coding.themes.length !== comments.length || coding.byHand.length !== comments.length) {
    return err({ kind: 'coding-length', comments: comments.length, codedComments: coding.themes.length, byHandComments: coding.byHand.length });
  }
  const checked: (readonly number[])[] = [];
  for (const [index, indexes] of coding.themes.entries()) {
    for (const theme of indexes) {
      if (!Number.isInteger(theme) || theme < 0 || theme >= themeCount) {
        return err({ kind: 'unknown-theme', comment: index, row: comments[index]?.row ?? 0, theme, themes: themeCount });
      }
    }
    checked.push(indexes.length <= 1 ? indexes : [...new Set(indexes)]);
  }
  return ok(checked);
}

/**
 * Count each theme's comments overall and per group, and compare the metric of those who mention it with those
 * who do not (see `compareMentions`). One pass over the comments, O(comments × themes per comment + themes ×
 * (groups + scale points)), plus one comparison per row.
 *
 * @param set the comments and their group names
 * @param themes the codebook's themes (the coding's indexes point into it)
 * @param coding per comment, its theme indexes and whether a hand code gave them
 * @param metric the survey's metric, whose scale the comments' scores are on
 * @param confidence 90, 95 or 99, for every interval and test
 * @param options `minAnswers` for the comparisons
 * @returns the statistics, or an error when the coding does not fit the list (another list's, or stale)
 * @example getThemeStatistics(set, themes, coding, { kind: 'nps' }, 95).value.rows[0].share.share // 0.25
 */
export function getThemeStatistics(
  set: CommentSet,
  themes: readonly Theme[],
  coding: CommentCoding,
  metric: SurveyMetric,
  confidence: ConfidenceLevel,
  options: ThemeStatisticsOptions = {},
): Result<ThemeStatistics, ThemeStatisticsError> {
  const { comments, groups } = set;
  const checked = checkCoding(set, themes.length, coding);
  if (!checked.ok) return checked;
  const scale = getMetricScale(metric);
  const points = getScalePointCount(scale);
  const tallies = themes.map(() => createTally(groups.length, points));
  const uncodedTally = createTally(groups.length, points);
  const allScored = new Array<number>(points).fill(0);
  const groupTotals = new Array<number>(groups.length).fill(0);
  let outsideGroups = 0;
  let unscoredComments = 0;
  let offScaleComments = 0;
  for (let index = 0; index < comments.length; index += 1) {
    const comment = comments[index];
    if (!comment) continue;
    const commentThemes = checked.value[index] ?? [];
    const group = Number.isInteger(comment.group) && comment.group >= 0 && comment.group < groups.length ? comment.group : null;
    if (group === null) outsideGroups += 1;
    else groupTotals[group] = (groupTotals[group] ?? 0) + 1;
    const { score } = comment;
    const point = score !== null && Number.isInteger(score) && score >= scale.min && score <= scale.max ? score - scale.min : null;
    if (score === null) unscoredComments += 1;
    else if (point === null) offScaleComments += 1;
    else allScored[point] = (allScored[point] ?? 0) + 1;
    const rowTallies = commentThemes.length === 0 ? [uncodedTally] : commentThemes.map((theme) => tallies[theme] ?? uncodedTally);
    for (const tally of rowTallies) {
      tally.count += 1;
      if (group === null) tally.outsideGroups += 1;
      else tally.byGroup[group] = (tally.byGroup[group] ?? 0) + 1;
      if (point !== null) tally.scored[point] = (tally.scored[point] ?? 0) + 1;
    }
  }
  const z = getZForConfidence(confidence);
  const minAnswers = options.minAnswers ?? DEFAULT_SURVEY_VIEW.minAnswers;
  const toRow = (tally: Tally, subject: ThemeRow['subject']): ThemeRow => ({
    subject,
    count: tally.count,
    share: getCommentShare(tally.count, comments.length, z),
    byGroup: tally.byGroup.map((count, group) => getCommentShare(count, groupTotals[group] ?? 0, z)),
    outsideGroups: tally.outsideGroups,
    metric: compareMentions(
      metric,
      tally.scored,
      allScored.map((count, point) => count - (tally.scored[point] ?? 0)),
      subject.kind === 'theme' ? { kind: 'theme', name: subject.name } : { kind: 'uncoded' },
      confidence,
      minAnswers,
    ),
  });
  const rows = themes.map((theme, index) => toRow(tallies[index] ?? createTally(groups.length, points), { kind: 'theme', index, id: theme.id, name: theme.name }));
  // Several themes are several tests: their p-values are corrected together (Holm), so chance gaps do not read as findings.
  const corrected = correctThemeComparisons(
    rows.map((row) => row.metric),
    themes.map((theme) => theme.name),
    confidence,
  );
  return ok({
    comments: comments.length,
    rows: rows.map((row, index) => ({ ...row, metric: corrected[index] ?? row.metric })),
    uncoded: toRow(uncodedTally, { kind: 'uncoded' }),
    groupTotals,
    outsideGroups,
    scoredComments: comments.length - unscoredComments - offScaleComments,
    unscoredComments,
    offScaleComments,
  });
}

/**
 * Why statistics could not be computed, for the page.
 *
 * @param error from `getThemeStatistics`
 * @returns the sentence, with a final full stop
 * @example describeThemeStatisticsError({ kind: 'unknown-theme', comment: 4, row: 6, theme: 9, themes: 3 }) // 'The comment in row 6 is coded with theme 10, but the codebook has 3 themes. Code the comments again.'
 */
export function describeThemeStatisticsError(error: ThemeStatisticsError): string {
  switch (error.kind) {
    case 'coding-length':
      return `The coding covers ${String(Math.min(error.codedComments, error.byHandComments))} comments but the list has ${String(error.comments)}: it belongs to another list. Code the comments again.`;
    case 'unknown-theme':
      return `The comment in row ${String(error.row)} is coded with theme ${String(error.theme + 1)}, but the codebook has ${String(error.themes)} ${error.themes === 1 ? 'theme' : 'themes'}. Code the comments again.`;
    default:
      error satisfies never;
      return 'The coding does not fit the comments. Code the comments again.';
  }
}

/**
 * Which comments the metric comparisons leave out, and why, for the page and the exports.
 *
 * @param statistics from `getThemeStatistics`
 * @param metricName "NPS", "CSAT" or "CES" (`getMetricName`)
 * @returns the sentence with a final full stop, or null when every comment has a score on the scale
 * @example describeLeftOutScores(statistics, 'NPS') // '4 comments have no score: they count in the themes’ shares but not in the NPS comparisons.'
 */
export function describeLeftOutScores(statistics: ThemeStatistics, metricName: string): string | null {
  const parts: string[] = [];
  const { unscoredComments: unscored, offScaleComments: offScale } = statistics;
  if (unscored > 0) parts.push(`${String(unscored)} ${unscored === 1 ? 'comment has' : 'comments have'} no score`);
  if (offScale > 0) parts.push(`${String(offScale)} ${offScale === 1 ? 'comment has a score' : 'comments have scores'} off the ${metricName} scale`);
  if (parts.length === 0) return null;
  return `${parts.join(' and ')}: they count in the themes’ shares but not in the ${metricName} comparisons.`;
}
