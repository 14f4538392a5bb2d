import { readScoreToken } from './read-score-token.ts';
import { readAnswerText } from './read-answer-text.ts';
import type { ScoreScale } from './score-scale.ts';
import { NPS_SCALE } from './score-scale.ts';
import { getLabelScore, getNpsGroupName } from './scale-labels.ts';

/** Sample cells kept per column for the column picker. */
const SAMPLE_CELLS = 5;
const MAX_SAMPLE_CELL_LENGTH = 40;

/** How a column's sampled values fit the scale answers are read on. */
export type ColumnFit = {
  /** Non-blank values sampled. */
  readonly filled: number;
  /** Whole numbers on the scale (a labelled `10 - Extremely likely` included). */
  readonly onScale: number;
  /** Whole numbers from 0 to 10, on the scale or not: answers on some rating scale. */
  readonly ratingLike: number;
  /** Answers written only as words that are common wordings of a scale of this length. */
  readonly knownLabels: number;
  /** Net Promoter group names (`Promoter`…). */
  readonly groupNames: number;
  /** How many different points of the scale occur. */
  readonly points: number;
  /** Whether the values count up by one (1, 2, 3…): row numbers, not answers. */
  readonly countsUp: boolean;
};

/** One column of a pasted table, described from the first rows. */
export type TableColumn = {
  /** 0-based position, the value to pass to `parseColumnScores`. */
  readonly index: number;
  /** The header cell (or an export's column ID), trimmed; null without a header row or when it is blank. */
  readonly name: string | null;
  /** The question's text when an export gives it apart from the name (Qualtrics' second row), else null. */
  readonly question: string | null;
  /** True for a survey tool's own columns (dates, IDs, progress): never a score column. */
  readonly metadata: boolean;
  /** Up to five non-blank values from the first rows, trimmed. */
  readonly sample: readonly string[];
  /** Share of the sampled non-blank values that are numbers (0 when none). */
  readonly numericShare: number;
  readonly fit: ColumnFit;
};

/**
 * Whether a table cell reads as a number (by `readScoreToken`).
 *
 * @param cell the cell's text
 * @returns true when it is a number
 * @example isNumericCell(' 4,5 ') // true
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function isNumericCell(cell: string): boolean {
  const value = readScoreToken(cell, 0, cell.length);
  return value !== null && !Number.isNaN(value);
}

/**
 * Whether a table cell is blank (only spaces, or empty quotes).
 *
 * @param cell the cell's text
 * @returns true when there is nothing in it
 * @example isBlankCell('  ') // true
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function isBlankCell(cell: string): boolean {
  return readScoreToken(cell, 0, cell.length) === null;
}

/** Names and flags an export layout gives its columns. */
export type ColumnHeaders = {
  readonly headerRows: number;
  readonly names?: readonly (string | null)[];
  readonly questions?: readonly (string | null)[];
  readonly metadata?: readonly boolean[];
};

/**
 * Describe the columns of sampled rows for the column picker: name, sample values, share of numbers, and how
 * the values fit the scale.
 *
 * @param rows sampled rows, header rows first
 * @param width how many columns the table has
 * @param headers how many header rows there are, and the names an export layout gives (else the first row's cells)
 * @param scale the scale answers are read on (default 0–10)
 * @returns one description per column
 * @example describeTableColumns([['id', 'score'], ['1', '9']], 2, { headerRows: 1 })[1] // { index: 1, name: 'score', sample: ['9'], numericShare: 1, … }
 * @see https://docs.python.org/3/library/csv.html#csv.Sniffer
 */
export function describeTableColumns(
  rows: readonly (readonly string[])[],
  width: number,
  headers: ColumnHeaders,
  scale: ScoreScale = NPS_SCALE,
): TableColumn[] {
  const { headerRows } = headers;
  const dataRows = rows.slice(headerRows);
  const columns: TableColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const headerCell = headerRows > 0 ? (rows[0]?.[index] ?? '').trim() : '';
    const name = headers.names ? (headers.names[index] ?? null) : headerCell === '' ? null : headerCell;
    const sample: string[] = [];
    const points = new Set<number>();
    let filled = 0;
    let numeric = 0;
    let onScale = 0;
    let ratingLike = 0;
    let knownLabels = 0;
    let groupNames = 0;
    let countsUp = true;
    let previous: number | null = null;
    for (const row of dataRows) {
      const cell = row[index] ?? '';
      const value = readScoreToken(cell, 0, cell.length);
      if (value === null) continue;
      filled += 1;
      if (!Number.isNaN(value)) {
        numeric += 1;
        if (Number.isInteger(value) && value >= 0 && value <= 10) ratingLike += 1;
        if (Number.isInteger(value) && value >= scale.min && value <= scale.max) {
          onScale += 1;
          points.add(value);
        }
      } else {
        const { label } = readAnswerText(cell.trim().replace(/^"|"$/g, ''));
        if (label !== null) {
          const labelScore = getLabelScore(label, scale);
          if (labelScore !== null) {
            knownLabels += 1;
            points.add(labelScore);
          } else if (getNpsGroupName(label) !== null) groupNames += 1;
        }
      }
      countsUp &&= !Number.isNaN(value) && (previous === null || value === previous + 1);
      previous = Number.isNaN(value) ? null : value;
      if (sample.length < SAMPLE_CELLS) sample.push(cell.trim().slice(0, MAX_SAMPLE_CELL_LENGTH));
    }
    columns.push({
      index,
      name,
      question: headers.questions?.[index] ?? null,
      metadata: headers.metadata?.[index] ?? false,
      sample,
      numericShare: filled === 0 ? 0 : numeric / filled,
      fit: { filled, onScale, ratingLike, knownLabels, groupNames, points: points.size, countsUp: countsUp && filled >= 3 },
    });
  }
  return columns;
}
