import { describe, expect, it } from 'vitest';
import { indexCommentWords } from '../../../src/lib/comments/comment-words-index.ts';

describe('indexCommentWords', () => {
  it('keeps each comment’s words in order and each word’s comments ascending, once each', () => {
    const index = indexCommentWords([{ text: 'Late, late again' }, { text: '' }, { text: 'again 😀 on time' }]);
    expect(index.vocabulary).toEqual(['late', 'again', 'on', 'time']);
    expect([...index.commentStarts]).toEqual([0, 3, 3, 6]);
    expect([...index.wordIds]).toEqual([0, 0, 1, 1, 2, 3]);
    // By hand: late → comment 0 (once, though twice in it); again → 0 and 2; on, time → 2.
    expect([...index.postingStarts]).toEqual([0, 1, 3, 4, 5]);
    expect([...index.postings]).toEqual([0, 0, 2, 2, 2]);
    expect(index.commentCount).toBe(3);
  });

  it('indexes an empty list', () => {
    const index = indexCommentWords([]);
    expect(index.vocabulary).toEqual([]);
    expect([...index.commentStarts]).toEqual([0]);
    expect(index.postings).toHaveLength(0);
  });
});
