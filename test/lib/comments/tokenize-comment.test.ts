import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_WORD_LENGTH, forEachCommentWord, normalizeCommentText, tokenizeComment } from '../../../src/lib/comments/tokenize-comment.ts';

describe('tokenizeComment', () => {
  it('lower-cases and keeps sentences apart', () => {
    expect(tokenizeComment('Delivery was LATE. Staff rude!')).toEqual([['delivery', 'was', 'late'], ['staff', 'rude']]);
  });

  it('reads both apostrophes as one word', () => {
    expect(tokenizeComment('Don’t call')).toEqual(tokenizeComment("don't call"));
    expect(tokenizeComment('Don’t call')).toEqual([["don't", 'call']]);
    expect(tokenizeComment('donʼt')).toEqual([["don't"]]);
  });

  it('ends a span at punctuation, line breaks and emoji, but not at spaces, tabs or hyphens', () => {
    expect(tokenizeComment('late, rude; slow: bad? "no" (never)\nagain 😀 ok')).toEqual([['late'], ['rude'], ['slow'], ['bad'], ['no'], ['never'], ['again'], ['ok']]);
    expect(tokenizeComment('follow-up\tcall  back')).toEqual([['follow', 'up', 'call', 'back']]);
  });

  it('leaves numbers out, and a number ends a span', () => {
    expect(tokenizeComment('waited 45 minutes, 1,000 times 3.5 stars 2nd')).toEqual([['waited'], ['minutes'], ['times'], ['stars', '2nd']]);
  });

  it('reads HTML as its words', () => {
    expect(tokenizeComment('<script>alert(1)</script>')).toEqual([['script'], ['alert'], ['script']]);
    expect(tokenizeComment('<b>great</b> &amp; fast')).toEqual([['b'], ['great'], ['b'], ['amp'], ['fast']]);
  });

  it('keeps accents and non-Latin words, and normalises full-width letters and ligatures', () => {
    expect(tokenizeComment('El niño está CONTENTO, café très bon')).toEqual([['el', 'niño', 'está', 'contento'], ['café', 'très', 'bon']]);
    expect(tokenizeComment('ＧＲＥＡＴ ﬁne')).toEqual([['great', 'fine']]);
    expect(tokenizeComment('Очень долго ждал')).toEqual([['очень', 'долго', 'ждал']]);
  });

  it('drops emoji and control characters without throwing', () => {
    expect(tokenizeComment('👍👍 love\u0000it\u0007 \ud800 bad\udc00')).toEqual([['love'], ['it'], ['bad']]);
    expect(tokenizeComment('')).toEqual([]);
    expect(tokenizeComment('!!! ... 123')).toEqual([]);
  });

  it('leaves out words longer than MAX_WORD_LENGTH (URLs, ids)', () => {
    const long = 'a'.repeat(MAX_WORD_LENGTH + 1);
    expect(tokenizeComment(`bad ${long} app`)).toEqual([['bad'], ['app']]);
    expect(tokenizeComment(`bad ${'a'.repeat(MAX_WORD_LENGTH)}`)).toEqual([['bad', 'a'.repeat(MAX_WORD_LENGTH)]]);
  });

  it('reads a 10,000-character comment', () => {
    const comment = 'The delivery was late again. '.repeat(345).slice(0, 10_000);
    const spans = tokenizeComment(comment);
    expect(spans.length).toBe(345);
    expect(spans[0]).toEqual(['the', 'delivery', 'was', 'late', 'again']);
  });
});

describe('forEachCommentWord', { timeout: 30_000 }, () => {
  it('never throws and gives only normalised words with a letter, up to MAX_WORD_LENGTH', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 })), (text) => {
        forEachCommentWord(text, (word) => {
          expect(word.length).toBeGreaterThan(0);
          expect(word.length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
          expect(/\p{L}/u.test(word)).toBe(true);
          expect(normalizeCommentText(word)).toBe(word);
        });
      }),
      { numRuns: 100 },
    );
  });
});
