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
import type { CommentColumnProblem } from './suggest-comment-column.ts';
import { checkCommentValues } from './suggest-comment-column.ts';

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
