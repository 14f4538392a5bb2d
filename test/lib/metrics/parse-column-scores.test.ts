import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectPasteLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import type { TableLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import { parseColumnScores } from '../../../src/lib/metrics/parse-column-scores.ts';
import type { ColumnScoreParse, ParsedColumnScores } from '../../../src/lib/metrics/parse-column-scores.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { anyString } from '../../support/arbitraries.ts';

function table(text: string): TableLayout {
  const layout = detectPasteLayout(text);
  if (layout.kind !== 'table') throw new Error('expected a table');
  return layout;
}

function parsed(result: ColumnScoreParse): ParsedColumnScores {
  if (result.kind !== 'parsed') throw new Error('expected parsed scores');
  return result;
}

describe('parseColumnScores', () => {
  const csv = 'id,score,comment\r\n1,9,"Great, thanks"\r\n2,11,"multi\r\nline"\r\n3,,blank\r\n4,n/a,x\r\n5,10\r\n';

  it('reads the chosen column, skipping the header', () => {
    const result = parsed(parseColumnScores(csv, table(csv), 1, NPS_SCALE));
    expect(result.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(result.n).toBe(2);
    expect(result.column).toBe(1);
    expect(result.blankCells).toBe(1);
  });

  it('reports problems with the row a spreadsheet shows (a two-line comment is one row) and the 1-based column', () => {
    const result = parsed(parseColumnScores(csv, table(csv), 1, NPS_SCALE));
    // Rows: 1 header, 2 "1,9", 3 "2,11" (its comment spans two lines), 4 "3,,blank", 5 "4,n/a" (physical line 6).
    expect(result.issues).toEqual([
      { kind: 'out-of-range', line: 3, column: 2, text: '11', value: 11, min: 0, max: 10 },
      { kind: 'not-a-number', line: 5, column: 2, text: 'n/a' },
    ]);
    expect(result.leftOut).toBe(2);
  });

  it('reads decimal commas in a semicolon table', () => {
    const text = 'Kunde;Wert\nA;4,0\nB;4,5\nC;3';
    const result = parsed(parseColumnScores(text, table(text), 1, { min: 1, max: 5 }));
    expect(result.counts).toEqual([0, 0, 1, 1, 0]);
    expect(result.issues).toEqual([{ kind: 'not-whole', line: 3, column: 2, text: '4,5', value: 4.5 }]);
    expect(result.decimalComma).toBe(true);
  });

  it('reads a header-less tab range from the first row', () => {
    const text = '1001\t9\n1002\t7';
    expect(parsed(parseColumnScores(text, table(text), 1, NPS_SCALE)).n).toBe(2);
  });

  it('reads the table a list layout offers as its alternative', () => {
    const text = '1001;9\n1002;7';
    const layout = detectPasteLayout(text);
    if (layout.kind !== 'list' || layout.alternative === null) throw new Error('expected a list with a table on offer');
    expect(parsed(parseColumnScores(text, layout.alternative, 1, NPS_SCALE)).counts).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0]);
  });

  it('says empty when the column has no values', () => {
    const text = 'a,b,c\n1,,x\n2,,y';
    expect(parseColumnScores(text, table(text), 1, NPS_SCALE)).toEqual({ kind: 'empty' });
  });

  it('refuses a column the table does not have (a programmer error)', () => {
    expect(() => parseColumnScores(csv, table(csv), 3, NPS_SCALE)).toThrowErrorMatchingInlineSnapshot(`[Error: parseColumnScores requires a column from 0 to 2, got 3]`);
  });

  it('never throws on any text with a valid layout', () => {
    const layout = table(csv);
    fc.assert(
      fc.property(anyString(), fc.integer({ min: 0, max: 2 }), (text, column) => {
        parseColumnScores(text, layout, column, NPS_SCALE);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('counts exactly the scores in the column', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 999 })), { minLength: 1, maxLength: 60 }), (rows) => {
        const text = `score\tid\n${rows.map(([score, id]) => `${String(score)}\t${String(id)}`).join('\n')}`;
        const result = parsed(parseColumnScores(text, table(text), 0, NPS_SCALE));
        expect(result.n).toBe(rows.length);
        rows.forEach(([score]) => expect(result.counts[score]).toBeGreaterThan(0));
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
