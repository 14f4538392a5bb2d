import { describe, expect, it } from 'vitest';
import { findFigureError } from '../../../src/lib/metrics/figure-error.ts';

describe('findFigureError', () => {
  it('returns null when every figure is finite and not negative', () => {
    expect(findFigureError({ start: 10, lost: 0 }, ['start', 'lost'])).toBeNull();
  });

  it('returns the first problem in the order given', () => {
    expect(findFigureError({ start: -1, lost: Number.NaN }, ['lost', 'start'])).toEqual({ kind: 'not-finite', field: 'lost' });
    expect(findFigureError({ start: -1, lost: 1 }, ['lost', 'start'])).toEqual({ kind: 'negative', field: 'start', value: -1 });
  });

  it('treats a missing figure as not finite', () => {
    expect(findFigureError<'start' | 'lost'>({ start: 1 }, ['start', 'lost'])).toEqual({ kind: 'not-finite', field: 'lost' });
  });
});
