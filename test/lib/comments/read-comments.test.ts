import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getScoreGroups, groupComments } from '../../../src/lib/comments/group-comments.ts';
import { readComments } from '../../../src/lib/comments/read-comments.ts';
import { checkCommentValues, suggestCommentColumn } from '../../../src/lib/comments/suggest-comment-column.ts';
import { detectPasteLayout, type TableLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { MAX_SEGMENT_VALUES } from '../../../src/lib/survey/read-breakdown.ts';

function tableOf(text: string): TableLayout {
  const layout = detectPasteLayout(text, NPS_SCALE);
  if (layout.kind !== 'table') throw new Error(`expected a table, got ${layout.kind}`);
  return layout;
}

const EXPORT = [
  'Respondent,NPS,Plan,Why did you give this score?',
  'R1,9,Pro,"Fast delivery, friendly staff"',
  'R2,3,Free,"Waited on hold for an hour.\nThen they hung up!"',
  'R3,7,pro,',
  'R4,,Free,No score but a comment',
  'R5,n/a,Pro,Unread score',
  'R6,10,,"=HYPERLINK(""x"") <script>alert(1)</script> 😀"',
].join('\n');

describe('readComments', () => {
  const layout = tableOf(EXPORT);
  const read = { layout, scoreColumn: 1, scale: NPS_SCALE, labels: {}, commentColumn: 3, segmentColumn: 2 };

  it('keeps every written comment with its spreadsheet row, score and segment, and counts blank ones', () => {
    const result = readComments(EXPORT, read);
    // Rows by hand: the header is row 1; R2's comment spans two lines but is one row (3); R3's comment is blank.
    expect(result.comments.map((comment) => [comment.row, comment.score, comment.segment])).toEqual([
      [2, 9, 'Pro'],
      [3, 3, 'Free'],
      [5, null, 'Free'],
      [6, null, 'Pro'],
      [7, 10, ''],
    ]);
    expect(result.comments[1]?.text).toBe('Waited on hold for an hour.\nThen they hung up!');
    expect(result.comments[4]?.text).toBe('=HYPERLINK("x") <script>alert(1)</script> 😀');
    expect(result.blank).toBe(1);
    expect(result.unscored).toBe(2);
    expect(result.problem).toBeNull();
  });

  it('suggests the column of written text, not the plan or the ID', () => {
    expect(suggestCommentColumn(layout, 1)).toBe(3);
    expect(suggestCommentColumn(tableOf('NPS,Plan\n9,Pro\n3,Free\n8,Pro'), 0)).toBeNull();
  });

  it('says when the chosen column holds numbers or IDs, and still lists them', () => {
    const ids = 'NPS,Ref\n9,A-1029\n3,B-2231\n8,C-0001';
    const result = readComments(ids, { ...read, layout: tableOf(ids), scoreColumn: 0, commentColumn: 1, segmentColumn: null });
    expect(result.problem).toEqual({ kind: 'ids', share: 1 });
    expect(result.comments).toHaveLength(3);
    expect(checkCommentValues(['12', '4.5', '1,200', 'fine'])).toBeNull();
    expect(checkCommentValues(['12', '4.5', '1,200', '7', '8', '9', '10', '11', '12', '13'])).toEqual({ kind: 'numbers', share: 1 });
    expect(checkCommentValues([])).toEqual({ kind: 'empty' });
  });

  it('keeps a 10,000-character comment whole', () => {
    const long = 'slow '.repeat(2000).trim();
    const text = `NPS,Why\n4,"${long}"`;
    const result = readComments(text, { ...read, layout: tableOf(text), scoreColumn: 0, commentColumn: 1, segmentColumn: null });
    expect(result.comments[0]?.text).toHaveLength(long.length);
  });

  it('never throws, and lists each non-blank comment once, for any cells', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -2, max: 12 }), fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 40 }), (rows) => {
        const text = ['NPS,Comment', ...rows.map(([score, comment]) => `${String(score)},"${comment.replace(/"/g, '""')}"`)].join('\n');
        const layout = detectPasteLayout(text, NPS_SCALE);
        if (layout.kind !== 'table') return;
        const result = readComments(text, { ...read, layout, scoreColumn: 0, commentColumn: 1, segmentColumn: null });
        for (const comment of result.comments) expect(comment.text.trim()).not.toBe('');
        expect(result.comments.every((comment) => comment.score === null || (comment.score >= 0 && comment.score <= 10))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('groupComments', () => {
  const comments = [
    { row: 2, responseId: 'a', text: 'x', score: 10, segment: 'Pro' },
    { row: 3, responseId: 'b', text: 'y', score: 7, segment: 'pro' },
    { row: 4, responseId: 'c', text: 'z', score: 6, segment: 'Free' },
    { row: 5, responseId: 'd', text: 'w', score: null, segment: '' },
  ];

  it('puts NPS scores in promoters, passives and detractors, and an unscored comment in no group', () => {
    const grouped = groupComments(comments, { kind: 'nps' }, 'score');
    expect(grouped.kind === 'grouped' && grouped.set.comments.map((comment) => comment.group)).toEqual([0, 1, 2, -1]);
  });

  it('groups CSAT by its threshold and CES by 5–7, 4 and 1–3', () => {
    const csat = getScoreGroups({ kind: 'csat', scale: '1-5', threshold: 4 });
    expect([5, 4, 3, 1].map(csat.groupOf)).toEqual([0, 0, 1, 1]);
    const ces = getScoreGroups({ kind: 'ces' });
    expect([7, 5, 4, 3, 1].map(ces.groupOf)).toEqual([0, 0, 1, 2, 2]);
  });

  it('groups segments by value regardless of case, largest first, and blank segments in no group', () => {
    const grouped = groupComments(comments, { kind: 'nps' }, 'segment');
    expect(grouped.kind === 'grouped' && grouped.set.groups).toEqual(['Pro', 'Free']);
    expect(grouped.kind === 'grouped' && grouped.set.comments.map((comment) => comment.group)).toEqual([0, 0, 1, -1]);
  });

  it('names a segment by its commonest spelling, as the workbench does', () => {
    const spelt = ['pro', 'Pro', 'Pro'].map((segment, index) => ({ row: index + 2, responseId: '', text: 'x', score: 9, segment }));
    const grouped = groupComments(spelt, { kind: 'nps' }, 'segment');
    expect(grouped.kind === 'grouped' && grouped.set.groups).toEqual(['Pro']);
  });

  it('refuses more segments than a chart can show', () => {
    const many = Array.from({ length: MAX_SEGMENT_VALUES + 1 }, (_, index) => ({ row: index + 2, responseId: '', text: 'x', score: 9, segment: `S${String(index)}` }));
    expect(groupComments(many, { kind: 'nps' }, 'segment')).toEqual({ kind: 'too-many-segments', distinct: MAX_SEGMENT_VALUES + 1 });
  });
});
