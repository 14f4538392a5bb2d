/**
 * Read the open comments of a survey export: for each row, its comment, the score given in the same row and,
 * when asked, its segment. One pass over the export with the score reader the calculators use, so a comment's
 * score is exactly the one counted in the NPS, CSAT or CES beside it.
 */
import type { TableLayout } from '../metrics/detect-paste-layout.ts';
import { parseColumnScores } from '../metrics/parse-column-scores.ts';
import type { TableSource } from '../metrics/read-column-cells.ts';
import type { ScoreScale } from '../metrics/score-scale.ts';
import type { LabelScores } from '../metrics/score-tally.ts';
import { cleanSegmentName } from '../survey/read-breakdown.ts';

/** What to read: the table, its score column and scale, the comment column and an optional segment column. */
export type CommentsRead = {
  readonly layout: TableLayout;
  readonly scoreColumn: number;
  readonly scale: ScoreScale;
  readonly labels: LabelScores;
  readonly commentColumn: number;
  readonly segmentColumn: number | null;
};

/** One row's comment as read, before it is grouped. */
export type ReadComment = {
  readonly row: number;
  readonly responseId: string;
  readonly text: string;
  readonly score: number | null;
  /** The segment cell, cleaned (`cleanSegmentName`), or '' when blank or without a segment column. */
  readonly segment: string;
};

/** Why a column is not read as comments. */
export type CommentColumnProblem =
  | { readonly kind: 'numbers'; readonly share: number }
  | { readonly kind: 'ids'; readonly share: number }
  | { readonly kind: 'empty' };

/** The comments of an export. */
export type ReadComments = {
  readonly comments: readonly ReadComment[];
  /** Data rows whose comment cell was blank (counted, not listed). */
  readonly blank: number;
  /** Comments whose score cell was blank or could not be read (listed, in no score group). */
  readonly unscored: number;
  /** Set when the column holds numbers or IDs rather than comments: the comments are still read, and shown. */
  readonly problem: CommentColumnProblem | null;
};

/** Share of the non-blank cells that must be numbers, or one-word codes, for a column to be "not comments". */
const NOT_COMMENTS_SHARE = 0.9;
/** A cell that is one token of letters, digits and ID punctuation: `R_1a2B3c`, `A-1029`, `jo@example.com`. */
const ID_LIKE = /^[\p{L}\p{N}_\-.@#:/]+$/u;
/** Digits with the marks of numbers, dates, times and phone numbers: `4.5`, `1,200`, `2026-12-01`, `+44 20 7946`. */
const NUMBER_LIKE = /^[\p{N}\s.,:/+\-−%()]+$/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Whether a column's values look like open comments: at least one value with a space or of some length, and
 * not mostly numbers or one-token codes.
 *
 * @param values the column's non-blank values (trimmed), all of them or a sample
 * @returns the problem, or null when they can be comments
 * @example checkCommentValues(['R_1a', 'R_2b', 'R_3c']) // { kind: 'ids', share: 1 }
 */
export function checkCommentValues(values: readonly string[]): CommentColumnProblem | null {
  if (values.length === 0) return { kind: 'empty' };
  let numbers = 0;
  let ids = 0;
  for (const value of values) {
    if (NUMBER_LIKE.test(value)) numbers += 1;
    else if (ID_LIKE.test(value) && HAS_DIGIT.test(value) && HAS_LETTER.test(value)) ids += 1;
  }
  if (numbers >= values.length * NOT_COMMENTS_SHARE) return { kind: 'numbers', share: numbers / values.length };
  if (numbers + ids >= values.length * NOT_COMMENTS_SHARE && ids > 0) return { kind: 'ids', share: (numbers + ids) / values.length };
  return null;
}

/** How many words a sampled cell has, as a cheap measure of "written text". */
function countWords(value: string): number {
  return value.split(/\s+/u).filter((word) => HAS_LETTER.test(word)).length;
}

/**
 * Suggest the comment column of a table: the column (not the score, not a tool's metadata) whose sampled
 * values are written text, with the most words per value; a column whose values are one word each (a plan, a
 * region) is a segment, not comments, unless its header says "comment" or "why".
 *
 * @param layout the table's layout, with sampled cells per column
 * @param scoreColumn the score column (never suggested)
 * @returns the column's index, or null when none holds text
 * @example suggestCommentColumn(layoutOf('NPS,Plan,Why?\n9,Pro,Fast and friendly'), 0) // 2
 */
export function suggestCommentColumn(layout: TableLayout, scoreColumn: number): number | null {
  let best: { index: number; words: number } | null = null;
  for (const column of layout.columns) {
    if (column.index === scoreColumn || column.index === layout.responseIdColumn || column.metadata || column.sample.length === 0) continue;
    if (checkCommentValues(column.sample) !== null) continue;
    const words = column.sample.reduce((total, value) => total + countWords(value), 0) / column.sample.length;
    const named = /comment|why|reason|feedback|verbatim|open|text|explain|tell us|suggest|improve|anything else/i.test(`${column.name ?? ''} ${column.question ?? ''}`);
    const score = named ? words + 3 : words;
    if (score >= 2.5 && (best === null || score > best.words)) best = { index: column.index, words: score };
  }
  return best?.index ?? null;
}

/**
 * Read every row's comment with its score and segment. Rows with a blank comment are counted in `blank`;
 * every other comment is kept, whatever its score (a blank or unread score gives `score: null`), so nothing
 * written is dropped. Never throws for any text; throws `NotUtf8Error` for bytes that are not UTF-8. O(length).
 *
 * @param source the export's text or UTF-8 bytes
 * @param read the layout, the score, comment and segment columns, the scale and label scores
 * @returns the comments, the blank count and any problem with the column
 * @example readComments('NPS,Why\n9,Fast\n3,', read).comments // [{ row: 2, text: 'Fast', score: 9, … }]; blank: 1
 */
export function readComments(source: TableSource, read: CommentsRead): ReadComments {
  const { layout, scale } = read;
  const width = layout.columns.length;
  const comments: ReadComment[] = [];
  let blank = 0;
  let unscored = 0;
  if (read.commentColumn >= width || read.scoreColumn >= width) return { comments, blank, unscored, problem: { kind: 'empty' } };
  const segmentColumn = read.segmentColumn !== null && read.segmentColumn < width ? read.segmentColumn : null;
  const columns = segmentColumn === null ? [read.commentColumn] : [read.commentColumn, segmentColumn];
  parseColumnScores(source, layout, read.scoreColumn, scale, {
    labels: read.labels,
    maxIssues: 0,
    alsoRead: {
      columns,
      visit: (point, cells, row, getId) => {
        const cell = cells[0] ?? '';
        const text = typeof cell === 'number' ? String(cell) : cell;
        if (text.trim() === '') {
          blank += 1;
          return;
        }
        const score = point < 0 ? null : scale.min + point;
        if (score === null) unscored += 1;
        const segmentCell = segmentColumn === null ? '' : (cells[1] ?? '');
        comments.push({ row, responseId: layout.responseIdColumn === null ? '' : getId().trim(), text, score, segment: cleanSegmentName(segmentCell) });
      },
    },
  });
  return { comments, blank, unscored, problem: checkCommentValues(comments.map((comment) => comment.text.trim())) };
}
