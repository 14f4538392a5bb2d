import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScores } from '../../../src/lib/metrics/parse-scores.ts';
import type { ParsedScores, ScoreParse } from '../../../src/lib/metrics/score-tally.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { describeScoreIssue } from '../../../src/lib/metrics/score-issue.ts';
import { anyString } from '../../support/arbitraries.ts';

const CSAT_5 = { min: 1, max: 5 };

function parsed(result: ScoreParse): ParsedScores {
  if (result.kind !== 'parsed') throw new Error('expected parsed scores');
  return result;
}

/** Counts of 0..10 from a list of scores, for comparison. */
function histogram(scores: readonly number[]): number[] {
  const counts = new Array<number>(11).fill(0);
  for (const score of scores) counts[score] = (counts[score] ?? 0) + 1;
  return counts;
}

describe('parseScores', () => {
  it('treats empty input as its own kind, not an error', () => {
    for (const text of ['', '   ', '\n\n', '\r\n \t', '\ufeff', ',;,', '""', '\u00a0']) {
      expect(parseScores(text, NPS_SCALE), JSON.stringify(text)).toEqual({ kind: 'empty' });
    }
  });

  it('counts one score per line', () => {
    const result = parsed(parseScores('10\n9\n6\n9', NPS_SCALE));
    expect(result.counts).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1]);
    expect(result.n).toBe(4);
    expect(result.leftOut).toBe(0);
    expect(result.issues).toEqual([]);
    expect(result.decimalComma).toBe(false);
    expect(result.scale).toEqual({ min: 0, max: 10 });
  });

  it('accepts commas, semicolons, tabs and spaces, mixed', () => {
    expect(parsed(parseScores('9, 10, 8; 7\t6 5', NPS_SCALE)).counts).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(parsed(parseScores('9,10,8', NPS_SCALE)).n).toBe(3);
    expect(parsed(parseScores('9;10;8', NPS_SCALE)).n).toBe(3);
    expect(parsed(parseScores('9\t10\t8', NPS_SCALE)).n).toBe(3);
    expect(parsed(parseScores('9 10  8', NPS_SCALE)).n).toBe(3);
  });

  it('handles Windows and old Mac line ends, a byte-order mark and blank lines', () => {
    const result = parsed(parseScores('\ufeff9\r\n10\r\n\r\n\r\nabc\r7', NPS_SCALE));
    expect(result.n).toBe(3);
    expect(result.issues).toEqual([{ kind: 'not-a-number', line: 5, text: 'abc' }]);
  });

  it('skips empty values between separators', () => {
    expect(parsed(parseScores('9,,10,;;8', NPS_SCALE)).n).toBe(3);
  });

  it('reads quoted CSV values, whose commas do not separate', () => {
    const result = parsed(parseScores('"9","10"\n"4,0"', NPS_SCALE));
    expect(result.counts[9]).toBe(1);
    expect(result.counts[10]).toBe(1);
    expect(result.counts[4]).toBe(1);
    expect(result.n).toBe(3);
  });

  it('reads "4,5" alone on a line as 4.5 and "4,5,6" as three values', () => {
    const alone = parsed(parseScores('4,5', NPS_SCALE));
    expect(alone.decimalComma).toBe(true);
    expect(alone.issues).toEqual([{ kind: 'not-whole', line: 1, text: '4,5', value: 4.5 }]);
    const three = parsed(parseScores('4,5,6', NPS_SCALE));
    expect(three.decimalComma).toBe(false);
    expect(three.counts).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0]);
  });

  it('reads every comma as a separator when told to', () => {
    const between = parsed(parseScores('10,9\n8,7', NPS_SCALE, { commas: 'separators' }));
    expect(between.decimalComma).toBe(false);
    expect(between.n).toBe(4);
    expect(between.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    // The default reads the same text as two decimals, both left out with their line.
    const decimals = parsed(parseScores('10,9\n8,7', NPS_SCALE));
    expect(decimals.n).toBe(0);
    expect(decimals.issues.map((issue) => [issue.kind, issue.line])).toEqual([['out-of-range', 1], ['not-whole', 2]]);
  });

  it('reads a column of decimal commas, whole ones included', () => {
    const result = parsed(parseScores('4,0\n3,0\n5\n4,5', CSAT_5));
    expect(result.counts).toEqual([0, 0, 1, 1, 1]);
    expect(result.leftOutByKind['not-whole']).toBe(1);
  });

  it('reads the whole paste by one comma rule', () => {
    const result = parsed(parseScores('9,10,8\n7,9', NPS_SCALE));
    expect(result.n).toBe(5);
    expect(result.decimalComma).toBe(false);
  });

  it('reports each kind of problem with its line and keeps the valid values', () => {
    const result = parsed(parseScores('9\nn/a\n11\n4.5\n-1\n10.5\n7', NPS_SCALE));
    expect(result.n).toBe(2);
    expect(result.leftOut).toBe(5);
    expect(result.leftOutByKind).toEqual({ 'not-a-number': 1, 'out-of-range': 3, 'not-whole': 1 });
    expect(result.issues).toEqual([
      { kind: 'not-a-number', line: 2, text: 'n/a' },
      { kind: 'out-of-range', line: 3, text: '11', value: 11, min: 0, max: 10 },
      { kind: 'not-whole', line: 4, text: '4.5', value: 4.5 },
      { kind: 'out-of-range', line: 5, text: '-1', value: -1, min: 0, max: 10 },
      { kind: 'out-of-range', line: 6, text: '10.5', value: 10.5, min: 0, max: 10 },
    ]);
  });

  it('describes problems in plain words', () => {
    const result = parsed(parseScores('abc\n12\n"4,5"', NPS_SCALE));
    expect(result.issues.map(describeScoreIssue)).toMatchInlineSnapshot(`
      [
        "Line 1: "abc" is not a number",
        "Line 2: "12" is outside the scale 0–10",
        "Line 3: "4,5" is not a whole number",
      ]
    `);
  });

  it('keeps words separated by spaces together as one problem', () => {
    const result = parsed(parseScores('9 did not answer, 10\nvery likely 8', NPS_SCALE));
    expect(result.n).toBe(3);
    expect(result.issues.map((issue) => issue.text)).toEqual(['did not answer', 'very likely']);
  });

  it('checks the range of the chosen scale', () => {
    const result = parsed(parseScores('0 1 5 6', CSAT_5));
    expect(result.counts).toEqual([1, 0, 0, 0, 1]);
    expect(result.issues.map((issue) => issue.kind)).toEqual(['out-of-range', 'out-of-range']);
  });

  it('accepts whole numbers written with decimals, signs and leading zeros', () => {
    expect(parsed(parseScores('9.0 +8 007 -0', NPS_SCALE)).counts).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0]);
  });

  it('reports very long digit runs as out of range', () => {
    const result = parsed(parseScores('99999999999999999999\n9', NPS_SCALE));
    expect(result.n).toBe(1);
    expect(result.issues[0]?.kind).toBe('out-of-range');
  });

  it('still parses when nothing is valid, with n = 0', () => {
    const result = parsed(parseScores('abc\nxyz', NPS_SCALE));
    expect(result.n).toBe(0);
    expect(result.leftOut).toBe(2);
  });

  it('keeps only the first problems but counts them all', () => {
    const text = Array.from({ length: 50 }, () => 'x').join('\n');
    const result = parsed(parseScores(text, NPS_SCALE, { maxIssues: 10 }));
    expect(result.issues).toHaveLength(10);
    expect(result.leftOut).toBe(50);
    expect(result.issues[9]?.line).toBe(10);
  });

  it('cuts long bad values to a short excerpt', () => {
    const result = parsed(parseScores(`${'a'.repeat(100)}\n9`, NPS_SCALE));
    expect(result.issues[0]?.text).toBe(`${'a'.repeat(40)}…`);
  });

  it('ends an unclosed quote at the end of its line', () => {
    const result = parsed(parseScores('"9\n10', NPS_SCALE));
    expect(result.n).toBe(1);
    expect(result.issues).toEqual([{ kind: 'not-a-number', line: 1, text: '"9' }]);
  });

  it('refuses a scale that is not whole numbers (a programmer error)', () => {
    expect(() => parseScores('1', { min: 1, max: 0.5 })).toThrowErrorMatchingInlineSnapshot(`[Error: parseScores requires a scale of whole numbers with min <= max and at most 1001 points, got 1 to 0.5]`);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseScores(text, NPS_SCALE);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 1_000 },
    );
    fc.assert(
      fc.property(anyString(), (text) => {
        parseScores(text, NPS_SCALE);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 1_000 },
    );
  });

  it('never throws on mixtures of digits, separators, quotes and marks, and its totals add up', () => {
    const piece = fc.constantFrom('0', '1', '4', '9', '10', '11', '-', '+', '.', ',', ';', '\t', ' ', '\n', '\r', '\r\n', '"', '""', 'a', '4,5', '\ufeff', '\u00a0', '\u2212', 'é', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const result = parseScores(pieces.join(''), NPS_SCALE);
        if (result.kind === 'parsed') {
          expect(result.counts.reduce((sum, count) => sum + count, 0)).toBe(result.n);
          const byKind = result.leftOutByKind;
          expect(byKind['not-a-number'] + byKind['out-of-range'] + byKind['not-whole']).toBe(result.leftOut);
          expect(result.issues.length).toBe(Math.min(result.leftOut, 1000));
          expect(result.n + result.leftOut).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('counts exactly the scores written, whatever the separators', () => {
    const separator = fc.constantFrom('\n', '\r\n', ';', '\t', ' ', ', ', ' ,', ';\n', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), separator), { minLength: 1, maxLength: 100 }), (items) => {
        const text = items.map(([score, between]) => `${String(score)}${between}`).join('');
        const result = parsed(parseScores(text, NPS_SCALE));
        expect(result.counts).toEqual(histogram(items.map(([score]) => score)));
        expect(result.n).toBe(items.length);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('gives the same counts whatever the order of the answers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -3, max: 14 }).map(String), fc.constantFrom('n/a', '4.5', 'x')), { maxLength: 80 }),
        fc.infiniteStream(fc.integer()),
        (values, randomness) => {
          const shuffled = [...values];
          const random = randomness[Symbol.iterator]();
          for (let index = shuffled.length - 1; index > 0; index -= 1) {
            const swap = Math.abs(random.next().value as number) % (index + 1);
            [shuffled[index], shuffled[swap]] = [shuffled[swap] as string, shuffled[index] as string];
          }
          const before = parseScores(values.join('\n'), NPS_SCALE);
          const after = parseScores(shuffled.join('\n'), NPS_SCALE);
          if (before.kind === 'empty') {
            expect(after.kind).toBe('empty');
            return;
          }
          const reordered = parsed(after);
          expect(reordered.counts).toEqual(before.counts);
          expect(reordered.leftOut).toBe(before.leftOut);
          expect(reordered.leftOutByKind).toEqual(before.leftOutByKind);
        },
      ),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('reports one problem per bad line, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), fc.constantFrom('x', 'n/a', '11', '2.5')), { minLength: 1, maxLength: 50 }), (values) => {
        const result = parsed(parseScores(values.join('\r\n'), NPS_SCALE));
        const badLines = values.flatMap((value, index) => (/^\d+$/.test(value) && Number(value) <= 10 ? [] : [index + 1]));
        expect(result.issues.map((issue) => issue.line)).toEqual(badLines);
        expect(result.n + result.leftOut).toBe(values.length);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  // The reader works through the text in slices of 4,096 characters: lines of every kind, with every line end, fall
  // across the slice ends here; counts and problem lines must be as if it were read in one go.
  it('reads texts far longer than its 4,096-character slices as one, problem lines included', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 10 }).map(String),
      fc.constantFrom('N/A', '11', '2.5', '10 - Extremely likely', '"9"', '9;10', '', '   ', '0000000000000000000007'),
    );
    fc.assert(
      // One line end per text: a lone CR before an empty line's LF would read as one CRLF.
      fc.property(fc.array(value, { minLength: 2_000, maxLength: 6_000 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, lineEnd) => {
        const text = lines.map((line) => line + lineEnd).join('');
        const result = parsed(parseScores(text, NPS_SCALE));
        const expectedCounts = new Array<number>(11).fill(0);
        const badLines: number[] = [];
        lines.forEach((line, index) => {
          const scores = line === '10 - Extremely likely' ? [10] : line === '"9"' ? [9] : line === '9;10' ? [9, 10] : line === '0000000000000000000007' ? [7] : /^\d+$/.test(line) && Number(line) <= 10 ? [Number(line)] : [];
          for (const score of scores) expectedCounts[score] = (expectedCounts[score] ?? 0) + 1;
          if (scores.length === 0 && line.trim() !== '') badLines.push(index + 1);
        });
        expect(result.counts).toEqual(expectedCounts);
        expect(result.issues.map((issue) => issue.line)).toEqual(badLines.slice(0, 1000));
      }),
      { numRuns: 30, interruptAfterTimeLimit: 5_000 },
    );
  });
});
