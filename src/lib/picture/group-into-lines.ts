/**
 * Words as the browser laid them out, gathered into the lines they sit on: how the page's own text wrapping
 * becomes SVG <text> lines. The browser gives a box per word (a Range over it); words on one line share a top.
 */

export interface WordBox {
  readonly text: string;
  /** Whether white space came before this word in the text (false for the second half of a word cut at a line end). */
  readonly spaceBefore: boolean;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface TextLine {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Gather words, in reading order, into lines: a word starts a new line when it sits below the line so far (its
 * top at or past the middle of the line's box) or back to the left of the last word (the next line of a
 * right-to-left wrap is not handled: pictures of the site's left-to-right text only). Words joined by one space
 * where the text had white space.
 *
 * @param words word boxes in reading order (boxes that are not finite are skipped)
 * @returns one entry per line, its text and the box it starts at
 * @example groupIntoLines([{ text: 'Ana', spaceBefore: false, left: 0, right: 30, top: 0, bottom: 20 }, { text: 'buys', spaceBefore: true, left: 36, right: 70, top: 0, bottom: 20 }])
 * // → [{ text: 'Ana buys', left: 0, top: 0, bottom: 20 }]
 */
export function groupIntoLines(words: readonly WordBox[]): TextLine[] {
  const lines: { text: string; left: number; top: number; bottom: number; right: number }[] = [];
  for (const word of words) {
    if (![word.left, word.right, word.top, word.bottom].every(Number.isFinite) || word.text === '') continue;
    const line = lines.at(-1);
    const middle = line ? (line.top + line.bottom) / 2 : 0;
    if (line && word.top < middle && word.left >= line.right - 1) {
      line.text += word.spaceBefore ? ` ${word.text}` : word.text;
      line.right = word.right;
      line.top = Math.min(line.top, word.top);
      line.bottom = Math.max(line.bottom, word.bottom);
    } else {
      lines.push({ text: word.text, left: word.left, top: word.top, bottom: word.bottom, right: word.right });
    }
  }
  return lines.map(({ text, left, top, bottom }) => ({ text, left, top, bottom }));
}
