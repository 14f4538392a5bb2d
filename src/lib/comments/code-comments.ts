/**
 * Apply a codebook to the open comments and gather what the view shows of it: the theme table, how many
 * comments each theme and rule found, what to check (uncoded, several themes, hand-coded), and the warnings
 * in words.
 */
import type { ConfidenceLevel } from '../metrics/confidence-level.ts';
import { getMetricName } from '../survey/metric-estimate.ts';
import type { SurveyMetric } from '../survey/survey-summary.ts';
import { applyCodebook } from './apply-codebook.ts';
import { listMultiThemeComments, listUncodedComments } from './check-coding.ts';
import type { Codebook, CommentCoding, CommentSet } from './comment.ts';
import type { CodedComments } from './comment-view.ts';
import type { CommentWordsIndex } from './comment-words-index.ts';
import { describeCodebookWarning } from './describe-codebook-warning.ts';
import { describeLeftOutScores, describeThemeStatisticsError, getThemeStatistics } from './theme-statistics.ts';

/**
 * Code the comments with a codebook and describe the result.
 *
 * @param set the comments and their groups
 * @param words the comments' words index (`indexCommentWords`), kept between codings; undefined to read them here if a rule needs them
 * @param codebook the themes and hand codes
 * @param metric the survey's metric, for the mentions' comparison
 * @param confidence the level of the intervals and tests
 * @param minAnswers the fewest scored answers each side of a theme needs to be compared
 * @returns the coding (kept for the list and the exports) and what the view shows
 * @throws Error only if the coding does not fit the comments (a bug: it is made from them here)
 */
export function codeComments(set: CommentSet, words: CommentWordsIndex | undefined, codebook: Codebook, metric: SurveyMetric, confidence: ConfidenceLevel, minAnswers: number): { readonly coding: CommentCoding; readonly view: CodedComments } {
  const applied = applyCodebook(set.comments, codebook, words);
  const statistics = getThemeStatistics(set, codebook.themes, applied.coding, metric, confidence, { minAnswers });
  if (!statistics.ok) throw new Error(describeThemeStatisticsError(statistics.error));
  const leftOut = describeLeftOutScores(statistics.value, getMetricName(metric));
  return {
    coding: applied.coding,
    view: {
      statistics: statistics.value,
      themes: codebook.themes.map((theme, index) => ({ id: theme.id, name: theme.name, comments: applied.perTheme[index]?.matched ?? 0, byRule: applied.perTheme[index]?.byRule ?? [] })),
      uncoded: listUncodedComments(applied.coding).length,
      several: listMultiThemeComments(applied.coding).length,
      byHand: applied.coding.byHand.filter(Boolean).length,
      warnings: [...applied.warnings.map((warning) => describeCodebookWarning(warning, codebook.themes, 'en-GB')), ...(codebook.themes.length > 0 && leftOut !== null ? [leftOut] : [])],
    },
  };
}
