import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CommentTermIndex } from '../../../src/lib/comments/comment-term-index.ts';
import { MAX_WORD_LENGTH, forEachTermWord, getTermKey, getTermText, indexCommentTerms } from '../../../src/lib/comments/comment-term-index.ts';
import { normalizeCommentText } from '../../../src/lib/comments/comment-words.ts';

/** Per comment, its terms as "shown text|key", in the index's order. */
const describeTerms = (index: CommentTermIndex): string[][] =>
  Array.from({ length: index.commentCount }, (_, comment) =>
    Array.from(index.termIds.subarray(index.termStarts[comment], index.termStarts[comment + 1]), (termId) => `${getTermText(index, termId)}|${getTermKey(index, termId)}`),
  );

describe('indexCommentTerms', () => {
  it('makes words, bigrams and trigrams inside a span, none starting or ending with a stop word', () => {
    expect(describeTerms(indexCommentTerms(['Waited on hold. Took too long']))).toEqual([
      ['waited|wait', 'hold|hold', 'waited on hold|wait on hold', 'took|took', 'too|too', 'took too|took too', 'long|long', 'too long|too long', 'took too long|took too long'],
    ]);
  });

  it('never joins a phrase across punctuation, a line break or a number', () => {
    const index = indexCommentTerms(['late, rude', 'late\nrude', 'late 2 rude', 'late - rude']);
    expect(describeTerms(index).map((terms) => terms.length)).toEqual([2, 2, 2, 3]);
  });

  it('treats one-character words as stop words: never a term, but inside a phrase', () => {
    expect(describeTerms(indexCommentTerms(['charged a fee x']))).toEqual([['charged|charg', 'fee|fee', 'charged a fee|charg a fee']]);
  });

  it('lists each term of a comment once and counts comments, not mentions', () => {
    const index = indexCommentTerms(['late, late, late', 'late', 'on time']);
    expect(describeTerms(index)).toEqual([['late|late'], ['late|late'], ['time|time']]);
    expect(Array.from(index.termComments)).toEqual([2, 1]);
  });

  it('keys a term by its stems and shows its commonest form, alphabetical on a tie', () => {
    const index = indexCommentTerms(['charged twice', 'charges twice', 'charged twice', 'deliveries', 'delivery']);
    expect(describeTerms(index)[1]).toEqual(['charged|charg', 'twice|twice', 'charged twice|charg twice']);
    expect(describeTerms(index)[4]).toEqual(['deliveries|deliveri']);
  });

  it("stems a possessive with its word and keeps stop-word contractions out", () => {
    expect(describeTerms(indexCommentTerms(["company's policy", "it's the company"]))).toEqual([
      // "company" and "company's" are one term, once each: the tie shows the alphabetically first.
      ['company|compani', 'policy|polici', "company's policy|compani polici"],
      ['company|compani'],
    ]);
  });

  it('gives empty lists for comments without terms, and any string is read', () => {
    const index = indexCommentTerms(['', 'the and of', '😀 123', '<script>alert(1)</script>']);
    expect(describeTerms(index)).toEqual([[], [], [], ['script|script', 'alert|alert']]);
    expect(index.termStarts.length).toBe(5);
  });

  it('counts each term once per comment and agrees with the per-comment lists', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('late delivery', 'waited on hold. late', 'Charged twice, charged!')), { maxLength: 20 }), (texts) => {
        const index = indexCommentTerms(texts);
        const counted = new Array<number>(index.termCount).fill(0);
        for (let comment = 0; comment < index.commentCount; comment += 1) {
          const ids = Array.from(index.termIds.subarray(index.termStarts[comment], index.termStarts[comment + 1]));
          expect(new Set(ids).size).toBe(ids.length);
          ids.forEach((id) => (counted[id] = (counted[id] ?? 0) + 1));
        }
        expect(Array.from(index.termComments)).toEqual(counted);
        for (let termId = 0; termId < index.termCount; termId += 1) {
          expect(getTermKey(index, termId).split(' ').length).toBe(index.termWords[termId]);
          expect(getTermText(index, termId).split(' ').length).toBe(index.termWords[termId]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** The spans `forEachTermWord` gives, as lists of words. */
function readSpans(text: string): string[][] {
  const spans: string[][] = [];
  forEachTermWord(text, (word, _start, _end, startsSpan) => {
    const current = spans[spans.length - 1];
    if (startsSpan || current === undefined) spans.push([word]);
    else current.push(word);
  });
  return spans;
}

describe('forEachTermWord', { timeout: 30_000 }, () => {
  it('lower-cases and keeps sentences apart', () => {
    expect(readSpans('Delivery was LATE. Staff rude!')).toEqual([['delivery', 'was', 'late'], ['staff', 'rude']]);
  });

  it('reads both apostrophes as one word', () => {
    expect(readSpans('Don’t call')).toEqual(readSpans("don't call"));
    expect(readSpans('Don’t call')).toEqual([["don't", 'call']]);
    expect(readSpans('donʼt')).toEqual([["don't"]]);
  });

  it('ends a span at punctuation, line breaks and emoji, but not at spaces, tabs or hyphens', () => {
    expect(readSpans('late, rude; slow: bad? "no" (never)\nagain 😀 ok')).toEqual([['late'], ['rude'], ['slow'], ['bad'], ['no'], ['never'], ['again'], ['ok']]);
    expect(readSpans('follow-up\tcall  back')).toEqual([['follow', 'up', 'call', 'back']]);
  });

  it('leaves numbers out, and a number ends a span', () => {
    expect(readSpans('waited 45 minutes, 1,000 times 3.5 stars 2nd')).toEqual([['waited'], ['minutes'], ['times'], ['stars', '2nd']]);
  });

  it('reads HTML as its words', () => {
    expect(readSpans('<script>alert(1)</script>')).toEqual([['script'], ['alert'], ['script']]);
    expect(readSpans('<b>great</b> &amp; fast')).toEqual([['b'], ['great'], ['b'], ['amp'], ['fast']]);
  });

  it('keeps accents and non-Latin words, and normalises full-width letters and ligatures', () => {
    expect(readSpans('El niño está CONTENTO, café très bon')).toEqual([['el', 'niño', 'está', 'contento'], ['café', 'très', 'bon']]);
    expect(readSpans('ＧＲＥＡＴ ﬁne')).toEqual([['great', 'fine']]);
    expect(readSpans('Очень долго ждал')).toEqual([['очень', 'долго', 'ждал']]);
  });

  it('drops emoji and control characters without throwing', () => {
    expect(readSpans('👍👍 love\u0000it\u0007 \ud800 bad\udc00')).toEqual([['love'], ['it'], ['bad']]);
    expect(readSpans('')).toEqual([]);
    expect(readSpans('!!! ... 123 _ ___')).toEqual([]);
  });

  it('leaves out words longer than MAX_WORD_LENGTH (URLs, ids), and they end a span', () => {
    const long = 'a'.repeat(MAX_WORD_LENGTH + 1);
    expect(readSpans(`bad ${long} app`)).toEqual([['bad'], ['app']]);
    expect(readSpans(`bad ${'a'.repeat(MAX_WORD_LENGTH)}`)).toEqual([['bad', 'a'.repeat(MAX_WORD_LENGTH)]]);
  });

  it('reads a 10,000-character comment', () => {
    const comment = 'The delivery was late again. '.repeat(345).slice(0, 10_000);
    const spans = readSpans(comment);
    expect(spans.length).toBe(345);
    expect(spans[0]).toEqual(['the', 'delivery', 'was', 'late', 'again']);
  });

  it('never throws and gives only normalised words with a letter, up to MAX_WORD_LENGTH, at their place in the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 })), (text) => {
        forEachTermWord(text, (word, start, end) => {
          expect(word.length).toBeGreaterThan(0);
          expect(word.length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
          expect(/\p{L}/u.test(word)).toBe(true);
          expect(normalizeCommentText(text.slice(start, end))).toBe(word);
        });
      }),
      { numRuns: 100 },
    );
  });
});
