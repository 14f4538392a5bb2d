import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommentWordVisitor } from '../../../src/lib/comments/comment-words.ts';
import { forEachCommentWord, forEachSegmentedWord, normalizeCommentText, readCommentWords } from '../../../src/lib/comments/comment-words.ts';

type Visited = [word: string, start: number, end: number, afterBreak: boolean];

const collect = (run: (visit: CommentWordVisitor) => void): Visited[] => {
  const visited: Visited[] = [];
  run((word, start, end, afterBreak) => visited.push([word, start, end, afterBreak]));
  return visited;
};

/**
 * The way both former readers worked, as a second reference: normalise the whole text first, then segment it,
 * with the gap rule written for normalised text. Offsets are left out: they are in the normalised text.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const NORMALISED_SOFT_GAP = /^[\p{Zs}\t\-\u2010]*$/u;
function readNormalisedFirst(text: string): [string, boolean][] {
  const words: [string, boolean][] = [];
  let afterBreak = true;
  for (const part of segmenter.segment(normalizeCommentText(text))) {
    if (part.isWordLike === true) {
      words.push([part.segment, afterBreak]);
      afterBreak = false;
    } else if (!NORMALISED_SOFT_GAP.test(part.segment)) afterBreak = true;
  }
  return words;
}

describe('normalizeCommentText', () => {
  it('applies NFKC, lower case and one apostrophe', () => {
    expect(normalizeCommentText('Don’t ＣＡＬＬ ﬁne ‘x＇ ʼ')).toBe("don't call fine 'x' '");
    expect(normalizeCommentText('cafe\u0301')).toBe('café');
  });
});

describe('readCommentWords', () => {
  it('reads words in order, lower-cased, without punctuation, emoji or markup signs', () => {
    expect(readCommentWords('Delivery was LATE, e-mail didn’t help 😠')).toEqual(['delivery', 'was', 'late', 'e', 'mail', "didn't", 'help']);
    expect(readCommentWords('<b>Great</b> service &amp; staff')).toEqual(['b', 'great', 'b', 'service', 'amp', 'staff']);
  });

  it('keeps numbers, abbreviations and possessives whole', () => {
    expect(readCommentWords('Paid 3.5 euros, 1,000 times, e.g. the customer’s fee')).toEqual(['paid', '3.5', 'euros', '1,000', 'times', 'e.g', 'the', "customer's", 'fee']);
  });

  it('folds compatibility forms (NFKC) and keeps accents', () => {
    expect(readCommentWords('ＡＢＣ café cafe\u0301')).toEqual(['abc', 'café', 'café']);
    expect(readCommentWords('Café')).not.toEqual(readCommentWords('Cafe'));
  });

  it('gives no words for blank, emoji-only or punctuation-only text', () => {
    expect(readCommentWords('')).toEqual([]);
    expect(readCommentWords('😀 👍🏽 !!! ...')).toEqual([]);
  });

  it('reads underscores as the segmenter does: a lone "_" is no word, "__" and "a_b" are', () => {
    expect(readCommentWords('a _ b __ x_y _1 1_')).toEqual(['a', 'b', '__', 'x_y', '_1', '1_']);
  });

  it('reads a 10,000-character comment', () => {
    const text = 'slow delivery, '.repeat(667).slice(0, 10_000);
    expect(text.length).toBe(10_000);
    expect(readCommentWords(text)).toHaveLength(1334);
  });
});

describe('forEachCommentWord', { timeout: 30_000 }, () => {
  it('gives each word with its place in the text as written and the hard breaks before it', () => {
    // By hand: offsets counted on the string; breaks after "." and "," and at the start, not at " " or "-".
    expect(collect((visit) => forEachCommentWord('Waited 2 hours. Not OK-ish, don’t', visit))).toEqual([
      ['waited', 0, 6, true],
      ['2', 7, 8, false],
      ['hours', 9, 14, false],
      ['not', 16, 19, true],
      ['ok', 20, 22, false],
      ['ish', 23, 26, false],
      ["don't", 28, 33, true],
    ]);
    // Non-ASCII: the offsets are in the original, though NFKC shortens "cafe\u0301" and "ﬁ" changes length.
    expect(collect((visit) => forEachCommentWord('ﬁne cafe\u0301\nＯＫ\u00a0là', visit))).toEqual([
      ['fine', 0, 3, true],
      ['café', 4, 9, false],
      ['ok', 10, 12, true],
      ['là', 13, 15, false],
    ]);
  });

  it('treats non-breaking spaces and hyphens as soft, and line breaks, emoji and symbols as hard', () => {
    const breaks = (text: string) => collect((visit) => forEachCommentWord(text, visit)).map(([, , , afterBreak]) => afterBreak);
    expect(breaks('a\u00a0b\u2011c\uff0dd\u3000é')).toEqual([true, false, false, false, false]);
    expect(breaks('a\nb\r\nc😀d/e"f')).toEqual([true, true, true, true, true, true]);
  });

  it('never throws, and each word is the normalised text between its offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 })), (text) => {
        let previousEnd = 0;
        forEachCommentWord(text, (word, start, end) => {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(word).toBe(normalizeCommentText(text.slice(start, end)));
          previousEnd = end;
        });
      }),
      { numRuns: 150 },
    );
  });

  it('takes the ASCII fast path to the same words, places and breaks as Intl.Segmenter', () => {
    // The characters where word-boundary rules differ: letters, digits, _, the joiners ' . : , ; (and the
    // apostrophes the fast path folds), and the gaps.
    const tricky = fc.string({ unit: fc.constantFrom(...'aZk09_\'’‘＇.:,;- \t\n\r!?"()<>/@#&*+=\u0000\u0007\u007f'.split('')), maxLength: 60 });
    const words = fc
      .array(fc.oneof(fc.constantFrom("don't", 'e.g.', '1,000', 'a:b', '3.5', 'x_1', "rock'n'roll", '--', "''", '_', '__', 'it’s', '12:30'), fc.string({ maxLength: 6 })), { maxLength: 12 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(tricky, words, fc.string({ unit: 'binary-ascii', maxLength: 80 })), (text) => {
        expect(collect((visit) => forEachCommentWord(text, visit))).toEqual(collect((visit) => forEachSegmentedWord(text, visit)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads the same words and breaks as normalising the whole text first, on everyday text', () => {
    const alphabet = fc.constantFrom(
      ...'aZk09 .,;:\'’‘＇-!?_\n\t"()/&@#'.split(''),
      ...['é', 'e\u0301', 'ñ', 'Ç', 'ß', 'İ', 'Ａ', 'ｂ', '１', 'ﬁ', 'Ж', 'я', '中', '文', 'ひ', 'ー', '😀', '👍🏽', '\u00a0', '\u2011', '\u2010', '－', '\u3000', '…', '—', '«', '»', '¿'],
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((characters) => characters.join('')), (text) => {
        const read = collect((visit) => forEachCommentWord(text, visit)).map(([word, , , afterBreak]) => [word, afterBreak]);
        expect(read).toEqual(readNormalisedFirst(text));
      }),
      { numRuns: 200 },
    );
  });

  it('differs from normalising first only where NFKC makes a word character of something else (documented)', () => {
    expect(readCommentWords('10 m² ① ½')).toEqual(['10', 'm']);
    expect(readNormalisedFirst('10 m² ① ½').map(([word]) => word)).toEqual(['10', 'm2', '1', '1⁄2']);
    expect(readCommentWords('ʼhello')).toEqual(["'hello"]);
  });
});
