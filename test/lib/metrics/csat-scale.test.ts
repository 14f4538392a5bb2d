import { describe, expect, it } from 'vitest';
import { CSAT_SCALES, DEFAULT_CSAT_SCALE, isCsatScaleId } from '../../../src/lib/metrics/csat-scale.ts';

describe('CSAT scales', () => {
  it('offers 1–3, 1–5, 1–7 and 1–10 with their default thresholds', () => {
    expect(CSAT_SCALES).toEqual({
      '1-3': { min: 1, max: 3, defaultThreshold: 3 },
      '1-5': { min: 1, max: 5, defaultThreshold: 4 },
      '1-7': { min: 1, max: 7, defaultThreshold: 6 },
      '1-10': { min: 1, max: 10, defaultThreshold: 8 },
    });
    expect(DEFAULT_CSAT_SCALE).toBe('1-5');
  });

  it('recognises only those scales', () => {
    expect(['1-3', '1-5', '1-7', '1-10'].every(isCsatScaleId)).toBe(true);
    expect(isCsatScaleId('0-10')).toBe(false);
    expect(isCsatScaleId('toString')).toBe(false);
    expect(isCsatScaleId(5)).toBe(false);
  });
});
