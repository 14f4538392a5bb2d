import { describe, expect, it } from 'vitest';
import type { CommentSet, SurveyComment } from '../../../src/lib/comments/comment.ts';
import { indexCommentTerms } from '../../../src/lib/comments/comment-term-index.ts';
import { findContexts, findTextContexts } from '../../../src/lib/comments/find-contexts.ts';

const comment = (row: number, text: string, group: number): SurveyComment => ({ row, responseId: '', text, score: null, group });

function setUp(texts: readonly string[], groups: readonly number[]) {
  const set: CommentSet = { comments: texts.map((text, index) => comment(index + 2, text, groups[index] ?? 0)), groups: ['A', 'B'] };
  const analysed = texts.map((_, index) => index);
  const source = { terms: indexCommentTerms(texts), analysed, masked: texts.map(() => null) };
  return { set, source };
}

describe('findContexts', () => {
  it('finds each use of a phrase by its stems, cut from the text as written', () => {
    // By hand: "Waited on HOLD" and "waiting on hold" both stem to "wait on hold"; the third comment's words
    // are split by a full stop, the fourth's by a line break, so neither holds the phrase.
    const { set, source } = setUp(['Still Waited on HOLD, again.', 'ﬁrst: waiting on-hold', 'I waited on. Hold on', 'waited on\nhold'], [0, 1, 0, 0]);
    const found = findContexts(set, source, 'wait on hold', null, false);
    expect(found.total).toBe(2);
    expect(found.comments).toBe(2);
    expect(found.lines).toEqual([
      { index: 0, row: 2, before: 'Still ', match: 'Waited on HOLD', after: ', again.' },
      // The offsets are in the text as written, though "ﬁ" is two letters once normalised.
      { index: 1, row: 3, before: 'ﬁrst: ', match: 'waiting on-hold', after: '' },
    ]);
    expect(findContexts(set, source, 'wait on hold', 1, false).lines.map((line) => line.index)).toEqual([1]);
  });

  it('lists only the uses the term index counted: not across a line break (the former reader let one through)', () => {
    const { set, source } = setUp(['waited on hold. waited on\nhold - waited on\u2011hold'], [0]);
    const found = findContexts(set, source, 'wait on hold', null, false);
    expect(found.lines.map((line) => line.match)).toEqual(['waited on hold', 'waited on\u2011hold']);
    expect(found.total).toBe(2);
  });

  it('finds nothing for an unknown term', () => {
    const { set, source } = setUp(['late delivery'], [0]);
    expect(findContexts(set, source, 'no such term', null, false)).toEqual({ total: 0, comments: 0, lines: [] });
  });
});

describe('findTextContexts', () => {
  const set = {
    groups: ['Promoters', 'Detractors'],
    comments: [
      { row: 2, responseId: '', text: 'Price (50%) up? Price\nup again.', score: 2, group: 1 },
      { row: 3, responseId: '', text: 'The PRICE up was fine', score: 9, group: 0 },
      { row: 4, responseId: '', text: 'Nothing to say', score: 9, group: 0 },
    ],
  };
  const masked = [null, null, null];

  it('finds a typed phrase case-insensitively, across a line break, counting every use', () => {
    const found = findTextContexts(set, masked, 'price  up', null, true);
    // By hand: row 2 holds "Price (50%) up" (no: the bracket sits between), "Price\nup" (yes); row 3 "PRICE up".
    expect([found.total, found.comments]).toEqual([2, 2]);
    expect(found.lines.map((line) => [line.row, line.match])).toEqual([
      [2, 'Price\nup'],
      [3, 'PRICE up'],
    ]);
  });

  it('reads characters that mean something in a pattern as themselves, and keeps to the group asked', () => {
    expect(findTextContexts(set, masked, '(50%)', null, true).lines.map((line) => [line.row, line.before, line.after])).toEqual([[2, 'Price ', ' up? Price up again.']]);
    expect(findTextContexts(set, masked, 'price', 0, true).lines.map((line) => line.row)).toEqual([3]);
    expect(findTextContexts(set, masked, '   ', null, true)).toEqual({ total: 0, comments: 0, lines: [] });
  });
});
