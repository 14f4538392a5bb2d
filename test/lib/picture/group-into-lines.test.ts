import { describe, expect, it } from 'vitest';
import { groupIntoLines, type WordBox } from '../../../src/lib/picture/group-into-lines.ts';

function word(text: string, left: number, top: number, spaceBefore = true): WordBox {
  return { text, spaceBefore, left, right: left + text.length * 8, top, bottom: top + 20 };
}

describe('groupIntoLines', () => {
  it('joins words that share a line and starts a new line where the browser wrapped', () => {
    // Line 1 at top 0: "Ana" 0–24, "buys" 32–64; the browser wrapped "twice" to top 24, back at left 0.
    const lines = groupIntoLines([word('Ana', 0, 0, false), word('buys', 32, 0), word('twice', 0, 24), word('yearly', 48, 24)]);
    expect(lines).toEqual([
      { text: 'Ana buys', left: 0, top: 0, bottom: 20 },
      { text: 'twice yearly', left: 0, top: 24, bottom: 44 },
    ]);
  });

  it('glues the pieces of a word cut at a line end without a space', () => {
    const lines = groupIntoLines([word('https://exa', 0, 0, false), word('mple.com', 0, 24, false), word('now', 72, 24)]);
    expect(lines.map((line) => line.text)).toEqual(['https://exa', 'mple.com now']);
  });

  it('keeps a slightly raised word (a bold span, a chip) on its line', () => {
    // Top 3 is above the line's middle (10): same line, and the line's box grows to hold it.
    expect(groupIntoLines([word('Low', 0, 0, false), { ...word('High', 40, 3), bottom: 25 }])).toEqual([{ text: 'Low High', left: 0, top: 0, bottom: 25 }]);
  });

  it('skips empty words and boxes that are not finite', () => {
    expect(groupIntoLines([word('', 0, 0), { ...word('x', 0, 0), left: Number.NaN }, word('ok', 0, 0, false)])).toEqual([{ text: 'ok', left: 0, top: 0, bottom: 20 }]);
    expect(groupIntoLines([])).toEqual([]);
  });
});
