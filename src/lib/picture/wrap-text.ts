/**
 * Text broken into lines that fit a width, for text a picture writes itself (its title, a caption). The width of
 * a run of text comes from an injected measure: canvas measureText with the page's font in the browser, a fixed
 * width per character in tests.
 */

/** The width of `text` in the font being laid out, in the same units as the width it must fit. */
export type MeasureText = (text: string) => number;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function getWidth(text: string, measure: MeasureText): number {
  const width = measure(text);
  // A measure that fails (NaN, negative) must not loop or let a line grow forever: count the text as too wide.
  return Number.isFinite(width) && width >= 0 ? width : Number.POSITIVE_INFINITY;
}

/** A word wider than the line, cut between characters (never inside an emoji or before an accent). */
function breakWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && getWidth(piece + segment, measure) > maxWidth) {
      pieces.push(piece);
      piece = segment;
    } else {
      piece += segment;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** One paragraph (no line breaks inside) as lines. */
function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureText): string[] {
  const words = paragraph.split(/\s+/u).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (getWidth(candidate, measure) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (getWidth(word, measure) <= maxWidth) {
      line = word;
    } else {
      const pieces = breakWord(word, maxWidth, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Break `text` into lines no wider than `maxWidth`: at spaces, and inside a word only when the word alone is
 * too wide (a long URL). Runs of whitespace count as one space; a line break in the text starts a new line
 * (empty lines are kept as ''); leading and trailing whitespace is dropped. With `maxLines`, the last line kept
 * ends in "…" when text was left out.
 *
 * @param text the text to lay out
 * @param maxWidth the line's width (0 or less: one grapheme per line, so nothing is lost)
 * @param measure the width of a run of text
 * @param maxLines the most lines to return (default: all)
 * @returns the lines, without trailing spaces
 * @example wrapText('Ana buys twice a year', 10, (text) => text.length) // ['Ana buys', 'twice a', 'year']
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText, maxLines = Number.POSITIVE_INFINITY): string[] {
  const paragraphs = text.trim().split(/\r\n|\r|\n/u);
  const lines = text.trim() === '' ? [] : paragraphs.flatMap((paragraph) => (paragraph.trim() === '' ? [''] : wrapParagraph(paragraph, maxWidth, measure)));
  const limit = Number.isFinite(maxLines) ? Math.max(1, Math.floor(maxLines)) : lines.length;
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  const last = kept[limit - 1] ?? '';
  // Make room for the ellipsis by dropping graphemes from the end of the last line kept.
  const segments = [...graphemes.segment(last)].map(({ segment }) => segment);
  while (segments.length > 0 && getWidth(`${segments.join('').trimEnd()}…`, measure) > maxWidth) segments.pop();
  kept[limit - 1] = `${segments.join('').trimEnd()}…`;
  return kept;
}
