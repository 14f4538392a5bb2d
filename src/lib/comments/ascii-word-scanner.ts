/**
 * The fast path of the comment word reader (`comment-words.ts`): the words of an ASCII-only text by a char-code
 * loop, the same word-like segments (and the same gaps) that `Intl.Segmenter` finds there. Measured in Node 24 on 100,000 comments of
 * 150 characters, `Intl.Segmenter` took about 1 s and a plain scan about 0.06 s, and most survey comments are
 * ASCII, so this path keeps the comments view inside its 3 s budget. `test/lib/comments/comment-words.test.ts`
 * checks sameness with the segmenter on random ASCII text.
 *
 * It follows Unicode's word-boundary rules (UAX #29) as they apply to ASCII: letters, digits and "_" run
 * together (WB8–WB13b, so "abc123", "a_b", "__"); "'" "." ":" join two letters (WB6–7: "don't", "e.g", "a:b");
 * "'" "." "," ";" join two digits (WB11–12: "1,000", "3.5"). Anything else ends a word. A lone "_" is not
 * word-like to the segmenter (ICU gives it no word status, while "__" has it), so it is a gap here too.
 *
 * @see https://www.unicode.org/reports/tr29/#Word_Boundary_Rules
 */

/**
 * Called per word-like run; `afterBreak` is true for the first run and when the text since the previous run
 * held anything but spaces, tabs and hyphens.
 */
export type AsciiWordVisitor = (start: number, end: number, afterBreak: boolean) => void;

const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const UNDERSCORE = 0x5f;
const SPACE = 0x20;
const TAB = 0x09;

const isLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isWordCode = (code: number): boolean => isLetter(code) || isDigit(code) || code === UNDERSCORE;

/** Whether the character at `index` (a "'" "." ":" "," or ";") joins its two neighbours into one word. */
function joinsNeighbours(text: string, index: number): boolean {
  const middle = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1); // NaN past the end: neither letter nor digit
  if (isLetter(before) && isLetter(after)) return middle === APOSTROPHE || middle === FULL_STOP || middle === COLON;
  if (isDigit(before) && isDigit(after)) return middle === APOSTROPHE || middle === FULL_STOP || middle === COMMA || middle === SEMICOLON;
  return false;
}

/**
 * Visit the word-like runs of an ASCII-only text, in order.
 *
 * @param text ASCII-only text (any character above U+007F is treated as a gap character that is not soft)
 * @param visit called with each run's [start, end) and whether a hard break came before it
 * @returns nothing; O(length)
 * @example scanAsciiWords("don't wait - e.g. 1,000", visit) // runs "don't" (after a break), "wait", "e.g", "1,000" (after a break)
 */
export function scanAsciiWords(text: string, visit: AsciiWordVisitor): void {
  let index = 0;
  let afterBreak = true;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (!isWordCode(code) || (code === UNDERSCORE && !isWordCode(text.charCodeAt(index + 1)))) {
      if (code !== SPACE && code !== TAB && code !== HYPHEN) afterBreak = true;
      index += 1;
      continue;
    }
    const start = index;
    index += 1;
    while (index < length) {
      const next = text.charCodeAt(index);
      if (isWordCode(next)) index += 1;
      else if (joinsNeighbours(text, index)) index += 2;
      else break;
    }
    visit(start, index, afterBreak);
    afterBreak = false;
  }
}
