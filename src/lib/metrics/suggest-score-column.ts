import type { TableColumn } from './describe-table-columns.ts';
import { readScoreToken } from './read-score-token.ts';

/** Header words that point at the score column (whole words, so "process" is not "CES"). */
const SCORE_HEADER = /\b(?:nps|score|recommend\w*|likel\w*|rating|csat|satisf\w*|ces|effort\w*|easy|ease)\b/i;

/** Header words of a row or respondent number, never the answers. */
const ID_HEADER = /^\s*(?:#|no\.?|n[or]|num(?:ber)?|ids?|row|respondent(?:[ _-]?id)?|response[ _-]?id|record)\s*$/i;

/** A column named like an id, or whose sampled values count up by one (1, 2, 3…): row numbers, not answers. */
function looksLikeRowNumbers(column: TableColumn): boolean {
  if (column.name !== null && ID_HEADER.test(column.name)) return true;
  const values = column.sample.map((cell) => readScoreToken(cell, 0, cell.length));
  if (values.length < 3) return false;
  return values.every((value, index) => {
    if (value === null || Number.isNaN(value)) return false;
    const previous = values[index - 1];
    return index === 0 || (previous !== undefined && previous !== null && value === previous + 1);
  });
}

/**
 * Pick the column that most looks like answers on a rating scale.
 *
 * Among mostly-numeric columns: first one whose header names a CX metric
 * (NPS, score, recommend, likely, rating, CSAT, satisfaction, CES, effort,
 * easy); else the first whose sampled numbers are all whole 0–10, passing
 * over row numbers (a header like "id" or "#", or values 1, 2, 3… counting
 * up); else the most numeric. Null when no column is at least half numbers.
 *
 * @param columns described columns
 * @returns the 0-based index, or null
 * @example suggestScoreColumn([{ index: 0, name: 'id', sample: ['1001'], numericShare: 1 }, { index: 1, name: 'NPS', sample: ['9'], numericShare: 1 }]) // 1
 * @see https://www.netpromotersystem.com/about/net-promoter-system-framework/reliable-metric/ (Bain & Company: the 0–10 question such a column holds)
 */
export function suggestScoreColumn(columns: readonly TableColumn[]): number | null {
  const numeric = columns.filter((column) => column.numericShare >= 0.5);
  const named = numeric.find((column) => column.name !== null && SCORE_HEADER.test(column.name));
  if (named) return named.index;
  const looksLikeScores = numeric.find(
    (column) =>
      !looksLikeRowNumbers(column) &&
      column.sample.every((cell) => {
        const value = readScoreToken(cell, 0, cell.length);
        return value === null || Number.isNaN(value) || (Number.isInteger(value) && value >= 0 && value <= 10);
      }),
  );
  if (looksLikeScores) return looksLikeScores.index;
  const answers = numeric.filter((column) => !looksLikeRowNumbers(column));
  let best: TableColumn | undefined;
  for (const column of answers.length > 0 ? answers : numeric) if (!best || column.numericShare > best.numericShare) best = column;
  return best ? best.index : null;
}
