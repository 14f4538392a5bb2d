import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CommentWordVisitor } from '../../../src/lib/comments/tokenize-comment.ts';
import { forEachCommentWord, forEachSegmentedWord } from '../../../src/lib/comments/tokenize-comment.ts';
import { scanAsciiWords } from '../../../src/lib/comments/ascii-word-scanner.ts';

const collect = (run: (visit: CommentWordVisitor) => void): [string, boolean][] => {
  const words: [string, boolean][] = [];
  run((word, startsSpan) => words.push([word, startsSpan]));
  return words;
};

describe('scanAsciiWords', () => {
  it('joins letters across an apostrophe, full stop or colon, and digits across , ; . and an apostrophe', () => {
    const runs: string[] = [];
    const text = "don't e.g. a:b 1,000 1;2 3.5 a1.b a;b x_y 1'000";
    scanAsciiWords(text, (start, end) => runs.push(text.slice(start, end)));
    expect(runs).toEqual(["don't", 'e.g', 'a:b', '1,000', '1;2', '3.5', 'a1', 'b', 'a', 'b', 'x_y', "1'000"]);
  });

  it('says whether the gap before a word held only spaces, tabs and hyphens', () => {
    const gaps: boolean[] = [];
    scanAsciiWords('a b-c\td, e\nf', (_start, _end, gapIsSoft) => gaps.push(gapIsSoft));
    expect(gaps).toEqual([true, true, true, true, false, false]);
  });
});

describe('the ASCII fast path', { timeout: 30_000 }, () => {
  // The characters where word-boundary rules differ: letters, digits, _, the joiners ' . : , ; and the gaps.
  const tricky = fc.string({ unit: fc.constantFrom(...'aZk09_\'.:,;- \t\n\r!?"()<>/@#&*+=\u0000\u0007\u007f'.split('')), maxLength: 60 });
  const words = fc.array(fc.oneof(fc.constantFrom("don't", 'e.g.', '1,000', 'a:b', '3.5', 'x_1', "rock'n'roll", '--', "''"), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(' '));

  it('finds the same words and spans as Intl.Segmenter on any ASCII text', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, words, fc.string({ unit: 'binary-ascii', maxLength: 80 })), (text) => {
        const fast = collect((visit) => forEachCommentWord(text, visit));
        const segmented = collect((visit) => forEachSegmentedWord(text.toLowerCase(), visit));
        expect(fast).toEqual(segmented);
      }),
      { numRuns: 100 },
    );
  });
});
