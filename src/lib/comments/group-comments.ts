/**
 * Put read comments into groups: the score groups of the survey's metric (promoters, passives and detractors;
 * satisfied or not; easy or not), or the values of a segment column.
 */
import { getCommonest, MAX_SEGMENT_VALUES } from '../survey/read-breakdown.ts';
import type { SurveyMetric } from '../survey/survey-summary.ts';
import { getMetricScale } from '../survey/survey-summary.ts';
import type { CommentSet, SurveyComment } from './comment.ts';
import type { ReadComment } from './read-comments.ts';

/** How comments are grouped. */
export type CommentGrouping = 'score' | 'segment';

/** A metric's score groups: their names (best first) and the group of a score. */
export type ScoreGroups = { readonly names: readonly string[]; readonly groupOf: (score: number) => number };

/**
 * The score groups of a metric: NPS promoters 9–10, passives 7–8, detractors 0–6 (Reichheld 2003); CSAT
 * satisfied at or above its threshold; CES 2.0 agreeing it was easy (5–7), neutral (4), or not (1–3).
 *
 * @param metric the survey's metric
 * @returns the group names and the group of a score
 * @example getScoreGroups({ kind: 'nps' }).groupOf(8) // 1 (Passives)
 */
export function getScoreGroups(metric: SurveyMetric): ScoreGroups {
  switch (metric.kind) {
    case 'nps':
      return { names: ['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)'], groupOf: (score) => (score >= 9 ? 0 : score >= 7 ? 1 : 2) };
    case 'csat':
      return { names: [`Satisfied (${String(metric.threshold)} or more)`, `Not satisfied (below ${String(metric.threshold)})`], groupOf: (score) => (score >= metric.threshold ? 0 : 1) };
    case 'ces':
      return { names: ['Easy (5–7)', 'Neutral (4)', 'Not easy (1–3)'], groupOf: (score) => (score >= 5 ? 0 : score === 4 ? 1 : 2) };
  }
}

/** Comments grouped, or why they cannot be grouped that way. */
export type GroupedComments = { readonly kind: 'grouped'; readonly set: CommentSet } | { readonly kind: 'too-many-segments'; readonly distinct: number };

/**
 * Group comments by score group or by segment. A comment without a score (or, by segment, with a blank
 * segment cell) is kept in the set with group −1: listed and searchable, in no group's counts. Segment values
 * that differ only in case are one group, named by their commonest spelling (as the workbench names it), in
 * order of size (ties by name).
 *
 * @param comments the comments read
 * @param metric the survey's metric (for score groups)
 * @param grouping by score group or by segment
 * @returns the comment set, or the number of distinct segments when over `MAX_SEGMENT_VALUES`
 * @example groupComments([{ row: 2, responseId: '', text: 'Slow', score: 3, segment: '' }], { kind: 'nps' }, 'score') // Detractors
 */
export function groupComments(comments: readonly ReadComment[], metric: SurveyMetric, grouping: CommentGrouping): GroupedComments {
  if (grouping === 'score') {
    const groups = getScoreGroups(metric);
    const list: SurveyComment[] = comments.map(({ row, responseId, text, score }) => ({ row, responseId, text, score, group: score === null ? -1 : groups.groupOf(score) }));
    return { kind: 'grouped', set: { comments: list, groups: groups.names } };
  }
  const byKey = new Map<string, { name: string; count: number; index: number; spellings: Map<string, number> }>();
  for (const comment of comments) {
    if (comment.segment === '') continue;
    const key = comment.segment.toLowerCase();
    const found = byKey.get(key) ?? { name: comment.segment, count: 0, index: -1, spellings: new Map<string, number>() };
    found.count += 1;
    found.spellings.set(comment.segment, (found.spellings.get(comment.segment) ?? 0) + 1);
    byKey.set(key, found);
  }
  if (byKey.size > MAX_SEGMENT_VALUES) return { kind: 'too-many-segments', distinct: byKey.size };
  // Named by the commonest spelling, as the workbench names the same segment.
  for (const segment of byKey.values()) segment.name = getCommonest(segment.spellings);
  const ordered = [...byKey.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  ordered.forEach((segment, index) => {
    segment.index = index;
  });
  const list: SurveyComment[] = comments.map(({ row, responseId, text, score, segment }) => ({
    row,
    responseId,
    text,
    score,
    group: segment === '' ? -1 : (byKey.get(segment.toLowerCase())?.index ?? -1),
  }));
  return { kind: 'grouped', set: { comments: list, groups: ordered.map((segment) => segment.name) } };
}

/**
 * Which way a score leans: its metric's best group is positive, its worst negative, a middle group neither
 * (NPS passives, CES 4), and anything that is not a whole point of the metric's scale neither. For comparing
 * sentiment with scores.
 *
 * @param metric the survey's metric
 * @returns the side of a score
 * @example getScoreSide({ kind: 'nps' })(6) // 'negative'
 */
export function getScoreSide(metric: SurveyMetric): (score: number) => 'positive' | 'negative' | null {
  const groups = getScoreGroups(metric);
  const scale = getMetricScale(metric);
  const worst = groups.names.length - 1;
  return (score) => {
    if (!Number.isInteger(score) || score < scale.min || score > scale.max) return null;
    const group = groups.groupOf(score);
    return group === 0 ? 'positive' : group === worst ? 'negative' : null;
  };
}
