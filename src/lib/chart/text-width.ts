/**
 * How wide a line of chart text is, estimated without a browser (charts render on the server too, where
 * nothing can be measured), and text cut to fit a width with an ellipsis.
 */

/** Average advance of a character in a system sans-serif font, as a share of the font size (Latin text). */
const AVERAGE_ADVANCE = 0.58;
/** Characters drawn about twice as wide: CJK, Hangul, full-width forms and emoji. */
const WIDE_CHARACTER = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
/** Combining marks and joiners take no width of their own. */
const ZERO_WIDTH = /[\p{M}\u200B-\u200D\uFE0F]/u;
const ELLIPSIS = '…';

function getCharacterWidth(character: string): number {
  if (ZERO_WIDTH.test(character)) return 0;
  return WIDE_CHARACTER.test(character) ? 2 : 1;
}

/**
 * The estimated width of `text` at `fontSize`, in the same units: a generous average, so text measured to fit
 * seldom overflows (capitals and wide scripts count more).
 *
 * @example estimateTextWidth('Jan 2024', 12) // ≈ 55.68
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const character of text) units += getCharacterWidth(character);
  return units * AVERAGE_ADVANCE * fontSize;
}

/**
 * `text` as it fits in `maxWidth` at `fontSize`: whole when it fits, otherwise cut at a character (never inside
 * a surrogate pair or before a combining mark) and ended with "…". Spaces before the ellipsis are dropped.
 *
 * @example truncateToWidth('Customers who bought twice or more in 2024', 120, 12) // 'Customers who bo…'
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth / (AVERAGE_ADVANCE * fontSize) - 1;
  let used = 0;
  let kept = '';
  for (const character of text) {
    const width = getCharacterWidth(character);
    if (used + width > budget) break;
    used += width;
    kept += character;
  }
  // A joiner left at the end would glue the ellipsis to half an emoji sequence.
  return `${kept.replace(/\u200D$/u, '').trimEnd()}${ELLIPSIS}`;
}

/**
 * `text` broken at spaces into at most `maxLines` lines that each fit `maxWidth` at `fontSize` (a word too long
 * for a line of its own is cut, as truncateToWidth does); what does not fit in the last line is cut with "…".
 *
 * @example wrapToWidth('week of 15 Jan 2024', 84, 11, 2) // ['week of 15', 'Jan 2024']
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  /** The index of the current line's first word. */
  let start = 0;
  for (const [index, word] of words.entries()) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (estimateTextWidth(joined, fontSize) <= maxWidth) {
      line = joined;
      continue;
    }
    // The line is full. The last line takes the rest of the text, cut.
    if (lines.length === maxLines - 1) {
      lines.push(truncateToWidth(words.slice(start).join(' '), maxWidth, fontSize));
      return lines;
    }
    if (line !== '') lines.push(line);
    start = index;
    line = truncateToWidth(word, maxWidth, fontSize);
  }
  if (line !== '') lines.push(line);
  return lines;
}
