import { describe, expect, it } from 'vitest';
import { eng } from 'stopword';
import { ADDED_STOP_WORDS, KEPT_STOP_WORDS, isCommentStopWord } from '../../../src/lib/comments/comment-stop-words.ts';

describe('isCommentStopWord', () => {
  it("uses the stopword package's English list", () => {
    expect(['the', 'was', 'and', 'my', 'on', 'with'].every(isCommentStopWord)).toBe(true);
    expect(eng.filter((word) => !KEPT_STOP_WORDS.has(word)).every(isCommentStopWord)).toBe(true);
  });

  it('keeps negations and complaint words as terms', () => {
    for (const word of ['not', 'no', 'never', 'nothing', 'without', 'too', 'still', 'cannot']) expect(isCommentStopWord(word)).toBe(false);
  });

  it('adds the function words the short list leaves out', () => {
    expect(ADDED_STOP_WORDS.every(isCommentStopWord)).toBe(true);
  });

  it('counts contractions of a stop word as stop words, but not negative contractions or possessives', () => {
    for (const word of ["it's", "i'm", "you're", "we've", "they'll", "i'd", "that's", "there's"]) expect(isCommentStopWord(word)).toBe(true);
    for (const word of ["don't", "didn't", "can't", "won't", "company's", 'late', 'refund']) expect(isCommentStopWord(word)).toBe(false);
  });
});
