import { describe, expect, test } from 'vitest';
import { formatCsv, formatCsvField } from '../../../src/lib/assessment/csv-field.ts';

describe('formatCsvField', () => {
  test('leaves plain text and numbers alone', () => {
    expect(formatCsvField('Strategy & leadership')).toBe('Strategy & leadership');
    expect(formatCsvField(2.5)).toBe('2.5');
  });

  test('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(formatCsvField('a, b')).toBe('"a, b"');
    expect(formatCsvField('Say "hi"')).toBe('"Say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
  });

  test('defuses text a spreadsheet would run as a formula', () => {
    expect(formatCsvField('=HYPERLINK("http://example.com")')).toBe('"\'=HYPERLINK(""http://example.com"")"');
    expect(formatCsvField('+1')).toBe("'+1");
    expect(formatCsvField('-1')).toBe("'-1");
    expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('formatCsv', () => {
  test('ends every row with CRLF', () => {
    expect(formatCsv([['a', 'b'], [1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
