import { describe, expect, it } from 'vitest';
import { scanAsciiWords } from '../../../src/lib/comments/ascii-word-scanner.ts';

// Sameness with Intl.Segmenter on random ASCII text is the property test in comment-words.test.ts.
describe('scanAsciiWords', () => {
  it('joins letters across an apostrophe, full stop or colon, and digits across , ; . and an apostrophe', () => {
    const runs: string[] = [];
    const text = "don't e.g. a:b 1,000 1;2 3.5 a1.b a;b x_y 1'000";
    scanAsciiWords(text, (start, end) => runs.push(text.slice(start, end)));
    expect(runs).toEqual(["don't", 'e.g', 'a:b', '1,000', '1;2', '3.5', 'a1', 'b', 'a', 'b', 'x_y', "1'000"]);
  });

  it('says whether a hard break (anything but spaces, tabs and hyphens) came before a word', () => {
    const breaks: boolean[] = [];
    scanAsciiWords('a b-c\td, e\nf _ g', (_start, _end, afterBreak) => breaks.push(afterBreak));
    expect(breaks).toEqual([true, false, false, false, true, true, true]);
  });

  it('reads a lone "_" as a hard gap and longer underscore runs as words', () => {
    const runs: string[] = [];
    const text = '_ __ _a a_ _';
    scanAsciiWords(text, (start, end) => runs.push(text.slice(start, end)));
    expect(runs).toEqual(['__', '_a', 'a_']);
  });
});
