import { CHAR, isBlankCode, isDigitCode } from './character-codes.ts';
import { readScoreToken } from './read-score-token.ts';
import type { LabelScores, ScoreParse, ScoreTally } from './score-tally.ts';
import { addScoreToTally, countScoreOnScale, createScoreTally, finishScoreTally } from './score-tally.ts';
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

/** One parse's text and what the readers below share; `fastCount` counts the values `readLines` counted straight into `tally.counts`. */
interface Reading {
  readonly text: string;
  readonly length: number;
  readonly separators: Uint8Array;
  readonly tally: ScoreTally;
  readonly min: number;
  readonly max: number;
  fastCount: number;
  /** The 1-based line `readLines` has reached. */
  line: number;
}

/** Whether a code ends a value (the end of text is checked separately). */
function isSeparator(separators: Uint8Array, code: number): boolean {
  return code < 128 ? separators[code] === 1 : isBlankCode(code);
}

/** End index of the value starting at `start`: up to the next separator, quotes protecting separators. */
function findValueEnd({ text, length, separators }: Reading, start: number): number {
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
  while (position < length && !isSeparator(separators, text.charCodeAt(position))) position += 1;
  return position;
}

/** Whether spaces at `position` lead, on the same line, to a scale label (`- Extremely likely`). */
function startsLabel({ text, length }: Reading, position: number): boolean {
  let probe = position;
  while (probe < length && isSpaceBetweenWords(text.charCodeAt(probe))) probe += 1;
  if (probe === position || probe >= length) return false;
  // "4 stars" is one answer too.
  return LABEL_STARTS.has(text.charCodeAt(probe)) || /^stars?\b/i.test(text.slice(probe, probe + 6));
}

/** Where the label run that starts at `position` ends: the next separator other than a space. */
function findSegmentEnd({ text, length, separators }: Reading, position: number): number {
  let probe = position;
  while (probe < length) {
    const code = text.charCodeAt(probe);
    if (code !== CHAR.SPACE && (code < 128 ? separators[code] === 1 : isBlankCode(code) && !isSpaceBetweenWords(code))) break;
    probe += 1;
  }
  return probe;
}

/**
 * Read what the line loop leaves: a separator other than a line break, or one value that is not a whole answer
 * alone on its line (`9,10`, `4,5`, `10 - Extremely likely`, `N/A`), counting or reporting it. Never called at a
 * line break, and never reads past one.
 *
 * @returns the index after what was read
 */
function readOtherValue(reading: Reading, index: number, line: number): number {
  const { text, length, separators, tally, min, max } = reading;
  const code = text.charCodeAt(index);
  if (isSeparator(separators, code)) return index + 1;
  // A run of digits that ends at a separator and lies on the scale.
  if (isDigitCode(code)) {
    let value = code - CHAR.ZERO;
    let end = index + 1;
    let next = -1;
    while (end < length) {
      next = text.charCodeAt(end);
      if (next < CHAR.ZERO || next > CHAR.NINE) break;
      value = value * 10 + (next - CHAR.ZERO);
      end += 1;
    }
    if (
      (end === length || (next < 128 ? separators[next] === 1 && !(next === CHAR.SPACE && startsLabel(reading, end)) : isBlankCode(next))) &&
      end - index <= MAX_FAST_DIGITS &&
      value >= min &&
      value <= max
    ) {
      countScoreOnScale(tally, value);
      return end;
    }
  }
  // General path: any other value, and every problem.
  const start = index;
  let end = findValueEnd(reading, start);
  let value = readScoreToken(text, start, end);
  if (value !== null && !Number.isNaN(value) && startsLabel(reading, end)) {
    // A number with its scale label, `10 - Extremely likely`: one answer, read as the number.
    const labelEnd = findSegmentEnd(reading, end);
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
      if (next === end || next >= length || isSeparator(separators, text.charCodeAt(next))) break;
      const nextEnd = findValueEnd(reading, next);
      const nextValue = readScoreToken(text, next, nextEnd);
      if (nextValue === null || !Number.isNaN(nextValue)) break;
      end = nextEnd;
    }
  }
  const valueEnd = end;
  addScoreToTally(tally, value, line, undefined, () => text.slice(start, valueEnd));
  return end;
}

/**
 * The loop over the text: whole answers alone on their lines (`9` then LF, CRLF or CR) and line breaks are read
 * here, at close to the speed of a plain loop over the bytes (`npm run bench`); anything else goes to
 * `readOtherValue`. It reads values that start before `limit` (the last one to its end) and returns the index after
 * them; the line and the count go back through `reading`.
 *
 * `parseScores` calls it once per slice of `SLICE_LENGTH` characters, not once per text. A single long call is
 * compiled by V8 in the middle of its loop (on-stack replacement), before the code after the loop has ever run, and
 * that code was thrown away at the loop's end on every parse (29 deoptimisations in 30 parses, `--trace-deopt`);
 * short calls are compiled whole, once.
 */
function readLines(reading: Reading, start: number, limit: number): number {
  const { text, length, min, max } = reading;
  const counts = reading.tally.counts;
  let index = start;
  let line = reading.line;
  let counted = 0;
  while (index < limit) {
    // Offsets from '0' in one subtraction: 0..9 is a digit, LINE_FEED − ZERO a line feed.
    const digit = text.charCodeAt(index) - CHAR.ZERO;
    if (digit >= 0 && digit <= 9) {
      let value = digit;
      let end = index + 1;
      // -1 (not NaN) before the first read keeps `next` a small integer, which V8 compares fastest.
      let next = -1;
      while (end < length) {
        next = text.charCodeAt(end) - CHAR.ZERO;
        if (next < 0 || next > 9) break;
        value = value * 10 + next;
        end += 1;
      }
      // No digit-count check here: `value` never decreases as digits are read, so a value within the scale was
      // within it at every step, far below 2^53, and exact.
      if (value >= min && value <= max) {
        if (next === CHAR.LINE_FEED - CHAR.ZERO) {
          counts[value - min] = (counts[value - min] as number) + 1;
          counted += 1;
          line += 1;
          index = end + 1;
          continue;
        }
        if (next === CHAR.CARRIAGE_RETURN - CHAR.ZERO) {
          counts[value - min] = (counts[value - min] as number) + 1;
          counted += 1;
          line += 1;
          index = text.charCodeAt(end + 1) === CHAR.LINE_FEED ? end + 2 : end + 1;
          continue;
        }
      }
    } else if (digit === CHAR.LINE_FEED - CHAR.ZERO) {
      line += 1;
      index += 1;
      continue;
    } else if (digit === CHAR.CARRIAGE_RETURN - CHAR.ZERO) {
      line += 1;
      index += text.charCodeAt(index + 1) === CHAR.LINE_FEED ? 2 : 1;
      continue;
    }
    index = readOtherValue(reading, index, line);
  }
  reading.line = line;
  reading.fastCount += counted;
  return index;
}

/** How many characters `readLines` is given at a time (see there). */
const SLICE_LENGTH = 1 << 12;

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
  const reading: Reading = {
    text,
    length: text.length,
    separators: decimalComma ? SEPARATORS_WITH_DECIMAL_COMMA : SEPARATORS,
    tally,
    min: scale.min,
    max: scale.max,
    fastCount: 0,
    line: 1,
  };
  let index = text.charCodeAt(0) === CHAR.BYTE_ORDER_MARK ? 1 : 0;
  while (index < reading.length) index = readLines(reading, index, Math.min(reading.length, index + SLICE_LENGTH));
  const fastCount = reading.fastCount;
  tally.n += fastCount;
  if (fastCount > 0) tally.sawValue = true;
  return finishScoreTally(tally, decimalComma);
}
