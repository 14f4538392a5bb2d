import type { TableColumn } from './describe-table-columns.ts';
import type { ScoreScale } from './score-scale.ts';
import type { ScoreMetric } from './score-metric.ts';
import { readHeaderEvidence } from './score-metric.ts';
import { NPS_SCALE, getScalePointCount } from './score-scale.ts';

/** Header words of a count, an amount, a date or an ID: numbers, but never answers on a rating scale. */
const NOT_SCORE_HEADER =
  /\b(ids?|identifier|tenure|years?|months?|days?|age|seats?|count|number|no|qty|quantity|amount|revenue|price|cost|spend|duration|time|date|zip|postcode|phone|employees|users|licen[cs]es?|orders?|visits?|tickets?|row|record|respondent|customer|account)\b|#/i;
/** Questions as exports name them: Qualtrics `Q3`, `QID3`; a header ending with a question mark. */
const QUESTION_HEADER = /^(?:Q\d+|QID\d+)(?:_\d+)?$|\?\s*$/i;
/** Qualtrics' Net Promoter group column (1/2/3 or the group names) beside the 0–10 question. */
export const NPS_GROUP_COLUMN = /_NPS_GROUP$/i;
/** The least share of sampled values that must fit the scale for a column to be suggested. */
const MIN_FIT_SHARE = 0.5;

/** Why a column was suggested: how many sampled values fit the scale, and the header word that points at it. */
export type ColumnSuggestion = {
  readonly index: number;
  /** Sampled values that fit the scale (whole numbers on it, or known scale wordings), and all non-blank ones. */
  readonly fitting: number;
  readonly filled: number;
  /** The word in the header (or question) that names a rating, e.g. 'recommend'. */
  readonly headerWord: string | null;
  /** How many other columns fit the scale too, so the page can ask the person to check the choice. */
  readonly otherFits: number;
};

/** The header text a column is judged by: its name and, for exports that give it, its question. */
function getHeaderText(column: TableColumn): string {
  return [column.name, column.question].filter((part) => part !== null).join(' ');
}

/** How well a column fits as the score column: a share of fitting values, moved by its header. */
function rateColumn(
  column: TableColumn,
  scalePoints: number,
  metric: ScoreMetric | undefined,
): { rating: number; fitShare: number; headerWord: string | null; othersQuestion: boolean } {
  const { fit } = column;
  const fitShare = fit.filled === 0 ? 0 : (fit.onScale + fit.knownLabels) / fit.filled;
  const header = getHeaderText(column);
  const evidence = readHeaderEvidence(header, metric);
  const headerWord = evidence.own ?? evidence.rating;
  // A rating question uses much of its scale (a 1–5 question read on 0–10 half at most), but real answers
  // bunch, so this only breaks near ties.
  let rating = fitShare + 0.1 * Math.min(1, fit.points / scalePoints);
  // The question's own name outweighs everything else a header can say; a shared word ("likely") less so.
  if (evidence.own !== null) rating += evidence.strong ? 0.6 : 0.3;
  else if (evidence.rating !== null) rating += 0.1;
  else if (QUESTION_HEADER.test(column.name ?? '') || QUESTION_HEADER.test(header)) rating += 0.05;
  // Another question's word (a satisfaction question on the NPS page) counts against the column.
  if (evidence.other !== null) rating -= 0.4;
  // The other CES question is read, though: the CES page offers to switch to it.
  const sibling = metric === 'ces1' ? 'ces2' : metric === 'ces2' ? 'ces1' : undefined;
  const othersQuestion = evidence.other !== null && evidence.own === null && (sibling === undefined || readHeaderEvidence(header, sibling).own === null);
  // One value all through (Finished = 1, Status = 0) is a flag, not a rating.
  if (fit.points < 2 && fit.filled >= 5) rating -= 0.4;
  return { rating, fitShare, headerWord, othersQuestion };
}

/**
 * Pick the column that holds answers on the scale, and say why. Never by being numeric alone: columns a
 * survey tool adds (dates, IDs, progress) and values that count up by one (row numbers) are passed over, and so
 * is a column whose header names a count, an amount, a date or an ID (tenure, years, seats, visits…) and no
 * rating. Each other column is rated by the share of its sampled values that are whole numbers on the scale or
 * common wordings of it; raised by a header with this question's own words (`readHeaderEvidence`: recommend,
 * likely… for NPS; satisf… for CSAT; easy, agree for CES 2.0; effort for CES 1.0), less by a generic rating
 * word; lowered by another question's words (and passed over when they are its only words: a satisfaction
 * question is never suggested as the NPS one) and by a single repeated value; and, among columns that fit, raised
 * by how much of the scale it uses (a 0–10 question over a 1–5 one read on 0–10). A column is suggested only
 * when at least half its values fit and its rating is at least 0.5 (or, under a header that names a rating,
 * when 80% are whole numbers from 0 to 10: answers on another scale, which the page then offers); otherwise
 * null, so the person is asked.
 *
 * @param columns described columns (with their fit to the scale)
 * @param scale the scale answers are read on (default 0–10)
 * @param metric the question read, whose own header words count for a column and other questions' against it
 * @returns the suggested column with the reason, or null when none fits
 * @example suggestScoreColumn(columns)?.index // 3 for Customer, Tenure (years), Seats, Q3
 * @see https://www.netpromotersystem.com/about/net-promoter-system-framework/reliable-metric/ (Bain & Company: the 0–10 question such a column holds)
 */
export function suggestScoreColumn(columns: readonly TableColumn[], scale: ScoreScale = NPS_SCALE, metric?: ScoreMetric): ColumnSuggestion | null {
  let best: { column: TableColumn; rating: number; headerWord: string | null } | null = null;
  let fits = 0;
  for (const column of columns) {
    if (column.metadata || column.fit.countsUp || column.fit.filled === 0 || NPS_GROUP_COLUMN.test(column.name ?? '')) continue;
    const { rating, fitShare, headerWord, othersQuestion } = rateColumn(column, getScalePointCount(scale), metric);
    // A count, an amount, a date or an ID is never the score column, however well its numbers fit.
    if (headerWord === null && NOT_SCORE_HEADER.test(column.name ?? '')) continue;
    // Nor is another question's column (a 1–5 satisfaction question fits 0–10 too): its NPS would look sure
    // and be wrong. The person can still choose it.
    if (othersQuestion) continue;
    // A rating question answered on another scale (1–7 read as 1–5) is still the one to read: the page then
    // offers the scale that fits. Only with a header that names a rating, so a count of years is never it.
    const onAnotherScale = headerWord !== null && column.fit.ratingLike >= 0.8 * column.fit.filled;
    if ((fitShare < MIN_FIT_SHARE && !onAnotherScale) || rating < MIN_FIT_SHARE) continue;
    fits += 1;
    if (best === null || rating > best.rating) best = { column, rating, headerWord };
  }
  if (best === null) return null;
  const { column, headerWord } = best;
  return { index: column.index, fitting: column.fit.onScale + column.fit.knownLabels, filled: column.fit.filled, headerWord, otherFits: fits - 1 };
}
