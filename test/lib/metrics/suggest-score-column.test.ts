import { describe, expect, it } from 'vitest';
import { suggestScoreColumn } from '../../../src/lib/metrics/suggest-score-column.ts';

const column = (index: number, name: string | null, sample: string[], numericShare = 1) => ({ index, name, sample, numericShare });

describe('suggestScoreColumn', () => {
  it('prefers a mostly-numeric column named like a CX metric', () => {
    expect(suggestScoreColumn([column(0, 'id', ['1001']), column(1, 'NPS', ['9'])])).toBe(1);
    expect(suggestScoreColumn([column(0, 'Customer ID', ['5']), column(1, 'How likely are you to recommend us?', ['9'])])).toBe(1);
    expect(suggestScoreColumn([column(0, 'CES', ['5']), column(1, 'other', ['5'])])).toBe(0);
  });

  it('does not match metric names inside other words', () => {
    expect(suggestScoreColumn([column(0, 'process id', ['1001']), column(1, 'value', ['9'])])).toBe(1);
  });

  it('then prefers whole numbers from 0 to 10', () => {
    expect(suggestScoreColumn([column(0, null, ['1001', '1002']), column(1, null, ['9', '7'])])).toBe(1);
  });

  it('then the most numeric column, or none', () => {
    expect(suggestScoreColumn([column(0, null, ['55'], 0.6), column(1, null, ['61'], 0.9)])).toBe(1);
    expect(suggestScoreColumn([column(0, null, ['a'], 0), column(1, null, ['b'], 0.4)])).toBeNull();
  });
});
