import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCommentText, readCommentWords } from '../../../src/lib/comments/comment-words.ts';

/** The reference: Intl.Segmenter alone, as the module's non-ASCII path reads any text. */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const bySegmenter = (text: string) => [...segmenter.segment(foldCommentText(text))].filter((segment) => segment.isWordLike === true).map((segment) => segment.segment);

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

  it('reads a 10,000-character comment', () => {
    const text = 'slow delivery, '.repeat(667).slice(0, 10_000);
    expect(text.length).toBe(10_000);
    expect(readCommentWords(text)).toHaveLength(1334);
  });

  it('reads ASCII text exactly as Intl.Segmenter does (the fast path agrees with the reference)', () => {
    const alphabet = fc.constantFrom(...'aZk09 .,;:\'’-!?_\n\t"()/&@#'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((characters) => characters.join('')), (text) => {
        expect(readCommentWords(text)).toEqual(bySegmenter(text));
      }),
      { numRuns: 100 },
    );
    for (const text of ["a:b 1:2 a.1 1.a a..b a''b 3.5.6 1'2 1;2 a,b x.y.z it's 12:30", 'Ends with a dot.']) expect(readCommentWords(text)).toEqual(bySegmenter(text));
  }, 20_000);
});
