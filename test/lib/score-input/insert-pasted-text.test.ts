import { describe, expect, it } from 'vitest';
import { insertPastedText } from '../../../src/lib/score-input/insert-pasted-text.ts';

// Each expected text is written out by hand: the box's text with the paste spliced in at the given offsets.
describe('insertPastedText at a caret, as the browser would paste (digits-at-caret)', () => {
  it('puts a line break between a digit before the caret and a pasted digit, so "1" and "0" stay two answers', () => {
    expect(insertPastedText('9 10 1', 6, 6, '0 8 9', 'digits-at-caret')).toEqual({ text: '9 10 1\n0 8 9', caret: 12, addedBreaks: 1 });
  });

  it('puts one after a pasted digit that meets a digit after the caret', () => {
    // Caret before "10": "9\n" + "7" + "\n" + "10".
    expect(insertPastedText('9\n10', 2, 2, '7', 'digits-at-caret')).toEqual({ text: '9\n7\n10', caret: 3, addedBreaks: 1 });
  });

  it('adds nothing where white space or punctuation already parts the answers', () => {
    expect(insertPastedText('9 10 1 ', 7, 7, '0 8 9', 'digits-at-caret')).toEqual({ text: '9 10 1 0 8 9', caret: 12, addedBreaks: 0 });
    expect(insertPastedText('9,', 2, 2, '8', 'digits-at-caret')).toEqual({ text: '9,8', caret: 3, addedBreaks: 0 });
    expect(insertPastedText('score', 5, 5, '9', 'digits-at-caret').addedBreaks).toBe(0);
    expect(insertPastedText('', 0, 0, '9 8', 'digits-at-caret')).toEqual({ text: '9 8', caret: 3, addedBreaks: 0 });
  });

  it('leaves a selection pasted over alone: replacing part of a number is an edit', () => {
    // "1[23]4" with "56" pasted over "23".
    expect(insertPastedText('1234', 1, 3, '56', 'digits-at-caret')).toEqual({ text: '1564', caret: 3, addedBreaks: 0 });
  });

  it('changes nothing for an empty paste', () => {
    expect(insertPastedText('9', 1, 1, '', 'digits-at-caret')).toEqual({ text: '9', caret: 1, addedBreaks: 0 });
  });
});

describe('insertPastedText where the page inserts the text itself (touching)', () => {
  it('parts any two non-blank characters at either seam, digits or not', () => {
    expect(insertPastedText('score', 5, 5, '9', 'touching')).toEqual({ text: 'score\n9', caret: 7, addedBreaks: 1 });
    expect(insertPastedText('ab', 1, 1, 'X', 'touching')).toEqual({ text: 'a\nX\nb', caret: 3, addedBreaks: 2 });
    // A selection pasted over still gets its seams parted: the page, not the person, placed the text.
    expect(insertPastedText('1234', 1, 3, '56', 'touching')).toEqual({ text: '1\n56\n4', caret: 4, addedBreaks: 2 });
  });

  it('adds nothing where either side of a seam is white space, or at the ends of the box', () => {
    expect(insertPastedText('9 10 1\n', 7, 7, '0 8 9', 'touching')).toEqual({ text: '9 10 1\n0 8 9', caret: 12, addedBreaks: 0 });
    expect(insertPastedText('9 10 1', 6, 6, '\n0 8 9', 'touching')).toEqual({ text: '9 10 1\n0 8 9', caret: 12, addedBreaks: 0 });
    expect(insertPastedText('9\t', 2, 2, '8', 'touching').addedBreaks).toBe(0);
    expect(insertPastedText('', 0, 0, '8', 'touching')).toEqual({ text: '8', caret: 1, addedBreaks: 0 });
  });
});

describe('insertPastedText with digits of other scripts', () => {
  it('keeps a full-width or Arabic-Indic digit from fusing with the one before the caret', () => {
    // The parser reads ９ and ١ as 9 and 1, so they fuse like ASCII digits would.
    expect(insertPastedText('9 10 1', 6, 6, '０ ８', 'digits-at-caret').text).toBe('9 10 1\n０ ８');
    expect(insertPastedText('٩', 1, 1, '١', 'digits-at-caret').text).toBe('٩\n١');
  });
});
