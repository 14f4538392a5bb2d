import type { TableColumn } from './describe-table-columns.ts';
import { readScoreToken } from './read-score-token.ts';

/** Header words that point at the score column (whole words, so "process" is not "CES"). */
const SCORE_HEADER = /\b(?:nps|score|recommend\w*|likel\w*|rating|csat|satisf\w*|ces|effort\w*|easy|ease)\b/i;

/**
 * Pick the column that most looks like answers on a rating scale.
 *
 * Among mostly-numeric columns: first one whose header names a CX metric
 * (NPS, score, recommend, likely, rating, CSAT, satisfaction, CES, effort,
 * easy); else the first whose sampled numbers are all whole 0–10; else the
 * most numeric. Null when no column is at least half numbers.
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
  const looksLikeScores = numeric.find((column) =>
    column.sample.every((cell) => {
      const value = readScoreToken(cell, 0, cell.length);
      return value === null || Number.isNaN(value) || (Number.isInteger(value) && value >= 0 && value <= 10);
    }),
  );
  if (looksLikeScores) return looksLikeScores.index;
  let best: TableColumn | undefined;
  for (const column of numeric) if (!best || column.numericShare > best.numericShare) best = column;
  return best ? best.index : null;
}
