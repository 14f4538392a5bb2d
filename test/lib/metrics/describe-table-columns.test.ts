import { describe, expect, it } from 'vitest';
import { describeTableColumns, isBlankCell, isNumericCell } from '../../../src/lib/metrics/describe-table-columns.ts';

describe('describeTableColumns', () => {
  it('names columns from the header and samples the values below', () => {
    const rows = [['id', 'score', ''], ['1', '9', 'x'], ['2', '', 'y'], ['3', 'n/a', 'z']];
    expect(describeTableColumns(rows, 3, { headerRows: 1 })).toMatchObject([
      { index: 0, name: 'id', sample: ['1', '2', '3'], numericShare: 1 },
      { index: 1, name: 'score', sample: ['9', 'n/a'], numericShare: 0.5 },
      { index: 2, name: null, sample: ['x', 'y', 'z'], numericShare: 0 },
    ]);
  });

  it('keeps at most five short sample values', () => {
    const rows = Array.from({ length: 10 }, (_, index) => [`${'v'.repeat(50)}${String(index)}`]);
    const [column] = describeTableColumns(rows, 1, { headerRows: 0 });
    expect(column?.sample).toHaveLength(5);
    expect(column?.sample[0]).toHaveLength(40);
    expect(column?.name).toBeNull();
  });

  it('describes missing cells as blank', () => {
    expect(describeTableColumns([['1'], ['2', '3']], 2, { headerRows: 0 })[1]).toMatchObject({ index: 1, name: null, sample: ['3'], numericShare: 1 });
  });
});

describe('describeTableColumns: fit to the scale', () => {
  it('counts whole numbers on the scale, known wordings, group names and points used', () => {
    // Column 1: 9, 10, "10 - Extremely likely", 11 (off the 0-10 scale), 4.5 (not whole) -> 3 on the scale, points {9, 10}.
    // Column 2: "Very satisfied" etc. read on 1-5 below.
    const rows = [['Q', 'CSAT', 'Group'], ['9', 'Very satisfied', 'Promoter'], ['10', 'Satisfied', 'Detractor'], ['10 - Extremely likely', 'n/a', 'Passive'], ['11', '', ''], ['4.5', '', '']];
    const [scores, words, groups] = describeTableColumns(rows, 3, { headerRows: 1 });
    expect(scores?.fit).toEqual({ filled: 5, onScale: 3, ratingLike: 3, knownLabels: 0, groupNames: 0, points: 2, countsUp: false });
    expect(groups?.fit.groupNames).toBe(3);
    expect(words?.fit.knownLabels).toBe(0);
    const [, onFivePoints] = describeTableColumns(rows, 3, { headerRows: 1 }, { min: 1, max: 5 });
    expect(onFivePoints?.fit).toMatchObject({ filled: 3, knownLabels: 2, points: 2 });
  });

  it('takes names, questions and metadata from an export layout', () => {
    const rows = [['ResponseId', 'Q1'], ['R_1', '9'], ['R_2', '10']];
    const [id, question] = describeTableColumns(rows, 2, { headerRows: 1, names: ['ResponseId', 'Q1'], questions: [null, 'How likely…?'], metadata: [true, false] });
    expect(id).toMatchObject({ metadata: true, question: null });
    expect(question).toMatchObject({ name: 'Q1', question: 'How likely…?', metadata: false });
  });

  it('marks values that count up by one', () => {
    const [rowNumbers] = describeTableColumns([['1'], ['2'], ['3']], 1, { headerRows: 0 });
    expect(rowNumbers?.fit.countsUp).toBe(true);
  });
});

describe('table cells', () => {
  it('tells numbers and blanks', () => {
    expect(isNumericCell(' 4,5 ')).toBe(true);
    expect(isNumericCell('n/a')).toBe(false);
    expect(isBlankCell('  ')).toBe(true);
    expect(isBlankCell('""')).toBe(true);
    expect(isBlankCell('0')).toBe(false);
  });
});
