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

  it('passes over row numbers: an id-like header, or values counting up by one', () => {
    expect(suggestScoreColumn([column(0, null, ['1', '2', '3', '4']), column(1, null, ['9', '7', '10', '3'])])).toBe(1);
    expect(suggestScoreColumn([column(0, 'id', ['4', '9', '2']), column(1, 'answer', ['9', '7', '10'])])).toBe(1);
    expect(suggestScoreColumn([column(0, '#', ['1', '2']), column(1, null, ['3', '8'])])).toBe(1);
    // Answers that happen to rise by one are still answers when nothing else is a candidate.
    expect(suggestScoreColumn([column(0, null, ['5', '6', '7'])])).toBe(0);
    // Two answers in a row are not yet a sequence.
    expect(suggestScoreColumn([column(0, null, ['1', '2']), column(1, null, ['9', '7'])])).toBe(0);
  });

  it('then the most numeric column, or none', () => {
    expect(suggestScoreColumn([column(0, null, ['55'], 0.6), column(1, null, ['61'], 0.9)])).toBe(1);
    expect(suggestScoreColumn([column(0, null, ['a'], 0), column(1, null, ['b'], 0.4)])).toBeNull();
  });
});
