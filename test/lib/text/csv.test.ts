import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachDelimitedRecord, type TableDelimiter } from '../../../src/lib/metrics/read-delimited-records.ts';
import { formatCsv, formatCsvCell, type CsvCell } from '../../../src/lib/text/csv.ts';
import { isBlankCode } from '../../../src/lib/metrics/character-codes.ts';

function readCsv(text: string, delimiter: TableDelimiter = ','): string[][] {
  const records: string[][] = [];
  forEachDelimitedRecord(text, delimiter, (cells) => {
    records.push([...cells]);
  });
  return records;
}

/**
 * What a reader should get back for a cell, worked out character by character from the rule (an apostrophe
 * before the spaces or quotes that lead to a formula character at the start or after `;`, tab, CR or LF), not by
 * calling the writer.
 */
/** The rows the reader gives back: a row of blank cells only (e.g. two empty ones) reads as a blank line. */
function readable(rows: readonly string[][]): string[][] {
  return rows.filter((row) => row.some((cell) => [...cell].some((character) => !isBlankCode(character.charCodeAt(0)))));
}

function expectedText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell === 0 ? 0 : cell);
  let result = '';
  let segmentStart = true;
  for (let index = 0; index < cell.length; index += 1) {
    const character = cell.charAt(index);
    if (segmentStart) {
      let next = index;
      while (cell.charAt(next) === ' ' || cell.charAt(next) === '"') next += 1;
      if ('=+-@\t\r'.includes(cell.charAt(next)) && next < cell.length) result += "'";
      segmentStart = false;
    }
    result += character;
    if (';\t\r\n'.includes(character)) segmentStart = true;
  }
  return result;
}

describe('formatCsvCell', () => {
  it('leaves plain text and numbers alone, and writes null as an empty cell', () => {
    expect(formatCsvCell('Strategy & leadership')).toBe('Strategy & leadership');
    expect(formatCsvCell(2.5)).toBe('2.5');
    expect(formatCsvCell(-5)).toBe('-5');
    expect(formatCsvCell(-0)).toBe('0');
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell('')).toBe('');
  });

  it('quotes commas, semicolons, tabs, quotes and line breaks, doubling quotes', () => {
    expect(formatCsvCell('a, b')).toBe('"a, b"');
    expect(formatCsvCell('a;b')).toBe('"a;b"');
    expect(formatCsvCell('a\tb')).toBe('"a\tb"');
    expect(formatCsvCell('Say "hi"')).toBe('"Say ""hi"""');
    expect(formatCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, numbers-as-text included', () => {
    expect(formatCsvCell('=HYPERLINK("http://example.com")')).toBe('"\'=HYPERLINK(""http://example.com"")"');
    expect(formatCsvCell('+1')).toBe("'+1");
    expect(formatCsvCell('-5')).toBe("'-5");
    expect(formatCsvCell('-3%')).toBe("'-3%");
    expect(formatCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvCell('\t=1+1')).toBe('"\'\t\'=1+1"');
    expect(formatCsvCell('\r=1+1')).toBe('"\'\r\'=1+1"');
    expect(formatCsvCell('a;"=1')).toBe('"a;\'""=1"');
    expect(formatCsvCell('  =1+1')).toBe("'  =1+1");
    expect(formatCsvCell('a;=1+1;b')).toBe(`"a;'=1+1;b"`);
    expect(formatCsvCell('a\n @x')).toBe(`"a\n' @x"`);
    expect(formatCsvCell('a, =b')).toBe('"a, =b"');
    expect(formatCsvCell('1+1')).toBe('1+1');
    expect(formatCsvCell(' 1')).toBe(' 1');
  });

  it('refuses a number that is not finite, naming it', () => {
    expect(() => formatCsvCell(Number.NaN)).toThrowError('formatCsvCell requires a finite number, got NaN');
    expect(() => formatCsvCell(Number.NEGATIVE_INFINITY)).toThrowError('formatCsvCell requires a finite number, got -Infinity');
  });
});

describe('formatCsv', () => {
  it('ends every row with CRLF and gives nothing for no rows', () => {
    expect(formatCsv([['a', 'b'], [1, 'x,y'], [null, -5]])).toBe('a,b\r\n1,"x,y"\r\n,-5\r\n');
    expect(formatCsv([])).toBe('');
  });

  const tricky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ',', ';', '"', "'", ' ', 'a', '1', '=SUM(A1)', 'é');
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')));
  const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(null));
  // Two cells at least, though the reader skips a record of blank cells only (as a blank line): see `readable`.
  const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { maxLength: 6 });

  it(
    'property: the repository CSV reader reads back every cell, with the apostrophe added to formula-like text',
    () => {
      fc.assert(
        fc.property(rows, (table) => {
          expect(readCsv(formatCsv(table))).toEqual(readable(table.map((row) => row.map(expectedText))));
        }),
        { numRuns: 500, interruptAfterTimeLimit: 8_000 },
      );
    },
    20_000,
  );

  it(
    'property: read with semicolons or tabs as separators and quotes honoured only at a field start, no text cell starts a formula',
    () => {
      fc.assert(
        fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 5 }), { maxLength: 6 }), fc.constantFrom<TableDelimiter>(';', '\t'), (table, delimiter) => {
          for (const record of readCsv(formatCsv(table), delimiter)) {
            for (const read of record) expect(read.trimStart()).not.toMatch(/^[=+\-@]/);
          }
        }),
        { numRuns: 500, interruptAfterTimeLimit: 8_000 },
      );
    },
    20_000,
  );
});
