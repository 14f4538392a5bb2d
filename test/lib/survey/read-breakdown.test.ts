import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectPasteLayout, type TableLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import { forEachRowCells } from '../../../src/lib/metrics/read-column-cells.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { MAX_SEGMENT_VALUES, readBreakdown, sum } from '../../../src/lib/survey/read-breakdown.ts';
import type { DateReader } from '../../../src/lib/survey/read-date.ts';

function tableOf(text: string): TableLayout {
  const layout = detectPasteLayout(text, NPS_SCALE);
  if (layout.kind !== 'table') throw new Error(`expected a table, got ${layout.kind}`);
  return layout;
}

/** A stand-in date reader for ISO dates only: days since 1970 by Date.UTC (the real reader is tested on its own). */
const readIsoDay: DateReader = (cell) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.trim());
  if (cell.trim() === '') return 'empty';
  if (!match) return 'not-a-date';
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
};

/** Counts of 0–10 with the given scores once each. */
function countsOf(...scores: number[]): number[] {
  const counts = new Array<number>(11).fill(0);
  for (const score of scores) counts[score] = (counts[score] ?? 0) + 1;
  return counts;
}

describe('readBreakdown', () => {
  const text = ['NPS,Plan,Date', '9,Pro,2024-01-05', '3,Free,2024-01-05', '10, pro ,2024-01-06', '7,,2024-01-06', 'n/a,Pro,2024-01-07', '8,Free,', '6,Free,soon'].join('\n');

  it('counts each counted answer in its segment (names trimmed, case folded) and on its day', () => {
    const result = readBreakdown(text, tableOf(text), 0, NPS_SCALE, { segmentColumn: 1, dateColumn: 2, readDate: readIsoDay });
    expect(result.parse.kind).toBe('parsed');
    if (result.parse.kind !== 'parsed') return;
    // Six answers count (9, 3, 10, 7, 8, 6); "n/a" is left out of everything.
    expect(result.parse.n).toBe(6);
    expect(result.parse.leftOut).toBe(1);
    expect(result.segments).toEqual({
      kind: 'read',
      column: 1,
      // Free has 3 answers (3, 8, 6), Pro 2 (9, 10): most first; " pro " joins "Pro" (one of each: the first seen names it).
      segments: [
        { name: 'Free', counts: countsOf(3, 8, 6) },
        { name: 'Pro', counts: countsOf(9, 10) },
      ],
      blank: countsOf(7),
      merged: [{ name: 'Pro', spellings: ['pro'] }],
    });
    // 2024-01-05 is day 19727 (Date.UTC(2024, 0, 5) / 86400000).
    expect(result.dates?.days).toEqual([
      { day: 19727, counts: countsOf(9, 3) },
      { day: 19728, counts: countsOf(10, 7) },
    ]);
    expect(result.dates?.blank).toBe(1);
    expect(result.dates?.unread).toBe(1);
    expect(result.dates?.problems).toEqual([{ row: 8, text: 'soon', kind: 'not-a-date' }]);
  });

  it('names a segment by its commonest spelling, not the first seen', () => {
    const joined = 'NPS,Plan\n9,pro\n9,Pro\n8, Pro\n7,PRO';
    const result = readBreakdown(joined, tableOf(joined), 0, NPS_SCALE, { segmentColumn: 1, dateColumn: null, readDate: null });
    expect(result.segments?.kind === 'read' && result.segments.segments.map((segment) => segment.name)).toEqual(['Pro']);
  });

  it('reads the same from UTF-8 bytes as from text', () => {
    const layout = tableOf(text);
    const request = { segmentColumn: 1, dateColumn: 2, readDate: readIsoDay };
    expect(readBreakdown(new TextEncoder().encode(text), layout, 0, NPS_SCALE, request)).toEqual(readBreakdown(text, layout, 0, NPS_SCALE, request));
  });

  it('refuses a segment column with more values than a chart can show, saying how many', () => {
    const rows = ['NPS,Email', ...Array.from({ length: 500 }, (_, index) => `9,person${String(index)}@example.com`)];
    const joined = rows.join('\n');
    const result = readBreakdown(joined, tableOf(joined), 0, NPS_SCALE, { segmentColumn: 1, dateColumn: null, readDate: null });
    expect(result.segments).toEqual({ kind: 'too-many', column: 1, distinct: 500, atLeast: false });
    expect(MAX_SEGMENT_VALUES).toBeLessThan(500);
  });

  it('never loses an answer: segments plus blank, and days plus blank plus unread, add up to n (property)', () => {
    const row = fc.record({
      score: fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), fc.constantFrom('', 'x', '11')),
      plan: fc.constantFrom('A', 'b', 'B ', '', 'C'),
      date: fc.constantFrom('2024-01-01', '2024-02-29', '', 'later'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const joined = ['Score,Plan,Date', ...rows.map((entry) => `${entry.score},${entry.plan},${entry.date}`)].join('\n');
        const layout = detectPasteLayout(joined, NPS_SCALE);
        if (layout.kind !== 'table') return;
        const result = readBreakdown(joined, { ...layout, headerRows: 1 }, 0, NPS_SCALE, { segmentColumn: 1, dateColumn: 2, readDate: readIsoDay });
        const n = result.parse.kind === 'parsed' ? result.parse.n : 0;
        const segments = result.segments?.kind === 'read' ? result.segments : null;
        expect((segments?.segments.reduce((total, segment) => total + sum(segment.counts), 0) ?? 0) + sum(segments?.blank ?? [])).toBe(n);
        const dates = result.dates;
        expect((dates?.days.reduce((total, day) => total + sum(day.counts), 0) ?? 0) + (dates?.blank ?? 0) + (dates?.unread ?? 0)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('forEachRowCells', () => {
  it('gives the asked columns in order, a repeated column twice, and blanks for missing cells, from text and bytes alike', () => {
    const text = 'a,b,c\n1,"x,y",3\n4\n';
    const read = { delimiter: ',' as const, headerRows: 1, columns: [2, 1, 2], idColumn: 0 };
    for (const source of [text, new TextEncoder().encode(text)]) {
      const seen: unknown[] = [];
      forEachRowCells(source, read, (cells, row, getId) => seen.push([[...cells], row, getId()]));
      // Bytes give plain whole numbers as numbers; text gives them as text.
      const three = typeof source === 'string' ? '3' : 3;
      expect(seen).toEqual([
        [[three, 'x,y', three], 2, typeof source === 'string' ? '1' : '1'],
        [['', '', ''], 3, '4'],
      ]);
    }
  });
});
