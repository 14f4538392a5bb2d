import { describe, expect, it } from 'vitest';
import { wrapText, type MeasureText } from '../../../src/lib/picture/wrap-text.ts';

/** Every character one unit wide: line widths are character counts, easy to check by eye. */
const oneEach: MeasureText = (text) => [...text].length;

describe('wrapText', () => {
  it('breaks at spaces, filling each line (by hand, 10 units a line)', () => {
    // "Ana buys" = 8 (+ " twice" = 14 > 10); "twice a" = 7 (+ " year" = 12 > 10); "year".
    expect(wrapText('Ana buys twice a year', 10, oneEach)).toEqual(['Ana buys', 'twice a', 'year']);
    expect(wrapText('exactly ten', 11, oneEach)).toEqual(['exactly ten']);
  });

  it('counts runs of white space as one and keeps line breaks, empty lines included', () => {
    expect(wrapText('  one   two \t three  ', 20, oneEach)).toEqual(['one two three']);
    expect(wrapText('first\n\nthird', 20, oneEach)).toEqual(['first', '', 'third']);
    expect(wrapText('', 20, oneEach)).toEqual([]);
    expect(wrapText(' \n ', 20, oneEach)).toEqual([]);
  });

  it('cuts a word wider than the line between characters, never inside an emoji', () => {
    expect(wrapText('see https://example.com/a', 8, oneEach)).toEqual(['see', 'https://', 'example.', 'com/a']);
    // The family emoji is one grapheme of 7 code points (oneEach counts 7): it stays whole on its own line.
    const family = '👨‍👩‍👧';
    expect(wrapText(`ab${family}cd`, 4, oneEach)).toEqual(['ab', family, 'cd']);
  });

  it('uses the measure it is given (wider capitals)', () => {
    const wideCapitals: MeasureText = (text) => [...text].reduce((sum, character) => sum + (/[A-Z]/u.test(character) ? 2 : 1), 0);
    // "AB cd" = 2 + 2 + 1 + 1 + 1 = 7 > 6, so "cd" moves down.
    expect(wrapText('AB cd', 6, wideCapitals)).toEqual(['AB', 'cd']);
  });

  it('stops at maxLines with an ellipsis that fits', () => {
    // Lines would be 'one two', 'three', 'four'; the second kept line becomes 'three…' (6 ≤ 7).
    expect(wrapText('one two three four', 7, oneEach, 2)).toEqual(['one two', 'three…']);
    // 'one two…' is 8 > 7: a character goes to make room.
    expect(wrapText('one two three', 7, oneEach, 1)).toEqual(['one tw…']);
  });

  it('never loops or loses text on a width of 0 or a broken measure', () => {
    expect(wrapText('abc', 0, oneEach)).toEqual(['a', 'b', 'c']);
    expect(wrapText('ab cd', 10, () => Number.NaN)).toEqual(['a', 'b', 'c', 'd']);
  });
});
