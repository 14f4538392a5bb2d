import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexCommentTerms } from '../../../src/lib/comments/comment-term-index.ts';
import type { DistinctiveTermOptions, GroupTerms } from '../../../src/lib/comments/distinctive-terms.ts';
import { findDistinctiveTerms, rankDistinctiveTerms } from '../../../src/lib/comments/distinctive-terms.ts';

/** Written by test/fixtures/comments/fightin_words_reference.py (independent Python, formulas from the paper). */
type ReferenceTerm = { key: string; words: number; inGroup: number; inOthers: number; delta: number; z: number };
type Reference = {
  comments: string[];
  groups: number[];
  corpusTotal: number;
  defaultPrior: ReferenceTerm[][];
  everyTerm: ReferenceTerm[][];
  priorSeven: ReferenceTerm[][];
};
const reference = JSON.parse(readFileSync(new URL('../../fixtures/comments/fightin-words-expected.json', import.meta.url), 'utf8')) as Reference;

function expectToMatchReference(actual: readonly GroupTerms[], expected: readonly ReferenceTerm[][]): void {
  expect(actual.map((group) => group.terms.map((term) => term.key))).toEqual(expected.map((group) => group.map((term) => term.key)));
  actual.forEach((group, groupIndex) => {
    group.terms.forEach((term, termIndex) => {
      const want = expected[groupIndex]?.[termIndex];
      expect([term.words, term.inGroup, term.inOthers]).toEqual([want?.words, want?.inGroup, want?.inOthers]);
      expect(Math.abs(term.delta - (want?.delta ?? Number.NaN))).toBeLessThan(1e-9);
      expect(Math.abs(term.z - (want?.z ?? Number.NaN))).toBeLessThan(1e-9);
    });
  });
}

describe('findDistinctiveTerms against the Python reference', () => {
  const index = indexCommentTerms(reference.comments);

  it('reads the same terms as the reference (105 comment-terms)', () => {
    expect(index.termIds.length).toBe(reference.corpusTotal);
  });

  it('ranks each group like the reference with the default prior (min count 2, min z 0.5)', () => {
    expectToMatchReference(rankDistinctiveTerms(index, reference.groups, 3, { minCount: 2, minZ: 0.5 }), reference.defaultPrior);
  });

  it('scores every term like the reference, phrases standing for the words inside them', () => {
    expectToMatchReference(rankDistinctiveTerms(index, reference.groups, 3, { minCount: 1, minZ: -1e300, maxTerms: 1000 }), reference.everyTerm);
  });

  it('uses a given prior total and stops at maxTerms', () => {
    expectToMatchReference(rankDistinctiveTerms(index, reference.groups, 3, { minCount: 1, minZ: -1e300, maxTerms: 5, priorTotal: 7 }), reference.priorSeven);
  });

  it('counts the comment in no group among the others but in no group', () => {
    const groups = rankDistinctiveTerms(index, reference.groups, 3, { minCount: 1, minZ: -1e300, maxTerms: 1000 });
    expect(groups.map((group) => group.comments)).toEqual([5, 3, 5]);
    // "great" is in 5 comments of group 0 and in the one comment in no group.
    expect(groups[0]?.terms.find((term) => term.key === 'great')).toMatchObject({ inGroup: 5, inOthers: 1 });
  });
});

describe('findDistinctiveTerms', () => {
  const detractor = ['Waited on hold for an hour', 'waited on hold again', 'Charged twice, waited on hold', 'still waiting on hold'];
  const promoter = ['Friendly staff', 'friendly staff and quick', 'quick delivery', 'friendly helpful staff'];

  it('finds the phrase once rather than each word of it', () => {
    const [promoters, detractors] = findDistinctiveTerms([...promoter, ...detractor], [0, 0, 0, 0, 1, 1, 1, 1], 2, { minCount: 3, minZ: 1 });
    expect(detractors?.terms.map((term) => term.term)).toEqual(['waited on hold']);
    expect(promoters?.terms.map((term) => term.term)).toEqual(['friendly', 'staff']);
  });

  it('shows a term in its commonest written form, keyed by stems', () => {
    const texts = ['charged twice', 'charges twice', 'charged twice', 'fine', 'fine', 'fine'];
    const [charged] = findDistinctiveTerms(texts, [0, 0, 0, 1, 1, 1], 2, { minCount: 3, minZ: 0 });
    expect(charged?.terms[0]).toMatchObject({ term: 'charged twice', key: 'charg twice', words: 2, inGroup: 3, inOthers: 0 });
  });

  it('counts a term once per comment however often it is said', () => {
    const [angry] = findDistinctiveTerms(['late. late! late, late', 'fine', 'fine', 'good'], [0, 1, 1, 1], 2, { minCount: 1, minZ: -1e300 });
    expect(angry?.terms.map((term) => [term.key, term.inGroup])).toEqual([['late', 1]]);
  });

  it('has nothing to compare with fewer than two groups with comments', () => {
    expect(findDistinctiveTerms(detractor, [0, 0, 0, 0], 2)).toEqual([
      { group: 0, comments: 4, terms: [] },
      { group: 1, comments: 0, terms: [] },
    ]);
    expect(findDistinctiveTerms(detractor, [-1, -1, 0, -1], 1)).toEqual([{ group: 0, comments: 1, terms: [] }]);
    expect(findDistinctiveTerms([], [], 3)).toEqual([
      { group: 0, comments: 0, terms: [] },
      { group: 1, comments: 0, terms: [] },
      { group: 2, comments: 0, terms: [] },
    ]);
  });

  it('treats groups out of range, missing or not whole as no group, and a bad group count as none', () => {
    const groups = findDistinctiveTerms([...promoter, ...detractor], [0, 0, 0, 0, 1, 1, 7, Number.NaN], 2, { minCount: 1 });
    expect(groups.map((group) => group.comments)).toEqual([4, 2]);
    expect(findDistinctiveTerms(promoter, [0, 1], 2).map((group) => group.comments)).toEqual([1, 1]);
    expect(findDistinctiveTerms(promoter, [0, 0, 1, 1], 1.5)).toEqual([]);
    expect(findDistinctiveTerms(promoter, [0, 0, 1, 1], -2)).toEqual([]);
    expect(findDistinctiveTerms(promoter, [0, 0, 1, 1], Number.POSITIVE_INFINITY)).toEqual([]);
  });

  it('falls back to the defaults for options that make no sense', () => {
    const texts = [...promoter, ...detractor];
    const groupOf = [0, 0, 0, 0, 1, 1, 1, 1];
    const defaults = findDistinctiveTerms(texts, groupOf, 2);
    const bad: DistinctiveTermOptions = { maxTerms: -1, minCount: Number.NaN, minZ: Number.NaN, priorTotal: -5 };
    expect(findDistinctiveTerms(texts, groupOf, 2, bad)).toEqual(defaults);
    expect(findDistinctiveTerms(texts, groupOf, 2, { maxTerms: 0 }).every((group) => group.terms.length === 0)).toBe(true);
  });
});

describe('findDistinctiveTerms properties', { timeout: 30_000 }, () => {
  const WORDS = ['late', 'rude', 'refund', 'great', 'staff', 'the', 'on', 'hold', 'not', 'app', 'crash', 'charged', 'charges', 'twice', '42', 'é'];
  const comment = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('. ', ', ', ' ', '\n', '!')), { maxLength: 12 }).map((parts) => parts.join(' '));
  const corpus = fc.array(fc.tuple(comment, fc.integer({ min: -1, max: 2 })), { maxLength: 30 });
  const everything: DistinctiveTermOptions = { minCount: 1, minZ: Number.NEGATIVE_INFINITY, maxTerms: 1000 };

  it('does not depend on the order of the comments', () => {
    fc.assert(
      fc.property(corpus, fc.infiniteStream(fc.nat()), (rows, draws) => {
        const shuffled = rows.map((row) => ({ row, sortKey: draws.next().value as number })).sort((left, right) => left.sortKey - right.sortKey).map(({ row }) => row);
        const run = (list: typeof rows) => findDistinctiveTerms(list.map(([text]) => text), list.map(([, group]) => group), 3, everything);
        expect(run(shuffled)).toEqual(run(rows));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the ranking when every comment is doubled: same δ, z times √2', () => {
    fc.assert(
      fc.property(corpus, (rows) => {
        const texts = rows.map(([text]) => text);
        const groupOf = rows.map(([, group]) => group);
        const once = findDistinctiveTerms(texts, groupOf, 3, everything);
        const twice = findDistinctiveTerms([...texts, ...texts], [...groupOf, ...groupOf], 3, everything);
        expect(twice.map((group) => group.terms.map((term) => term.key))).toEqual(once.map((group) => group.terms.map((term) => term.key)));
        twice.forEach((group, groupIndex) =>
          group.terms.forEach((term, termIndex) => {
            const before = once[groupIndex]?.terms[termIndex];
            expect(term.inGroup).toBe(2 * (before?.inGroup ?? Number.NaN));
            expect(term.delta).toBeCloseTo(before?.delta ?? Number.NaN, 12);
            expect(term.z).toBeCloseTo(Math.SQRT2 * (before?.z ?? Number.NaN), 10);
          }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('never gives NaN or Infinity, whatever the text, groups and options', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(comment, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double()))),
        fc.record({ minCount: fc.double(), minZ: fc.double(), maxTerms: fc.integer({ min: -1, max: 50 }), priorTotal: fc.double() }, { requiredKeys: [] }),
        (rows, options) => {
          const groups = findDistinctiveTerms(rows.map(([text]) => text), rows.map(([, group]) => group), 3, options);
          for (const term of groups.flatMap((group) => group.terms)) {
            expect([term.delta, term.z, term.inGroup, term.inOthers].every(Number.isFinite)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
