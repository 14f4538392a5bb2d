import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listMultiThemeComments, listUncodedComments, sampleCodedComments } from '../../../src/lib/comments/check-coding.ts';
import type { CommentCoding } from '../../../src/lib/comments/comment.ts';

const coding = (themes: readonly (readonly number[])[]): CommentCoding => ({ themes, byHand: themes.map(() => false) });
const example = coding([[0], [], [1, 2], [2], [], [0, 2], [1]]);

describe('checking a coding', () => {
  it('lists uncoded comments and comments with several themes', () => {
    expect(listUncodedComments(example)).toEqual([1, 4]);
    expect(listMultiThemeComments(example)).toEqual([2, 5]);
    expect(listUncodedComments(coding([]))).toEqual([]);
  });

  it('samples coded comments only, of one theme when asked, never more than there are', () => {
    expect(sampleCodedComments(example, { size: 100, seed: 1 }).sort()).toEqual([0, 2, 3, 5, 6]);
    expect(sampleCodedComments(example, { size: 100, seed: 1, theme: 2 }).sort()).toEqual([2, 3, 5]);
    expect(sampleCodedComments(example, { size: 2, seed: 1, theme: 2 })).toHaveLength(2);
    expect(sampleCodedComments(example, { size: 5, seed: 1, theme: 9 })).toEqual([]);
  });

  it('takes a size that is not a whole positive number as the nearest sensible one', () => {
    expect(sampleCodedComments(example, { size: -3, seed: 1 })).toEqual([]);
    expect(sampleCodedComments(example, { size: Number.NaN, seed: 1 })).toEqual([]);
    expect(sampleCodedComments(example, { size: 2.9, seed: 1 })).toHaveLength(2);
    expect(sampleCodedComments(example, { size: Number.POSITIVE_INFINITY, seed: 1 })).toEqual([]);
  });

  it('draws the same sample from the same seed, a different one from another, and a larger sample starts with the smaller', () => {
    const many = coding(Array.from({ length: 1000 }, (_, index) => (index % 3 === 0 ? [] : [index % 2])));
    const first = sampleCodedComments(many, { size: 10, seed: 42 });
    expect(sampleCodedComments(many, { size: 10, seed: 42 })).toEqual(first);
    expect(sampleCodedComments(many, { size: 10, seed: 43 })).not.toEqual(first);
    expect(sampleCodedComments(many, { size: 25, seed: 42 }).slice(0, 10)).toEqual(first);
  });

  it('never repeats a comment and picks only from those asked for (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.subarray([0, 1, 2]), { maxLength: 60 }), fc.nat(80), fc.integer(), fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }), (themes, size, seed, theme) => {
        const drawn = sampleCodedComments(coding(themes), theme === undefined ? { size, seed } : { size, seed, theme });
        const eligible = themes.flatMap((entry, index) => ((theme === undefined ? entry.length > 0 : entry.includes(theme)) ? [index] : []));
        expect(new Set(drawn).size).toBe(drawn.length);
        expect(drawn.length).toBe(Math.min(size, eligible.length));
        for (const index of drawn) expect(eligible).toContain(index);
      }),
      { numRuns: 100 },
    );
  }, 20_000);

  it('gives every coded comment a fair chance (each of 4 drawn first about a quarter of 4,000 seeds)', () => {
    const four = coding([[0], [0], [0], [0]]);
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed += 1) {
      const first = sampleCodedComments(four, { size: 1, seed })[0] ?? 0;
      firsts[first] = (firsts[first] ?? 0) + 1;
    }
    // Binomial(4000, 1/4): sd ≈ 27; 6 sd either side of 1000.
    for (const count of firsts) expect(Math.abs(count - 1000)).toBeLessThan(165);
  });
});
