import { describe, expect, it } from 'vitest';
import { describeTableColumns, isBlankCell, isNumericCell } from '../../../src/lib/metrics/describe-table-columns.ts';

describe('describeTableColumns', () => {
  it('names columns from the header and samples the values below', () => {
    const rows = [['id', 'score', ''], ['1', '9', 'x'], ['2', '', 'y'], ['3', 'n/a', 'z']];
    expect(describeTableColumns(rows, 3, true)).toEqual([
      { index: 0, name: 'id', sample: ['1', '2', '3'], numericShare: 1 },
      { index: 1, name: 'score', sample: ['9', 'n/a'], numericShare: 0.5 },
      { index: 2, name: null, sample: ['x', 'y', 'z'], numericShare: 0 },
    ]);
  });

  it('keeps at most five short sample values', () => {
    const rows = Array.from({ length: 10 }, (_, index) => [`${'v'.repeat(50)}${String(index)}`]);
    const [column] = describeTableColumns(rows, 1, false);
    expect(column?.sample).toHaveLength(5);
    expect(column?.sample[0]).toHaveLength(40);
    expect(column?.name).toBeNull();
  });

  it('describes missing cells as blank', () => {
    expect(describeTableColumns([['1'], ['2', '3']], 2, false)[1]).toEqual({ index: 1, name: null, sample: ['3'], numericShare: 1 });
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
