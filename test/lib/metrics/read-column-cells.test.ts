import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachRowCells } from '../../../src/lib/metrics/read-column-cells.ts';

/** Every data row's cells as text (a number the byte reader returns is written back as its digits), with its row. */
function readRows(source: string | Uint8Array, columns: number[]): [number, string[]][] {
  const rows: [number, string[]][] = [];
  forEachRowCells(source, { delimiter: ',', headerRows: 1, columns, idColumn: null }, (cells, row) => {
    rows.push([row, cells.map((cell) => String(cell))]);
  });
  return rows;
}

describe('forEachRowCells and a quote that is never closed', () => {
  // An export with 1,000 answers whose comment in row 51 opens a quote and never closes it (a 12" screen).
  const lines = ['NPS,Comment', ...Array.from({ length: 1000 }, (_, index) => `${String(index % 11)},${index === 49 ? '"12 inch monitor is too small' : '"fine, thanks"'}`)];
  const text = lines.join('\n');

  it('reads every row after it, from text and from bytes alike, and keeps the quote in the cell', () => {
    const fromText = readRows(text, [0, 1]);
    const fromBytes = readRows(new TextEncoder().encode(text), [0, 1]);
    expect(fromText).toHaveLength(1000);
    expect(fromBytes).toEqual(fromText);
    expect(fromText[49]).toEqual([51, ['5', '"12 inch monitor is too small']]);
    expect(fromText[50]).toEqual([52, ['6', 'fine, thanks']]);
    expect(fromText[999]).toEqual([1001, ['9', 'fine, thanks']]);
  });
});

describe('forEachRowCells and rows of empty cells', () => {
  it('skips a row of empty cells (as Excel writes an emptied row) from text and bytes alike, numbering rows as a spreadsheet does', () => {
    const text = 'NPS,Comment,Plan\n9,good,Pro\n,,\n10,"",Free\n , "" ,\n7,ok,Pro\n';
    const fromText = readRows(text, [0, 2]);
    expect(fromText).toEqual([
      [2, ['9', 'Pro']],
      [4, ['10', 'Free']],
      [6, ['7', 'Pro']],
    ]);
    expect(readRows(new TextEncoder().encode(text), [0, 2])).toEqual(fromText);
  });
});

describe('forEachRowCells and Excel’s separator hint', () => {
  it('reads a file that starts with sep=; from text and bytes alike, its header row as the header', () => {
    const text = 'sep=;\nDatum;Region;NPS\n2025-01-01;Nord;9\n2025-01-02;Süd;7\n';
    const read = (source: string | Uint8Array) => {
      const found: [number, string[]][] = [];
      forEachRowCells(source, { delimiter: ';', headerRows: 1, columns: [1, 2], idColumn: null }, (cells, row) => {
        found.push([row, cells.map((cell) => String(cell))]);
      });
      return found;
    };
    const rows = read(text);
    expect(rows).toEqual([
      [2, ['Nord', '9']],
      [3, ['Süd', '7']],
    ]);
    expect(read(new TextEncoder().encode(text))).toEqual(rows);
  });
});

describe('forEachRowCells from text and from bytes', () => {
  it('property: read alike, whatever the quotes, line ends, blank rows and separator hints', () => {
    const piece = fc.constantFrom('a', '1', ',', '"', '""', '\n', '\r\n', '\r', ' ', ',,', 'sep=,\n', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 2 }), (pieces, headerRows) => {
        const text = pieces.join('');
        const read = (source: string | Uint8Array) => {
          const rows: [number, string[]][] = [];
          forEachRowCells(source, { delimiter: ',', headerRows, columns: [0, 1, 2], idColumn: null }, (cells, row) => {
            rows.push([row, cells.map((cell) => String(cell))]);
          });
          return rows;
        };
        expect(read(new TextEncoder().encode(text))).toEqual(read(text));
      }),
      { numRuns: 2_000, interruptAfterTimeLimit: 5_000 },
    );
  });
});
