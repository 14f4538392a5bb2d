import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERIOD_CODES,
  decodeFigure,
  decodePeriod,
  encodeFigure,
} from '../../../src/lib/metrics/figure-share-code.ts';

describe('figure tokens', () => {
  it('write figures with p for the point and e/en for powers of ten', () => {
    expect(encodeFigure(null)).toBe('');
    expect(encodeFigure(0)).toBe('0');
    expect(encodeFigure(-0)).toBe('0');
    expect(encodeFigure(1000)).toBe('1000');
    expect(encodeFigure(2.5)).toBe('2p5');
    expect(encodeFigure(1e21)).toBe('1e21');
    expect(encodeFigure(1.5e-7)).toBe('1p5en7');
  });

  it('read figures back, the empty token as a blank field', () => {
    expect(decodeFigure('')).toBeNull();
    expect(decodeFigure('2p5')).toBe(2.5);
    expect(decodeFigure('1p5en7')).toBe(1.5e-7);
    expect(decodeFigure('007')).toBe(7);
  });

  it('refuse tokens that are not figures', () => {
    for (const token of ['p5', '2p', '2.5', '-1', 'e5', '1e', '1en', 'x', '1e999']) expect(decodeFigure(token)).toBeUndefined();
  });

  it('refuse to encode a figure no calculator would share (a programmer error)', () => {
    expect(() => encodeFigure(-1)).toThrowErrorMatchingInlineSnapshot(`[Error: encodeFigure requires a finite figure >= 0, got -1]`);
    expect(() => encodeFigure(Number.NaN)).toThrow();
    expect(() => encodeFigure(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('round-trip every finite figure >= 0 exactly, in URL-safe characters', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (value) => {
        const token = encodeFigure(value);
        expect(token).toMatch(/^[0-9a-z]+$/);
        expect(decodeFigure(token)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('periods', () => {
  it('are one letter each', () => {
    expect(PERIOD_CODES).toEqual({ month: 'm', quarter: 'q', year: 'y' });
    expect(decodePeriod('q')).toBe('quarter');
    expect(decodePeriod('w')).toBeUndefined();
    expect(decodePeriod('')).toBeUndefined();
  });
});
