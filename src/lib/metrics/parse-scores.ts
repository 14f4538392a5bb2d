import { CHAR, isBlankCode, isDigitCode } from './character-codes.ts';
import { readScoreToken } from './read-score-token.ts';
import type { ScoreParse } from './score-tally.ts';
import type { LabelScores } from './score-tally.ts';
import { addScoreToTally, createScoreTally, finishScoreTally } from './score-tally.ts';
import type { ScoreScale } from './score-scale.ts';
import { NPS_SCALE, assertScoreScale } from './score-scale.ts';
import { usesDecimalComma } from './uses-decimal-comma.ts';

/** Options for `parseScores`. */
export type ParseScoresOptions = {
  /** How many problems to keep in `issues` (all are counted in `leftOut`); default 1000. */
  readonly maxIssues?: number;
  /**
   * `auto` (default): commas are decimal marks under the rule in `usesDecimalComma`. `separators`: every comma
   * separates values, for a person who says `10,9` means the answers 10 and 9.
   */
  readonly commas?: 'auto' | 'separators';
  /** Scores for answers written as words, by `getLabelKey` (the person's mapping); default none. */
  readonly labels?: LabelScores;
};

/** ASCII separators of a list: blanks, line breaks, comma and semicolon. */
function buildSeparatorTable(commaSeparates: boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (const code of [CHAR.TAB, 10, 11, 12, CHAR.CARRIAGE_RETURN, CHAR.SPACE, CHAR.SEMICOLON]) table[code] = 1;
  if (commaSeparates) table[CHAR.COMMA] = 1;
  return table;
}
const SEPARATORS = buildSeparatorTable(true);
const SEPARATORS_WITH_DECIMAL_COMMA = buildSeparatorTable(false);
/** A space inside a line (not a tab or line break), as between the words of "did not answer". */
function isSpaceBetweenWords(code: number): boolean {
  return code === CHAR.SPACE || (code >= 128 && isBlankCode(code));
}

/** Characters that start a scale label after a number and a space: `-`, `=`, `:`, `(` and their wide forms. */
const LABEL_STARTS = new Set([...'-=:(–—（＝：'].map((char) => char.charCodeAt(0)));

/** Integers longer than this go through the general reader to stay exact. */
const MAX_FAST_DIGITS = 15;

/**
 * Parse a pasted list of scores (a spreadsheet column, a CSV line, a chat
 * message) into counts per scale point, in one pass over the characters.
 *
 * Values may be separated by line breaks (LF, CRLF or CR), commas, semicolons,
 * tabs or spaces, in any mix. A byte-order mark, blank lines, empty values
 * (`9,,10`) and blanks are skipped. A number followed on its line by its scale
 * label (`10 - Extremely likely`, `10 (Extremely likely)`) is one answer, read
 * as the number, as in a table cell. A value may be wrapped in double quotes
 * (`"9"`, `"4,5"`); a quote left open ends at the end of its line. Commas are
 * decimal marks only under the rule in `usesDecimalComma` (`4,5` alone on a
 * line is 4.5; `4,5,6` is three values). Numbers follow `readScoreToken`.
 *
 * A value that cannot count is left out and reported with its 1-based line:
 * `not-a-number`, `out-of-range` (outside min–max) or `not-whole` (checked in
 * that order). Words separated only by spaces form one problem ("did not
 * answer"). Valid values still count. Never throws for any string. O(length):
 * integers take a fast path that slices no strings.
 *
 * @param text the pasted text
 * @param scale whole-number scale (default NPS_SCALE, 0–10)
 * @param options maxIssues (default 1000)
 * @returns `{ kind: 'empty' }` or the counts, n, leftOut and issues
 * @example parseScores('10\n9\nn/a\n6', NPS_SCALE) // counts[10] = 1, counts[9] = 1, counts[6] = 1, n = 3, leftOut = 1
 * @see https://www.rfc-editor.org/rfc/rfc4180 (CSV quoting)
 */
export function parseScores(text: string, scale: ScoreScale = NPS_SCALE, options: ParseScoresOptions = {}): ScoreParse {
  assertScoreScale(scale, 'parseScores');
  const tally = createScoreTally(scale, options.maxIssues, options.labels);
  const decimalComma = options.commas !== 'separators' && usesDecimalComma(text);
  const separators = decimalComma ? SEPARATORS_WITH_DECIMAL_COMMA : SEPARATORS;
  const counts = tally.counts;
  const { min, max } = scale;
  const length = text.length;
  let index = text.charCodeAt(0) === CHAR.BYTE_ORDER_MARK ? 1 : 0;
  let line = 1;
  // Values counted on the fast path; the general path counts through the tally.
  let fastCount = 0;

  /** Whether a code ends a value (the end of text is checked separately). */
  const isSeparator = (code: number): boolean => (code < 128 ? separators[code] === 1 : isBlankCode(code));

  /** End index of the value starting at `start`: up to the next separator, quotes protecting separators. */
  const findValueEnd = (start: number): number => {
    let position = start;
    if (text.charCodeAt(position) === CHAR.QUOTE) {
      position += 1;
      while (position < length) {
        const code = text.charCodeAt(position);
        if (code === CHAR.QUOTE) {
          if (text.charCodeAt(position + 1) === CHAR.QUOTE) {
            position += 2;
            continue;
          }
          position += 1;
          break;
        }
        if (code === CHAR.LINE_FEED || code === CHAR.CARRIAGE_RETURN) break;
        position += 1;
      }
    }
    while (position < length && !isSeparator(text.charCodeAt(position))) position += 1;
    return position;
  };

  /** Whether spaces at `position` lead, on the same line, to a scale label (`- Extremely likely`). */
  const startsLabel = (position: number): boolean => {
    let probe = position;
    while (probe < length && isSpaceBetweenWords(text.charCodeAt(probe))) probe += 1;
    if (probe === position || probe >= length) return false;
    // "4 stars" is one answer too.
    return LABEL_STARTS.has(text.charCodeAt(probe)) || /^stars?\b/i.test(text.slice(probe, probe + 6));
  };

  /** Where the label run that starts at `position` ends: the next separator other than a space. */
  const findSegmentEnd = (position: number): number => {
    let probe = position;
    while (probe < length) {
      const code = text.charCodeAt(probe);
      if (code !== CHAR.SPACE && (code < 128 ? separators[code] === 1 : isBlankCode(code) && !isSpaceBetweenWords(code))) break;
      probe += 1;
    }
    return probe;
  };

  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === CHAR.LINE_FEED) {
      line += 1;
      index += 1;
      continue;
    }
    if (code === CHAR.CARRIAGE_RETURN) {
      line += 1;
      index += text.charCodeAt(index + 1) === CHAR.LINE_FEED ? 2 : 1;
      continue;
    }
    if (code < 128 ? separators[code] === 1 : isBlankCode(code)) {
      index += 1;
      continue;
    }
    // Fast path: a run of digits that ends at a separator and lies on the scale.
    if (isDigitCode(code)) {
      let value = code - CHAR.ZERO;
      let end = index + 1;
      // -1 (not NaN) before the first read keeps `next` a small integer, which V8 compares fastest.
      let next = -1;
      while (end < length) {
        next = text.charCodeAt(end);
        if (next < CHAR.ZERO || next > CHAR.NINE) break;
        value = value * 10 + (next - CHAR.ZERO);
        end += 1;
      }
      // The commonest case, one whole answer per line: count it and step over its line feed in one go.
      if (next === CHAR.LINE_FEED && end < length && end - index <= MAX_FAST_DIGITS && value >= min && value <= max) {
        counts[value - min] = (counts[value - min] ?? 0) + 1;
        fastCount += 1;
        line += 1;
        index = end + 1;
        continue;
      }
      if (
        (end === length || (next < 128 ? separators[next] === 1 && !(next === CHAR.SPACE && startsLabel(end)) : isBlankCode(next))) &&
        end - index <= MAX_FAST_DIGITS &&
        value >= min &&
        value <= max
      ) {
        counts[value - min] = (counts[value - min] ?? 0) + 1;
        fastCount += 1;
        index = end;
        continue;
      }
    }
    // General path: any other value, and every problem.
    const start = index;
    let end = findValueEnd(start);
    let value = readScoreToken(text, start, end);
    if (value !== null && !Number.isNaN(value) && startsLabel(end)) {
      // A number with its scale label, `10 - Extremely likely`: one answer, read as the number.
      const labelEnd = findSegmentEnd(end);
      const labelled = readScoreToken(text, start, labelEnd);
      if (labelled !== null && !Number.isNaN(labelled)) {
        value = labelled;
        end = labelEnd;
      }
    } else if (value !== null && Number.isNaN(value)) {
      // Merge following words on the same line, separated only by spaces, into one problem.
      for (;;) {
        let next = end;
        while (next < length && isSpaceBetweenWords(text.charCodeAt(next))) next += 1;
        if (next === end || next >= length || isSeparator(text.charCodeAt(next))) break;
        const nextEnd = findValueEnd(next);
        const nextValue = readScoreToken(text, next, nextEnd);
        if (nextValue === null || !Number.isNaN(nextValue)) break;
        end = nextEnd;
      }
    }
    const valueEnd = end;
    addScoreToTally(tally, value, line, undefined, () => text.slice(start, valueEnd));
    index = end;
  }
  tally.n += fastCount;
  if (fastCount > 0) tally.sawValue = true;
  return finishScoreTally(tally, decimalComma);
}
