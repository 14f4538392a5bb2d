/**
 * Which column of an export holds the open comments, and whether a column's values can be comments at all. Small
 * and free of the readers, so a calculator can offer the comments view without loading it.
 */
import type { TableLayout } from '../metrics/detect-paste-layout.ts';

/** Why a column is not read as comments. */
export type CommentColumnProblem =
  | { readonly kind: 'numbers'; readonly share: number }
  | { readonly kind: 'ids'; readonly share: number }
  | { readonly kind: 'empty' };

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
