import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommentCoding, CommentSet } from '../../../src/lib/comments/comment.ts';
import type { CommentQuery, CommentsOverview } from '../../../src/lib/comments/comment-view.ts';
import { MAX_SHOWN_CHARACTERS } from '../../../src/lib/comments/comment-view.ts';
import { checkThemeDraft, createThemeId, describeCommentsOverview, suggestThemeFromTerm } from '../../../src/lib/comments/describe-comments.ts';
import { getScoreSide } from '../../../src/lib/comments/group-comments.ts';
import { listComments } from '../../../src/lib/comments/list-comments.ts';

const set: CommentSet = {
  groups: ['Promoters', 'Passives', 'Detractors'],
  comments: [
    { row: 2, responseId: 'r1', text: 'Great staff', score: 10, group: 0 },
    { row: 3, responseId: 'r2', text: 'Mail me: jo@example.com', score: 3, group: 2 },
    { row: 4, responseId: '', text: 'Slow refund', score: 2, group: 2 },
    { row: 5, responseId: 'r4', text: `${'x'.repeat(MAX_SHOWN_CHARACTERS - 1)}😀 and more`, score: null, group: -1 },
  ],
};
const annotations = { masked: [null, 'Mail me: [email]', null, null], sentiment: [1, 0, -1, 2], language: [null, null, null, null] };
const coding: CommentCoding = { themes: [[0], [], [0, 1], []], byHand: [false, false, true, false] };
const query: CommentQuery = { group: null, show: 'all', search: '', offset: 0, limit: 25, masked: true, seed: 1 };

describe('listComments', () => {
  it('filters by group, selection and search, in export order', () => {
    expect(listComments(set, annotations, coding, { ...query, group: 2 }).items.map((item) => item.row)).toEqual([3, 4]);
    expect(listComments(set, annotations, coding, { ...query, show: 'uncoded' }).items.map((item) => item.row)).toEqual([3, 5]);
    expect(listComments(set, annotations, coding, { ...query, show: 'several' }).items.map((item) => item.row)).toEqual([4]);
    expect(listComments(set, annotations, coding, { ...query, show: { theme: 1 } }).items.map((item) => item.row)).toEqual([4]);
    expect(listComments(set, annotations, coding, { ...query, search: 'REFUND' }).items.map((item) => item.row)).toEqual([4]);
  });

  it('searches and shows the masked text while masking is on, so a masked address cannot be found by typing it', () => {
    expect(listComments(set, annotations, coding, { ...query, search: 'jo@example' }).total).toBe(0);
    const unmasked = listComments(set, annotations, coding, { ...query, search: 'jo@example', masked: false });
    expect(unmasked.items[0]?.text).toBe('Mail me: jo@example.com');
    expect(listComments(set, annotations, coding, query).items[1]?.text).toBe('Mail me: [email]');
  });

  it('pages, and cuts a long text without splitting an emoji', () => {
    const page = listComments(set, annotations, coding, { ...query, offset: 2, limit: 1 });
    expect([page.total, page.offset, page.items.map((item) => item.row)]).toEqual([4, 2, [4]]);
    const long = listComments(set, annotations, coding, { ...query, offset: 3 }).items[0];
    // The emoji's first half would be character 2,000: the cut comes before it, and the rest is counted.
    expect(long?.text).toHaveLength(MAX_SHOWN_CHARACTERS - 1);
    expect(long?.cut).toBe(set.comments[3]!.text.length - (MAX_SHOWN_CHARACTERS - 1));
    // 2: not scored (another language), shown as no sentiment; and none at all while it is being measured.
    expect(long?.sentiment).toBeNull();
    expect(listComments(set, { ...annotations, sentiment: null }, coding, query).items.map((item) => item.sentiment)).toEqual([null, null, null, null]);
    expect(listComments(set, annotations, coding, query).items.map((item) => item.sentiment)).toEqual(['positive', 'neutral', 'negative', null]);
    expect(listComments(set, annotations, coding, query).items.map((item) => item.key)).toEqual(['id:r1', 'id:r2', 'row:4', 'id:r4']);
  });

  it('samples coded comments reproducibly, without repeats, never more than there are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer(), (limit, seed) => {
        const sample = listComments(set, annotations, coding, { ...query, show: 'sample', limit, seed });
        const rows = sample.items.map((item) => item.row);
        expect(new Set(rows).size).toBe(rows.length);
        expect(rows.length).toBe(Math.min(limit, 2));
        expect(rows.every((row) => row === 2 || row === 4)).toBe(true);
        expect(listComments(set, annotations, coding, { ...query, show: 'sample', limit, seed }).items.map((item) => item.row)).toEqual(rows);
      }),
      { numRuns: 100 },
    );
  });
});

describe('describeCommentsOverview', () => {
  const overview: CommentsOverview = {
    total: 812,
    blank: 1188,
    unscored: 4,
    problem: null,
    tooManySegments: null,
    grouping: 'score',
    groups: [{ name: 'Promoters', comments: 400 }],
    ungrouped: 4,
    languages: { analysed: 774, setAside: [{ name: 'Spanish', count: 30 }, { name: 'French', count: 8 }] },
    masking: { email: 12, phone: 5, number: 3 },
    terms: [],
    sentiment: { positive: 300, negative: 200, neutral: 274, notScored: 38, agreement: 'Sentiment and score agree.' },
  };

  it('says how many comments, what was set aside and masked, and what sentiment is', () => {
    expect(describeCommentsOverview(overview, true).map((line) => line.text)).toEqual([
      '812 comments; 1,188 rows of 2,000 left it blank.',
      '4 comments have no score that counts: listed and coded, but in no group’s figures.',
      '38 comments look to be in another language (30 like Spanish and 8 like French): not analysed for phrases, but listed and coded by your rules.',
      'Masked 12 email addresses, 5 phone numbers and 3 long numbers on screen and in downloads.',
      'Sentiment (a word list, a hint only): 300 lean positive, 200 negative, 274 neither (38 in another language not scored). Sentiment and score agree.',
    ]);
  });

  it('says sentiment is being measured until it is', () => {
    expect(describeCommentsOverview({ ...overview, sentiment: null }, true).at(-1)?.text).toBe('Sentiment (a word list, a hint only): being measured…');
  });

  it('warns when masking is off, and when the column is numbers or IDs', () => {
    const lines = describeCommentsOverview({ ...overview, problem: { kind: 'ids', share: 1 } }, false);
    expect(lines.filter((line) => line.warning).map((line) => line.text)).toEqual([
      'This column looks like codes or IDs, not written comments (100% of its values are one word with digits): choose the column of written answers.',
      'Masking is off: 12 email addresses, 5 phone numbers and 3 long numbers show on screen and go into downloads.',
    ]);
  });
});

describe('themes made and checked', () => {
  it('suggests a rule that finds the forms the ranking counted as one', () => {
    expect(suggestThemeFromTerm({ term: 'delivery late', key: 'deliveri late' }, []).rules).toEqual(['deliver* late']);
    expect(suggestThemeFromTerm({ term: 'refunds', key: 'refund' }, []).rules).toEqual(['refund*']);
    expect(suggestThemeFromTerm({ term: 'on hold', key: 'on hold' }, []).rules).toEqual(['on hold']);
    expect(suggestThemeFromTerm({ term: 'refund', key: 'refund' }, [{ id: 'refund', name: 'Refund', rules: [] }]).id).toBe('refund-2');
  });

  it('makes ids from names, unique in the codebook', () => {
    expect(createThemeId('Late delivery!', [])).toBe('late-delivery');
    expect(createThemeId('😀', [])).toBe('theme');
    expect(createThemeId('Price', [{ id: 'price', name: 'Price', rules: [] }, { id: 'price-2', name: 'x', rules: [] }])).toBe('price-3');
  });

  it('refuses a theme with no name, a taken name, no rule or a rule that matches everything, saying which', () => {
    const themes = [{ id: 'price', name: 'Price', rules: ['price'] }];
    const checked = checkThemeDraft({ id: null, name: ' price ', rules: '*\n\n' }, themes);
    expect(checked.ok ? [] : checked.error).toEqual([
      'Another theme is called “price”: choose another name.',
      'Rule 1 (“*”) is only “*”, which matches every comment: write at least one word.',
    ]);
    expect(checkThemeDraft({ id: null, name: '', rules: '' }, themes)).toEqual({ ok: false, error: ['Give the theme a name.', 'Write at least one rule: a word, a phrase or a word with *.'] });
    expect(checkThemeDraft({ id: 'price', name: 'Price', rules: 'price\ncost*\nprice' }, themes)).toEqual({ ok: true, value: { name: 'Price', rules: ['price', 'cost*'] } });
  });
});

describe('getScoreSide', () => {
  it('reads the best group as positive and the worst as negative', () => {
    expect([10, 8, 6].map(getScoreSide({ kind: 'nps' }))).toEqual(['positive', null, 'negative']);
    expect([4, 3].map(getScoreSide({ kind: 'csat', scale: '1-5', threshold: 4 }))).toEqual(['positive', 'negative']);
    expect([5, 4, 3].map(getScoreSide({ kind: 'ces' }))).toEqual(['positive', null, 'negative']);
  });
});
