import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCodebook } from '../../../src/lib/comments/apply-codebook.ts';
import type { Codebook, SurveyComment, Theme } from '../../../src/lib/comments/comment.ts';
import { indexCommentWords } from '../../../src/lib/comments/comment-words-index.ts';
import { describeCodebookWarning } from '../../../src/lib/comments/describe-codebook-warning.ts';

const comment = (row: number, text: string, responseId = ''): SurveyComment => ({ row, responseId, text, score: null, group: -1 });
const theme = (id: string, rules: readonly string[], name = id): Theme => ({ id, name, rules });
/** Which of these texts one rule matches (by position). */
function matching(rule: string, texts: readonly string[]): number[] {
  const applied = applyCodebook(texts.map((text, index) => comment(index + 2, text)), { themes: [theme('t', [rule])], handCodes: {} });
  return applied.coding.themes.flatMap((themes, index) => (themes.length > 0 ? [index] : []));
}

describe('applyCodebook: what a rule matches', () => {
  it('matches whole words, case-insensitively, not parts of words', () => {
    expect(matching('late', ['LATE again', 'lately fine', 'it was late.', 'Late!'])).toEqual([0, 2, 3]);
  });

  it('matches wildcards at the end, start, middle and both ends', () => {
    const texts = ['Delivery slow', 'delivered', 'surcharge added', 'charges', 'colour', 'color', 'colder', 'undelivered'];
    expect(matching('deliver*', texts)).toEqual([0, 1]);
    expect(matching('*charge', texts)).toEqual([2]);
    expect(matching('*charge*', texts)).toEqual([2, 3]);
    expect(matching('colo*r', texts)).toEqual([4, 5]);
    expect(matching('*deliver*', texts)).toEqual([0, 1, 7]);
  });

  it('matches phrases in order and next to each other, whatever punctuation is between', () => {
    const texts = ['late delivery', 'Late, delivery!', 'delivery late', 'late slow delivery', 'late\n\ndelivery', 'so late - delivery…'];
    expect(matching('late delivery', texts)).toEqual([0, 1, 4, 5]);
    expect(matching('"late delivery"', texts)).toEqual([0, 1, 4, 5]);
    expect(matching('late deliver*', ['late delivered', 'late for delivery'])).toEqual([0]);
    expect(matching('too *pensive', ['Too expensive!', 'too pensive', 'too cheap'])).toEqual([0, 1]);
  });

  it('finds a phrase anywhere in a comment, also when its first word repeats', () => {
    expect(matching('late late delivery', ['late late late delivery', 'late late', 'delivery late late delivery'])).toEqual([0, 2]);
  });

  it('folds apostrophes, keeps accents, ignores emoji and reads the text of HTML', () => {
    expect(matching("don't", ['I don’t like it', "don't", 'dont'])).toEqual([0, 1]);
    expect(matching('don’t like', ["I don't like it"])).toEqual([0]);
    expect(matching('café', ['Café bar', 'cafe bar'])).toEqual([0]);
    expect(matching('caf*', ['Café bar', 'cafe bar'])).toEqual([0, 1]);
    expect(matching('great service', ['great 👍 service', 'great👍service'])).toEqual([0, 1]);
    expect(matching('great service', ['<p>Great <b>service</b></p>'])).toEqual([]);
    expect(matching('service', ['<p>Great <b>service</b></p>'])).toEqual([0]);
    expect(matching('e-mail', ['E-mail never came', 'email never came'])).toEqual([0]);
  });

  it('matches in a 10,000-character comment, at its end', () => {
    const long = `${'fine words here '.repeat(624)}late delivery`;
    expect(long.length).toBe(10_000 - 3);
    expect(matching('late delivery', [long])).toEqual([0]);
  });
});

describe('applyCodebook: coding and counts', () => {
  const comments = [
    comment(2, 'Too expensive and delivery was late', 'R1'),
    comment(3, 'Delivery late again', 'R2'),
    comment(4, 'Great staff'),
    comment(5, 'expensive'),
  ];
  const themes = [theme('price', ['expensive', 'pric*'], 'Price'), theme('delivery', ['deliver*', 'late delivery'], 'Delivery'), theme('staff', ['staff'], 'Staff')];

  it('codes each comment with its themes in codebook order, and counts per theme and per rule', () => {
    const applied = applyCodebook(comments, { themes, handCodes: {} });
    expect(applied.coding).toEqual({ themes: [[0, 1], [1], [2], [0]], byHand: [false, false, false, false] });
    expect(applied.perTheme).toEqual([
      { matched: 2, matchedByRules: 2, byRule: [2, 0] },
      { matched: 2, matchedByRules: 2, byRule: [2, 0] },
      { matched: 1, matchedByRules: 1, byRule: [1] },
    ]);
  });

  it('lets a hand code win over the rules, by response ID or row, and an empty hand code means no theme', () => {
    const applied = applyCodebook(comments, { themes, handCodes: { 'id:R1': ['staff'], 'row:4': [], 'row:2': ['price'] } });
    // 'row:2' does not name comment 1: it has a response ID, so its key is 'id:R1'.
    expect(applied.coding).toEqual({ themes: [[2], [1], [], [0]], byHand: [true, false, true, false] });
    expect(applied.perTheme.map((counts) => [counts.matched, counts.matchedByRules])).toEqual([[1, 2], [1, 2], [1, 1]]);
  });

  it('orders and dedupes a hand code’s themes', () => {
    const applied = applyCodebook(comments, { themes, handCodes: { 'id:R2': ['staff', 'price', 'staff'] } });
    expect(applied.coding.themes[1]).toEqual([0, 2]);
  });

  it('ignores theme ids that no longer exist, says how many comments, and gives a comment left with none back to the rules', () => {
    const applied = applyCodebook(comments, { themes, handCodes: { 'id:R1': ['gone', 'staff'], 'id:R2': ['gone', 'old'] } });
    expect(applied.coding.themes.slice(0, 2)).toEqual([[2], [1]]);
    expect(applied.coding.byHand.slice(0, 2)).toEqual([true, false]);
    expect(applied.warnings[0]).toEqual({ kind: 'unknown-hand-code-themes', comments: 2, themeIds: ['gone', 'old'] });
    expect(describeCodebookWarning(applied.warnings[0]!, themes, 'en-GB')).toBe('Hand codes of 2 comments name themes the codebook no longer has (“gone”, “old”); those are ignored.');
  });

  it('warns about a broad theme, a rule that matches nothing and a rule that cannot be used, in codebook order', () => {
    const many = Array.from({ length: 20 }, (_, index) => comment(index + 2, index === 0 ? 'fine' : 'the price is high'));
    const codebook: Codebook = { themes: [theme('p', ['price', 'nothing here', 'a*'], 'Price')], handCodes: {} };
    const applied = applyCodebook(many, codebook);
    expect(applied.warnings).toEqual([
      { kind: 'rule-matches-nothing', theme: 0, rule: 1 },
      { kind: 'invalid-rule', theme: 0, rule: 2, error: { kind: 'too-broad', word: 'a*' } },
      { kind: 'broad-theme', theme: 0, share: 0.95 },
    ]);
    expect(applied.warnings.map((warning) => describeCodebookWarning(warning, codebook.themes, 'en-GB'))).toEqual([
      'Theme “Price”: rule “nothing here” matches no comment.',
      'Theme “Price”: rule “a*” has “a*”, which is too broad: a word with * needs at least 2 other letters; it is not applied.',
      'Theme “Price” matches 95% of comments: check its rules.',
    ]);
  });

  it('does not call a theme broad below 10 comments, nor warn about rules when there are no comments', () => {
    expect(applyCodebook(comments.slice(3), { themes, handCodes: {} }).warnings.some((warning) => warning.kind === 'broad-theme')).toBe(false);
    expect(applyCodebook([], { themes, handCodes: {} })).toEqual({ coding: { themes: [], byHand: [] }, perTheme: themes.map((entry) => ({ matched: 0, matchedByRules: 0, byRule: entry.rules.map(() => 0) })), warnings: [] });
  });

  it('reuses a words index, and rebuilds one made for another list', () => {
    const index = indexCommentWords(comments);
    expect(applyCodebook(comments, { themes, handCodes: {} }, index)).toEqual(applyCodebook(comments, { themes, handCodes: {} }));
    expect(applyCodebook(comments, { themes, handCodes: {} }, indexCommentWords(comments.slice(1)))).toEqual(applyCodebook(comments, { themes, handCodes: {} }));
  });
});

describe('applyCodebook: properties', () => {
  const WORDS = ['late', 'delivery', 'delivered', 'price', 'expensive', 'staff', 'rude', 'great', 'app', 'crash'];
  const arbitraryComment = fc.record({
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
    responseId: fc.constantFrom('', 'A', 'B', 'C', 'D'),
  });
  const arbitraryComments = fc.uniqueArray(arbitraryComment, { maxLength: 30, selector: (entry) => entry.responseId || entry.words.join(' ') }).map((entries) =>
    entries.map((entry, index) => comment(index + 2, `${entry.words.join(', ')}!`, entry.responseId)),
  );
  const codebook: Codebook = {
    themes: [theme('d', ['deliver*', 'late']), theme('p', ['price', 'expensive']), theme('s', ['rude staff', 'staff']), theme('a', ['app crash*'])],
    handCodes: {},
  };

  it('counts per theme do not depend on the order of the comments', () => {
    fc.assert(
      fc.property(arbitraryComments, fc.integer(), (comments, seed) => {
        const shuffled = [...comments].sort((left, right) => ((left.row * 7919 + seed) % 101) - ((right.row * 7919 + seed) % 101));
        expect(applyCodebook(shuffled, codebook).perTheme).toEqual(applyCodebook(comments, codebook).perTheme);
      }),
      { numRuns: 100 },
    );
  }, 20_000);

  it('applying the same codebook twice gives the same coding', () => {
    fc.assert(
      fc.property(arbitraryComments, (comments) => {
        const index = indexCommentWords(comments);
        expect(applyCodebook(comments, codebook, index)).toEqual(applyCodebook(comments, codebook, index));
      }),
      { numRuns: 100 },
    );
  }, 20_000);

  it('a hand code always wins: the comment has exactly its themes', () => {
    fc.assert(
      fc.property(arbitraryComments, fc.nat(), fc.subarray(['d', 'p', 's', 'a']), (comments, pick, ids) => {
        fc.pre(comments.length > 0);
        const target = comments[pick % comments.length]!;
        const key = target.responseId === '' ? `row:${String(target.row)}` : `id:${target.responseId}`;
        const applied = applyCodebook(comments, { ...codebook, handCodes: { [key]: ids } });
        const position = comments.indexOf(target);
        expect(applied.coding.themes[position]).toEqual(ids.map((id) => codebook.themes.findIndex((entry) => entry.id === id)).sort((left, right) => left - right));
        expect(applied.coding.byHand[position]).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 20_000);

  it('matches what a plain scan of each comment’s words finds', () => {
    fc.assert(
      fc.property(arbitraryComments, (comments) => {
        const applied = applyCodebook(comments, { themes: [theme('x', ['late delivery', 'staff'])], handCodes: {} });
        comments.forEach((entry, position) => {
          const words = entry.text.replace(/[,!]/g, '').split(' ');
          const expected = words.includes('staff') || words.some((word, at) => word === 'late' && words[at + 1] === 'delivery');
          expect(applied.coding.themes[position]).toEqual(expected ? [0] : []);
        });
      }),
      { numRuns: 100 },
    );
  }, 20_000);
});
