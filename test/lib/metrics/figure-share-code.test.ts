import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAD_FIGURE_CODE,
  PERIOD,
  PERIOD_CODES,
  decodeFigure,
  decodePeriod,
  decodeTokens,
  encodeFigure,
  encodeTokens,
  type TokenLayout,
} from '../../../src/lib/metrics/figure-share-code.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';

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

describe('parts laid out as tokens', () => {
  const SIDE = { letters: { left: 'l', right: 'r' }, error: invalid(['Its side is not left or right.']) };
  const RATE: TokenLayout = [['rate', 'figure'], ['period', PERIOD]];
  const COUNTS: TokenLayout = [['first', 'figure'], ['second', 'figure'], ['side', SIDE]];

  it('write each field as its token, in the layout’s order, and read them back by name', () => {
    const values = { rate: 2.5, period: 'quarter', first: null, second: 1e21, side: 'right' };
    const parts = [encodeTokens(RATE, values), encodeTokens(COUNTS, values)];
    expect(parts).toEqual(['2p5-q', '-1e21-r']);
    expect(decodeTokens([RATE, COUNTS], parts)).toEqual({ ok: true, value: values });
  });

  it('say a part with too few or too many tokens is malformed, before anything else', () => {
    const structure = { ok: false, error: { kind: 'malformed', part: 'structure' } };
    expect(decodeTokens([RATE, COUNTS], ['2p5', '1-2-l'])).toEqual(structure);
    expect(decodeTokens([RATE, COUNTS], ['x-w', '1-2-l-4'])).toEqual(structure);
    expect(decodeTokens([RATE, COUNTS], ['2p5-q'])).toEqual(structure);
  });

  it('name bad figures first, wherever they are, then the first bad letter (a period or a field’s own)', () => {
    expect(decodeTokens([RATE, COUNTS], ['2p5-w', '1-x-z'])).toEqual({ ok: false, error: BAD_FIGURE_CODE.figures });
    expect(decodeTokens([RATE, COUNTS], ['2p5-w', '1-2-z'])).toEqual({ ok: false, error: BAD_FIGURE_CODE.period });
    expect(decodeTokens([RATE, COUNTS], ['2p5-m', '1-2-z'])).toEqual({ ok: false, error: SIDE.error });
    expect(decodeTokens([RATE, COUNTS], ['2p5-m', '1-2-'])).toEqual({ ok: false, error: SIDE.error });
  });

  it('read back whatever they wrote, and never throw on any text (property)', () => {
    const figure = fc.option(fc.double({ min: 0, max: 1e30, noNaN: true }), { nil: null });
    const period = fc.constantFrom('month', 'quarter', 'year');
    fc.assert(
      fc.property(figure, period, figure, figure, fc.constantFrom('left', 'right'), (rate, periodValue, first, second, side) => {
        const values = { rate: rate === 0 ? 0 : rate, period: periodValue, first: first === 0 ? 0 : first, second: second === 0 ? 0 : second, side };
        expect(decodeTokens([RATE, COUNTS], [encodeTokens(RATE, values), encodeTokens(COUNTS, values)])).toEqual({ ok: true, value: values });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 3 }), (texts) => {
        expect(() => decodeTokens([RATE, COUNTS], texts)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
