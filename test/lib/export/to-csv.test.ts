import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/export/to-csv';

describe('toCsv', () => {
  it('writes rows with CRLF line ends', () => {
    expect(toCsv([['metric', 'value'], ['NPS', 24]])).toBe('metric,value\r\nNPS,24\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe('"a,b","say ""hi""","two\nlines"\r\n');
  });

  it('leaves empty cells empty', () => {
    expect(toCsv([['a', null, undefined, '']])).toBe('a,,,\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but not signed numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-12.5', '-3%', '@cmd']])).toBe(`"'=HYPERLINK(""x"")",+1,-12.5,-3%,'@cmd\r\n`);
  });

  it('no rows, no text', () => {
    expect(toCsv([])).toBe('');
  });

  it('refuses non-finite numbers: a programmer error, never shown to a user', () => {
    expect(() => toCsv([[Number.NaN]])).toThrowErrorMatchingInlineSnapshot(`[Error: toCsv requires finite numbers, got NaN]`);
  });
});
