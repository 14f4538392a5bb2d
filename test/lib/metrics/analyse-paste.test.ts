import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPasteLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import { CSAT_SCALES } from '../../../src/lib/metrics/csat-scale.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import type { TableLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import { analysePaste, countLines, resolveColumn, type PasteRequest } from '../../../src/lib/metrics/analyse-paste.ts';
import { findPreferredColumn, getColumnLabel } from '../../../src/lib/metrics/column-names.ts';
import { getPasteOutcome } from '../../../src/lib/score-input/score-input-outcome.ts';

const request = (text: string, changes: Partial<PasteRequest> = {}): PasteRequest => ({ text, scale: NPS_SCALE, readAs: 'list', column: null, ...changes });

function tableOf(text: string): TableLayout {
  const layout = detectPasteLayout(text);
  if (layout.kind !== 'table') throw new Error(`expected a table, got ${layout.kind}`);
  return layout;
}

describe('countLines', () => {
  it('counts lines the way the parser numbers them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('9')).toBe(1);
    expect(countLines('9\n')).toBe(1);
    expect(countLines('9\r\n10\n')).toBe(2);
    expect(countLines('9\r10\r7')).toBe(3);
    expect(countLines('\n\n')).toBe(2);
    expect(countLines('9\r\n\r\n10')).toBe(3);
  });

  it('agrees with a split on line ends for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '\n', '\r', '\r\n', ',') }), (text) => {
        const pieces = text.split(/\r\n|\r|\n/);
        const expected = text === '' ? 0 : /[\r\n]$/.test(text) ? pieces.length - 1 : pieces.length;
        expect(countLines(text)).toBe(expected);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('resolveColumn', () => {
  const withHeader = tableOf('id,Comment,NPS\n1,good,9\n2,bad,3\n3,ok,7');
  const noHeader = tableOf('1\t9\t5\n2\t3\t4\n3\t7\t2');

  it('follows the person’s column by name when the table has a header, wherever it now is', () => {
    expect(resolveColumn(withHeader, { index: 0, name: 'NPS' })).toEqual({ column: 2, chosenBy: 'person' });
    const moved = tableOf('NPS,id\n9,1\n3,2\n7,3');
    expect(resolveColumn(moved, { index: 2, name: 'NPS' })).toEqual({ column: 0, chosenBy: 'person' });
  });

  it('reads the chosen one of two columns with the same header, not the first (a form asking twice)', () => {
    const twice = tableOf('Date,NPS,Region,NPS,Comment\n2025-01-01,9,North,3,ok\n2025-01-02,10,South,4,bad\n2025-01-03,8,North,6,so-so');
    expect(resolveColumn(twice, { index: 3, name: 'NPS' })).toEqual({ column: 3, chosenBy: 'person' });
    expect(resolveColumn(twice, { index: 1, name: 'NPS' })).toEqual({ column: 1, chosenBy: 'person' });
    // Read again with a column added at the end: the one at its old position; moved, the nearer of the two.
    const widened = tableOf('Date,NPS,Region,NPS,Comment,Id\n2025-01-01,9,North,3,ok,1\n2025-01-02,10,South,4,bad,2\n2025-01-03,8,North,6,so-so,3');
    expect(resolveColumn(widened, { index: 3, name: 'NPS' }).column).toBe(3);
    expect(resolveColumn(twice, { index: 4, name: 'NPS' }).column).toBe(3);
    expect(findPreferredColumn(twice, { index: 3, name: 'NPS' })).toBe(3);
    expect(findPreferredColumn(twice, { index: 0, name: 'NPS' })).toBe(1);
    // Named apart wherever a column is named: by its position, only when its header is shared.
    expect(getColumnLabel(twice, 1)).toBe('NPS (column 2)');
    expect(getColumnLabel(twice, 3)).toBe('NPS (column 4)');
    expect(getColumnLabel(twice, 2)).toBe('Region');
  });

  it('falls back to the suggestion when the named column is gone', () => {
    const suggested = withHeader.suggestedColumn;
    expect(suggested).not.toBeNull();
    expect(resolveColumn(withHeader, { index: 1, name: 'Score' })).toEqual({ column: suggested, chosenBy: 'suggested' });
    expect(resolveColumn(withHeader, null)).toEqual({ column: suggested, chosenBy: 'suggested' });
  });

  it('follows the position in a header-less table, and not a name', () => {
    expect(resolveColumn(noHeader, { index: 2, name: null })).toEqual({ column: 2, chosenBy: 'person' });
    expect(resolveColumn(noHeader, { index: 2, name: 'NPS' }).chosenBy).not.toBe('person');
    expect(resolveColumn(noHeader, { index: 9, name: null }).chosenBy).not.toBe('person');
  });

  it('takes the first column when nothing looks like scores', () => {
    const words = tableOf('name,city\nAna,Lisbon\nBo,Oslo\nCy,Rome');
    expect(words.suggestedColumn).toBeNull();
    expect(resolveColumn(words, null)).toEqual({ column: 0, chosenBy: 'first' });
  });
});

describe('analysePaste', () => {
  it('an empty or blank paste is empty, not an error', () => {
    expect(analysePaste(request(''))).toEqual({ kind: 'empty' });
    expect(analysePaste(request(' \n\r\n ,; \t'))).toEqual({ kind: 'empty' });
  });

  it('reads a list with its size and counts', () => {
    const analysis = analysePaste(request('10\n9\n7\n3\n'));
    if (analysis.kind !== 'list' || analysis.parse.kind !== 'parsed') throw new Error('expected a parsed list');
    expect(analysis.size).toEqual({ characters: 9, lines: 4 });
    expect(analysis.parse.counts).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1]);
    expect(analysis.parse.n).toBe(4);
    expect(analysis.alternative).toBeNull();
  });

  it('offers commas between answers when they could be decimal marks, and reads them so when chosen', () => {
    const decimals = analysePaste(request('10,9'));
    if (decimals.kind !== 'list' || decimals.parse.kind !== 'parsed') throw new Error('expected a parsed list');
    expect(decimals).toMatchObject({ commasAmbiguous: true, commasBetween: false });
    expect(decimals.parse.n).toBe(0);
    const between = analysePaste(request('10,9', { readAs: 'list-commas-between' }));
    if (between.kind !== 'list' || between.parse.kind !== 'parsed') throw new Error('expected a parsed list');
    expect(between).toMatchObject({ commasAmbiguous: true, commasBetween: true });
    expect(between.parse.n).toBe(2);
    // Commas that can only be separators leave nothing to choose.
    expect(analysePaste(request('10, 9'))).toMatchObject({ kind: 'list', commasAmbiguous: false });
    expect(analysePaste(request('10,9,7', { readAs: 'list-commas-between' }))).toMatchObject({ kind: 'list', commasAmbiguous: false });
  });

  it('reports values outside the scale with their line, and counts the rest', () => {
    const analysis = analysePaste(request('11\n-1\n6\nn/a', { scale: CSAT_SCALES['1-5'] }));
    if (analysis.kind !== 'list' || analysis.parse.kind !== 'parsed') throw new Error('expected a parsed list');
    expect(analysis.parse.n).toBe(0);
    expect(analysis.parse.leftOut).toBe(4);
    expect(analysis.parse.leftOutByKind).toEqual({ 'not-a-number': 1, 'out-of-range': 3, 'not-whole': 0 });
    expect(analysis.parse.issues.map((issue) => issue.line)).toEqual([1, 2, 3, 4]);
  });

  it('reads the suggested column of a CSV with a header, and a chosen one by name', () => {
    const text = 'id,NPS,Other\n1,9,2\n2,10,3\n3,3,4';
    const suggested = analysePaste(request(text));
    if (suggested.kind !== 'table' || suggested.parse.kind !== 'parsed') throw new Error('expected a parsed table');
    expect(suggested.column).toBe(1);
    expect(suggested.chosenBy).toBe('suggested');
    expect(suggested.parse.n).toBe(3);
    expect(suggested.parse.counts[9]).toBe(1);
    expect(suggested.parse.counts[10]).toBe(1);
    expect(suggested.fromAlternative).toBe(false);
    expect(suggested.size).toEqual({ characters: text.length, lines: 4 });
    const chosen = analysePaste(request(text, { column: { index: 2, name: 'Other' } }));
    if (chosen.kind !== 'table' || chosen.parse.kind !== 'parsed') throw new Error('expected a parsed table');
    expect(chosen.column).toBe(2);
    expect(chosen.chosenBy).toBe('person');
    expect(chosen.parse.counts.slice(2, 5)).toEqual([1, 1, 1]);
  });

  it('reads header-less comma numbers as one list, or as columns when asked', () => {
    const text = '1,9\n2,7\n3,10';
    const list = analysePaste(request(text));
    if (list.kind !== 'list' || list.parse.kind !== 'parsed') throw new Error('expected a parsed list');
    expect(list.alternative).not.toBeNull();
    // Read as a list, "1,9" alone on a line is the decimal 1.9: not a whole number, so left out.
    expect(list.parse.n).toBe(0);
    expect(list.parse.decimalComma).toBe(true);
    expect(list.parse.leftOutByKind['not-whole']).toBe(3);
    const columns = analysePaste(request(text, { readAs: 'columns', column: { index: 1, name: null } }));
    if (columns.kind !== 'table' || columns.parse.kind !== 'parsed') throw new Error('expected a parsed table');
    expect(columns.fromAlternative).toBe(true);
    expect(columns.column).toBe(1);
    expect(columns.parse.counts[7]).toBe(1);
    expect(columns.parse.counts[9]).toBe(1);
    expect(columns.parse.counts[10]).toBe(1);
    expect(columns.parse.n).toBe(3);
  });

  it('a plain list asked to be read as columns stays a list', () => {
    const analysis = analysePaste(request('9\n10', { readAs: 'columns' }));
    expect(analysis.kind).toBe('list');
  });

  it('never throws and keeps counts summing to n for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<PasteRequest['readAs']>('list', 'columns'), (text, readAs) => {
        const analysis = analysePaste(request(text, { readAs }));
        if (analysis.kind === 'empty' || analysis.parse.kind === 'empty') return;
        expect(analysis.parse.counts.reduce((sum, count) => sum + count, 0)).toBe(analysis.parse.n);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('analysePaste: one-column lists of words', () => {
  const read = (text: string, scale: { min: number; max: number } = NPS_SCALE, metric?: 'nps' | 'csat') => {
    const analysis = analysePaste({ text, scale, readAs: 'list', column: null, ...(metric ? { metric } : {}) });
    if (analysis.kind !== 'list') throw new Error('expected a list');
    return analysis;
  };

  it('takes the first line as the header only when it names the column', () => {
    expect(read('NPS\n9\n10').header).toBe('NPS');
    expect(read('How likely are you to recommend us?\nExtremely likely\n9').header).toBe('How likely are you to recommend us?');
    // An answer repeated below, or words that are not worded like a header, are answers.
    expect(read('Très satisfait\nSatisfait\nTrès satisfait\nInsatisfait', { min: 1, max: 5 }, 'csat').header).toBeNull();
    expect(read('Strongly agree\nAgree\nDisagree', NPS_SCALE, 'nps').header).toBeNull();
  });

  it('reads a header row alone as a header with no answers below it', () => {
    const analysis = read('Respondent ID,How likely are you to recommend us?,Comment');
    expect(analysis.header).toBe('Respondent ID,How likely are you to recommend us?,Comment');
    expect(analysis.parse.kind).toBe('empty');
  });

  it('reads a list of Net Promoter group names as groups, and leaves out what names no group', () => {
    // 3 promoters, 1 passive, 1 detractor; "maybe" names no group.
    const analysis = read('Promoter\nPassive\nPromoter\nDetractor\nPromoters\nmaybe');
    expect(analysis.groups?.groups).toEqual({ promoters: 3, passives: 1, detractors: 1 });
    expect(analysis.groups?.leftOut).toBe(1);
    expect(analysis.groups?.issues.map((issue) => issue.text)).toEqual(['maybe']);
    // Not on a CSAT scale, and not when group names are fewer than half the values.
    expect(read('Promoter\nPassive', { min: 1, max: 5 }).groups).toBeNull();
    expect(read('9\n10\n8\nPromoter').groups).toBeNull();
  });

  it('reads no groups where only scores can be used (the survey workbench), in a list or a table', () => {
    const list = analysePaste(request('Promoter\nPassive\nDetractor', { groups: false }));
    expect(list.kind === 'list' && list.groups).toBeNull();
    const table = analysePaste(request('ResponseId,NPS Group\nr1,Promoter\nr2,Passive\nr3,Detractor\nr4,Promoter', { readAs: 'columns', groups: false }));
    if (table.kind !== 'table') throw new Error(`expected a table, got ${table.kind}`);
    expect(table.groups).toBeNull();
    // Chosen, it is said to hold groups, so no figure is worked out from its names or 1/2/3 codes.
    const chosen = analysePaste(request('ResponseId,NPS Group\nr1,Promoter\nr2,Passive\nr3,Detractor\nr4,Promoter', { readAs: 'columns', groups: false, column: { index: 1, name: 'NPS Group' } }));
    expect(chosen.kind === 'table' && chosen.unread).toBe('group-column');
    if (chosen.kind === 'table') expect(getPasteOutcome({ kind: 'read', analysis: chosen, large: false }, NPS_SCALE)).toEqual({ kind: 'no-values', reason: 'group-column' });
    const codes = analysePaste(request('Q1_NPS_GROUP,Q2\n1,5\n3,4\n2,3', { readAs: 'columns', groups: false, column: { index: 0, name: 'Q1_NPS_GROUP' } }));
    expect(codes.kind === 'table' && codes.unread).toBe('group-column');
    // The same table on the NPS calculator is read as groups.
    const calculator = analysePaste(request('ResponseId,NPS Group\nr1,Promoter\nr2,Passive\nr3,Detractor\nr4,Promoter', { readAs: 'columns' }));
    expect(calculator.kind === 'table' && calculator.groups?.groups).toEqual({ promoters: 2, passives: 1, detractors: 1 });
    expect(calculator.kind === 'table' && calculator.unread).toBeNull();
  });
});
