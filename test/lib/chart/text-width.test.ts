import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../../../src/lib/chart/text-width.ts';

// Widths are counted by hand: 0.58 of the font size a character, twice that for a wide (CJK, emoji) one.

describe('estimateTextWidth', () => {
  it('counts Latin characters once, wide ones twice and combining marks not at all', () => {
    expect(estimateTextWidth('Jan 2024', 10)).toBeCloseTo(8 * 5.8);
    expect(estimateTextWidth('東京', 10)).toBeCloseTo(4 * 5.8);
    expect(estimateTextWidth('e\u0301', 10)).toBeCloseTo(5.8);
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits', () => {
    expect(truncateToWidth('North', 100, 12)).toBe('North');
  });

  it('cuts long text to fit with an ellipsis, dropping the space before it', () => {
    // 120 / 6.96 − 1 (the ellipsis) = 16.2 characters: "Customers who bo".
    expect(truncateToWidth('Customers who bought twice or more in 2024', 120, 12)).toBe('Customers who bo…');
    // 13 characters would end in a space: "Customers who" + "…".
    expect(truncateToWidth('Customers who bought', 14 * 6.96 + 1, 12)).toBe('Customers who…');
    const cut = truncateToWidth('Customers who bought twice or more in 2024', 120, 12);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(120);
  });

  it('never splits a surrogate pair or leaves a joiner at the end', () => {
    // Each emoji counts 2: a budget of 5.9 − 1 = 4.9 units keeps two of them.
    const cut = truncateToWidth('😀😀😀😀', 5.9 * 6.96, 12);
    expect(cut).toBe('😀😀…');
    expect(truncateToWidth('👩\u200D💻👩\u200D💻', 4 * 6.96, 12)).toBe('👩…');
  });
});

describe('wrapToWidth', () => {
  // At 11 px a character is estimated at 6.38 units: 84 units hold 13 characters.
  it('breaks at spaces into lines that fit', () => {
    expect(wrapToWidth('week of 15 Jan 2024', 84, 11, 2)).toEqual(['week of 15', 'Jan 2024']);
    expect(wrapToWidth('Q1 2024', 84, 11, 2)).toEqual(['Q1 2024']);
    expect(wrapToWidth('', 84, 11, 2)).toEqual([]);
  });

  it('cuts what does not fit in the last line, and a word too long for a line', () => {
    expect(wrapToWidth('week of 15 January 2024 and more', 84, 11, 2)).toEqual(['week of 15', 'January 2024…']);
    expect(wrapToWidth('Supercalifragilistic region', 84, 11, 2)).toEqual(['Supercalifra…', 'region']);
    expect(wrapToWidth('one two three four five six', 84, 11, 1)).toEqual(['one two thre…']);
  });

  it('never returns more lines than asked, each within the width (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'week', 'of', '15', 'January', '2024', '東京', '😀😀', 'Supercalifragilistic'), { maxLength: 8 }), fc.integer({ min: 1, max: 3 }), (words, maxLines) => {
        const lines = wrapToWidth(words.join(' '), 84, 11, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(estimateTextWidth(line, 11)).toBeLessThanOrEqual(84);
        // Nothing is lost but what an ellipsis stands for.
        if (!lines.some((line) => line.endsWith('…'))) expect(lines.join(' ')).toBe(words.join(' '));
      }),
      { numRuns: 200 },
    );
  });
});
