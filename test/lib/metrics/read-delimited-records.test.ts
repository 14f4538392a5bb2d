import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachDelimitedRecord, isBlankRecordText } from '../../../src/lib/metrics/read-delimited-records.ts';
import type { TableDelimiter } from '../../../src/lib/metrics/read-delimited-records.ts';
import { anyString } from '../../support/arbitraries.ts';

function readAll(text: string, delimiter: TableDelimiter): { cells: readonly string[]; line: number }[] {
  const records: { cells: readonly string[]; line: number }[] = [];
  forEachDelimitedRecord(text, delimiter, (cells, line) => {
    records.push({ cells, line });
  });
  return records;
}

describe('forEachDelimitedRecord', () => {
  it('splits records and cells', () => {
    expect(readAll('a,b\n1,2\n', ',')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 2 },
    ]);
  });

  it('handles quoted cells with delimiters, escaped quotes and line breaks', () => {
    expect(readAll('id,comment\r\n1,"Good, fast"\r\n2,"He said ""wow""\r\nthen left"\r\n3,ok', ',')).toEqual([
      { cells: ['id', 'comment'], line: 1 },
      { cells: ['1', 'Good, fast'], line: 2 },
      { cells: ['2', 'He said "wow"\r\nthen left'], line: 3 },
      { cells: ['3', 'ok'], line: 5 },
    ]);
  });

  it('skips blank lines and a byte-order mark, keeps empty cells', () => {
    expect(readAll('\ufeffa;b\n\n;2\n   \n1;', ';')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['', '2'], line: 3 },
      { cells: ['1', ''], line: 5 },
    ]);
  });

  it('reads tab-separated spreadsheet copies', () => {
    expect(readAll('x\ty\r1\t2', '\t')).toEqual([
      { cells: ['x', 'y'], line: 1 },
      { cells: ['1', '2'], line: 2 },
    ]);
  });

  it('allows spaces before an opening quote and keeps text after a closing one', () => {
    expect(readAll('a, "b,c" ,d', ',')).toEqual([{ cells: ['a', 'b,c ', 'd'], line: 1 }]);
  });

  it('reads a quote that is never closed as a plain character, so the rows after it stay rows', () => {
    expect(readAll('a,"b\nc', ',')).toEqual([
      { cells: ['a', '"b'], line: 1 },
      { cells: ['c'], line: 2 },
    ]);
    // A stray quote in row 50 of 1,000 (a comment on a 12" screen) used to swallow the other 950 rows.
    const rows = Array.from({ length: 1000 }, (_, index) => `${String(index % 11)},${index === 49 ? '"12 inch monitor is too small' : 'fine'}`);
    const read = readAll(rows.join('\n'), ',');
    expect(read).toHaveLength(1000);
    expect(read[49]).toEqual({ cells: ['5', '"12 inch monitor is too small'], line: 50 });
    expect(read[999]).toEqual({ cells: ['9', 'fine'], line: 1000 });
    // A quote that a later one closes is a cell over several lines, as RFC 4180 and spreadsheets read it, spaces
    // after the closing quote or not.
    expect(readAll('x,"two\nlines"\n2,ok', ',')).toEqual([
      { cells: ['x', 'two\nlines'], line: 1 },
      { cells: ['2', 'ok'], line: 3 },
    ]);
    expect(readAll('x,"two\nlines"  ,y\n2,ok', ',')).toEqual([
      { cells: ['x', 'two\nlines  ', 'y'], line: 1 },
      { cells: ['2', 'ok'], line: 3 },
    ]);
  });

  it('skips a record of blank cells only (Excel’s emptied row), counting it as a row', () => {
    const rows: [string[], number][] = [];
    forEachDelimitedRecord('a,b\n,,\n , "" \n1,2', ',', (cells, _line, row) => {
      rows.push([[...cells], row]);
    });
    expect(rows).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 4],
    ]);
    expect(isBlankRecordText(',, ,\r\n', ',')).toBe(true);
    expect(isBlankRecordText(',",",\n', ',')).toBe(false);
  });

  it('skips Excel’s separator hint on the first line, numbering rows as Excel shows them', () => {
    const rows: [string[], number, number][] = [];
    forEachDelimitedRecord('\ufeffsep=;\r\nDatum;NPS\r\n2025-01-01;9', ';', (cells, line, row) => {
      rows.push([[...cells], line, row]);
    });
    expect(rows).toEqual([
      [['Datum', 'NPS'], 2, 1],
      [['2025-01-01', '9'], 3, 2],
    ]);
    // Only alone on the first line: elsewhere, or with more after it, it is a cell like any other.
    expect(readAll('a;b\nsep=;\n', ';').map((record) => record.cells)).toEqual([['a', 'b'], ['sep=', '']]);
    expect(readAll('sep=;x\n1;2', ';').map((record) => record.cells)).toEqual([['sep=', 'x'], ['1', '2']]);
  });

  it('stops when the visitor returns false', () => {
    const seen: string[] = [];
    forEachDelimitedRecord('1\n2\n3', ',', (cells) => {
      seen.push(cells[0] ?? '');
      return seen.length < 2;
    });
    expect(seen).toEqual(['1', '2']);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(anyString(), fc.constantFrom<TableDelimiter>(',', ';', '\t'), (text, delimiter) => {
        forEachDelimitedRecord(text, delimiter, () => true);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('round-trips cells quoted by RFC 4180 rules', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        // A record of blank cells only is skipped, as a blank line is.
        expect(readAll(text, ',').map((record) => record.cells)).toEqual(rows.filter((row) => row.some((value) => !/^[ \n]*$/.test(value))));
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
