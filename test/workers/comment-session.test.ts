/**
 * The comments session through the score sources, as the page uses it: open a paste's comments, code them, list
 * a page, find a phrase in context and export; and a large source kept by id. Expected values are counted by
 * hand from the small export below.
 */
import { describe, expect, it } from 'vitest';
import { detectPasteLayout, type TableLayout } from '../../src/lib/metrics/detect-paste-layout.ts';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import type { CommentRequest } from '../../src/workers/comment-session.ts';
import { createScoreSources } from '../../src/workers/score-sources.ts';

const EXPORT = [
  'ID,NPS,Plan,Why',
  'a1,10,Pro,Friendly staff and fast delivery',
  'a2,9,Pro,Friendly staff',
  'a3,3,Free,Waited on hold for an hour',
  'a4,2,Free,"On hold again, then no refund. Mail me at jo@example.com"',
  'a5,8,Pro,',
  'a6,0,Free,Still no refund',
  'a7,,Free,No score here',
].join('\n');

function tableOf(text: string): TableLayout {
  const layout = detectPasteLayout(text, NPS_SCALE);
  if (layout.kind !== 'table') throw new Error('expected a table');
  return layout;
}

const layout = tableOf(EXPORT);
const loadCommentSession = () => import('../../src/workers/comment-session.ts');
const open: CommentRequest = {
  kind: 'open',
  open: { read: { layout, scoreColumn: 1, scale: NPS_SCALE, labels: {}, commentColumn: 3, segmentColumn: 2 }, grouping: 'score', metric: { kind: 'nps' } },
};

async function ask(sources: ReturnType<typeof createScoreSources>, request: CommentRequest, text: string | null = null) {
  const answer = await sources.handle({ kind: 'comments', sourceId: null, text, request });
  if (answer.kind !== 'comments') throw new Error(`expected a comments answer, got ${answer.kind}`);
  return answer.answer;
}

describe('comment session', () => {
  it('is unavailable where the sources were made without a session (the page’s own thread)', async () => {
    const answer = await createScoreSources().handle({ kind: 'comments', sourceId: null, text: EXPORT, request: open });
    expect(answer).toEqual({ kind: 'comments', answer: { kind: 'unavailable' } });
  });

  it('answers not-open before anything is opened, and when the source is gone', async () => {
    const sources = createScoreSources({ loadCommentSession });
    await expect(ask(sources, { kind: 'list', query: { group: null, show: 'all', search: '', offset: 0, limit: 25, masked: true, seed: 1 } })).resolves.toEqual({ kind: 'not-open' });
    const gone = await sources.handle({ kind: 'comments', sourceId: 99, text: null, request: open });
    expect(gone).toEqual({ kind: 'comments', answer: { kind: 'not-open' } });
  });

  it('opens a paste: 6 comments (a5 blank), 1 without a score, 2 promoters, 0 passives, 3 detractors, the email masked', async () => {
    const sources = createScoreSources({ loadCommentSession });
    const opened = await ask(sources, open, EXPORT);
    if (opened.kind !== 'opened') throw new Error(opened.kind);
    const { overview } = opened;
    expect([overview.total, overview.blank, overview.unscored, overview.ungrouped]).toEqual([6, 1, 1, 1]);
    expect(overview.groups.map((group) => group.comments)).toEqual([2, 0, 3]);
    expect(overview.masking).toEqual({ email: 1, phone: 0, number: 0 });
    expect(overview.problem).toBeNull();
    // Sentiment follows the phrases: none in the first answer, then scored on request. By hand from the AFINN-165
    // list in node_modules/sentiment/languages/en/labels.json: "friendly" +2 (a1, a2 positive); "no" −1 (a4, a6 and
    // a7 negative); "Waited on hold for an hour" has no listed word (neutral).
    expect(overview.sentiment).toBeNull();
    const scored = await ask(sources, { kind: 'sentiment' });
    if (scored.kind !== 'sentiment') throw new Error(scored.kind);
    expect([scored.sentiment.positive, scored.sentiment.negative, scored.sentiment.neutral, scored.sentiment.notScored]).toEqual([2, 3, 1, 0]);
  });

  it('codes, lists, finds in context and exports what it opened', async () => {
    const sources = createScoreSources({ loadCommentSession });
    await ask(sources, open, EXPORT);
    // The words for the rules are read ahead, while the person reads; coding then uses them.
    await expect(ask(sources, { kind: 'prepare' })).resolves.toEqual({ kind: 'prepared' });
    const coded = await ask(sources, { kind: 'code', codebook: { themes: [{ id: 'refund', name: 'Refund', rules: ['refund*'] }, { id: 'hold', name: 'On hold', rules: ['on hold'] }], handCodes: { 'row:3': ['hold'] } }, confidence: 95, minAnswers: 1 });
    if (coded.kind !== 'coded') throw new Error(coded.kind);
    // Refund: a4, a6. On hold: a3, a4 by the rules, and a2 (row 3: a plain table has no response ID column) by hand.
    expect(coded.coded.themes.map((theme) => theme.comments)).toEqual([2, 3]);
    expect([coded.coded.several, coded.coded.byHand, coded.coded.uncoded]).toEqual([1, 1, 2]);

    const listed = await ask(sources, { kind: 'list', query: { group: 2, show: { theme: 0 }, search: '', offset: 0, limit: 25, masked: true, seed: 1 } });
    if (listed.kind !== 'listed') throw new Error(listed.kind);
    expect(listed.page.items.map((item) => item.row)).toEqual([5, 7]);
    expect(listed.page.items[0]?.text).toContain('[email]');

    const contexts = await ask(sources, { kind: 'contexts', find: { kind: 'term', key: 'hold' }, group: null, masked: true });
    if (contexts.kind !== 'contexts') throw new Error(contexts.kind);
    expect(contexts.contexts.lines.map((line) => [line.row, line.match])).toEqual([
      [4, 'hold'],
      [5, 'hold'],
    ]);
    // Any typed phrase, case-insensitive, in the text as shown: "ON HOLD" in a3 and a4; the masked address is
    // not found while masking is on, and is with it off.
    const typed = await ask(sources, { kind: 'contexts', find: { kind: 'text', text: 'ON HOLD' }, group: null, masked: true });
    if (typed.kind !== 'contexts') throw new Error(typed.kind);
    expect(typed.contexts.lines.map((line) => [line.row, line.before, line.match])).toEqual([
      [4, 'Waited ', 'on hold'],
      [5, '', 'On hold'],
    ]);
    const address = (masked: boolean) => ask(sources, { kind: 'contexts', find: { kind: 'text', text: 'jo@example.com' }, group: null, masked });
    await expect(address(true)).resolves.toMatchObject({ contexts: { total: 0 } });
    await expect(address(false)).resolves.toMatchObject({ contexts: { total: 1, comments: 1 } });

    const csv = await ask(sources, { kind: 'export', what: 'coded-csv', masked: false });
    if (csv.kind !== 'exported') throw new Error(csv.kind);
    expect(csv.text).toContain('jo@example.com');
    expect(csv.text.split('\r\n')[0]).toBe('row,response ID,group,score,sentiment,comment,Refund,On hold,coded by');
  });

  it('groups by segment, and falls back to score groups with more segments than can be compared', async () => {
    const sources = createScoreSources({ loadCommentSession });
    const bySegment = await ask(sources, { ...open, open: { ...open.open, grouping: 'segment' } } as CommentRequest, EXPORT);
    if (bySegment.kind !== 'opened') throw new Error(bySegment.kind);
    expect(bySegment.overview.groups.map((group) => [group.name, group.comments])).toEqual([
      ['Free', 4],
      ['Pro', 2],
    ]);
    const many = ['NPS,Seg,Why', ...Array.from({ length: 201 }, (_, index) => `9,S${String(index)},Fine thanks a lot`)].join('\n');
    const manyLayout = tableOf(many);
    const tooMany = await ask(sources, { kind: 'open', open: { read: { layout: manyLayout, scoreColumn: 0, scale: NPS_SCALE, labels: {}, commentColumn: 2, segmentColumn: 1 }, grouping: 'segment', metric: { kind: 'nps' } } }, many);
    if (tooMany.kind !== 'opened') throw new Error(tooMany.kind);
    expect([tooMany.overview.tooManySegments, tooMany.overview.grouping]).toEqual([201, 'score']);
  });
});
