import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectPasteLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import { anyString } from '../../support/arbitraries.ts';

describe('detectPasteLayout', () => {
  it('says empty for nothing but blanks and separators', () => {
    expect(detectPasteLayout('')).toEqual({ kind: 'empty' });
    expect(detectPasteLayout(' \r\n\t,;')).toEqual({ kind: 'empty' });
  });

  it('says list for one column or a free list', () => {
    expect(detectPasteLayout('9\n10\n8')).toEqual({ kind: 'list', alternative: null });
    expect(detectPasteLayout('9, 10, 8, 7')).toEqual({ kind: 'list', alternative: null });
    expect(detectPasteLayout('9\t10\t8')).toEqual({ kind: 'list', alternative: null });
    expect(detectPasteLayout('Score\n9\n10')).toEqual({ kind: 'list', alternative: null });
  });

  it('reads numbers split by commas or semicolons without a header as a list, offering the table too', () => {
    for (const text of ['9,10\n8,7', '4,5\n3,5\n4,0', '9;10\n8;7', '1,9,3\n2,7,4']) {
      const layout = detectPasteLayout(text);
      expect(layout.kind, text).toBe('list');
      if (layout.kind !== 'list') return;
      expect(layout.alternative, text).toMatchObject({ kind: 'table', hasHeader: false });
    }
    const layout = detectPasteLayout('1001;9\n1002;7');
    expect(layout).toMatchObject({ kind: 'list', alternative: { delimiter: ';', columns: [{ index: 0, name: null }, { index: 1, name: null }], suggestedColumn: 1 } });
  });

  it('ignores trailing delimiters that leave an empty column', () => {
    expect(detectPasteLayout('9,\n10,\n')).toEqual({ kind: 'list', alternative: null });
    expect(detectPasteLayout('9\t\n10\t\n')).toEqual({ kind: 'list', alternative: null });
  });

  it('finds a CSV export with a header and suggests the score column', () => {
    const layout = detectPasteLayout('respondent,How likely are you to recommend us?,comment\r\n1,9,"Great, thanks"\r\n2,6,slow\r\n');
    expect(layout).toMatchObject({
      kind: 'table',
      delimiter: ',',
      hasHeader: true,
      columns: [
        { index: 0, name: 'respondent', sample: ['1', '2'], numericShare: 1 },
        { index: 1, name: 'How likely are you to recommend us?', sample: ['9', '6'], numericShare: 1 },
        { index: 2, name: 'comment', sample: ['Great, thanks', 'slow'], numericShare: 0 },
      ],
      suggestedColumn: 1,
    });
  });

  it('finds a tab-separated spreadsheet range without a header', () => {
    const layout = detectPasteLayout('1001\t9\n1002\t7\n1003\t10');
    expect(layout.kind).toBe('table');
    if (layout.kind !== 'table') return;
    expect(layout.delimiter).toBe('\t');
    expect(layout.hasHeader).toBe(false);
    expect(layout.columns.map((column) => column.name)).toEqual([null, null]);
    expect(layout.suggestedColumn).toBe(1);
  });

  it('finds a semicolon CSV with decimal commas', () => {
    const layout = detectPasteLayout('Kunde;Zufriedenheit\nA;4,5\nB;3\n');
    expect(layout.kind).toBe('table');
    if (layout.kind !== 'table') return;
    expect(layout.delimiter).toBe(';');
    expect(layout.hasHeader).toBe(true);
    expect(layout.columns[1]).toMatchObject({ index: 1, name: 'Zufriedenheit', sample: ['4,5', '3'], numericShare: 1 });
  });

  it('finds a header-less table with a text column', () => {
    const layout = detectPasteLayout('Alice,9\nBob,7');
    expect(layout).toMatchObject({ kind: 'table', delimiter: ',', hasHeader: false, suggestedColumn: 1 });
  });

  it('takes a header over all-text columns', () => {
    const layout = detectPasteLayout('name,comment\nAlice,good\nBob,bad');
    expect(layout).toMatchObject({ kind: 'table', hasHeader: true, suggestedColumn: null });
  });

  it('prefers a column named like a score over other numeric columns', () => {
    const layout = detectPasteLayout('id,age,nps\n1,34,9\n2,51,3');
    expect(layout).toMatchObject({ kind: 'table', suggestedColumn: 2 });
  });

  it('prefers a column of 0–10 values when there is no helpful name', () => {
    const layout = detectPasteLayout('id\tvalue\tother\n1001\t9\t55\n1002\t7\t61');
    expect(layout).toMatchObject({ kind: 'table', suggestedColumn: 1 });
  });

  it('judges from the first rows of a huge paste', () => {
    const rows = Array.from({ length: 300 }, (_, index) => `${String(index)},${String(index % 11)}`);
    const tail = Array.from({ length: 200_000 }, () => 'x');
    const layout = detectPasteLayout(`id,score\n${rows.join('\n')}\n${tail.join('\n')}`);
    expect(layout).toMatchObject({ kind: 'table', hasHeader: true, suggestedColumn: 1 });
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(anyString(), (text) => {
        detectPasteLayout(text);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 1_000 },
    );
    const piece = fc.constantFrom('1', '9', 'a', ',', ';', '\t', '\n', '\r\n', '"', ' ', 'x,y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const layout = detectPasteLayout(pieces.join(''));
        if (layout.kind === 'table') {
          expect(layout.columns.length).toBeGreaterThanOrEqual(2);
          if (layout.suggestedColumn !== null) expect(layout.suggestedColumn).toBeLessThan(layout.columns.length);
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 1_000 },
    );
  });
});

describe('detectPasteLayout and Excel’s separator hint', () => {
  it('finds the header row after a sep=; line, as Excel shows the file', () => {
    const layout = detectPasteLayout('sep=;\nDatum;Region;NPS\n2025-01-01;Nord;9\n2025-01-02;Süd;7\n2025-01-03;Nord;10\n');
    if (layout.kind !== 'table') throw new Error(`expected a table, got ${layout.kind}`);
    expect(layout.delimiter).toBe(';');
    expect(layout.hasHeader).toBe(true);
    expect(layout.columns.map((column) => column.name)).toEqual(['Datum', 'Region', 'NPS']);
    expect(layout.suggestedColumn).toBe(2);
  });
});
