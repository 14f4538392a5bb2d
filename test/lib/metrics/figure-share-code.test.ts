import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERIOD_CODES,
  decodeFigure,
  decodePeriod,
  encodeFigure,
  readFigureShareCode,
  signFigureShareCode,
} from '../../../src/lib/metrics/figure-share-code.ts';
import { encodeShareCode } from '../../../src/lib/metrics/share-code.ts';

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

describe('readFigureShareCode', () => {
  const code = signFigureShareCode('churn', ['m', 'none']);

  it('returns the parts of a signed code, from a bare code or a link fragment', () => {
    expect(code).toMatch(/^1\.churn\.m\.none\.[0-9a-z]{4}$/);
    expect(readFigureShareCode(code, 'churn')).toEqual({ ok: true, value: ['m', 'none'] });
    expect(readFigureShareCode(`#c=${code.toUpperCase()}  `, 'churn')).toEqual({ ok: true, value: ['m', 'none'] });
  });

  it('says why a code cannot be read', () => {
    expect(readFigureShareCode('', 'churn')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readFigureShareCode('#c=', 'churn')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readFigureShareCode('1'.repeat(1001), 'churn')).toEqual({ ok: false, error: { kind: 'too-long', length: 1001, max: 1000 } });
    expect(readFigureShareCode('hello', 'churn')).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(readFigureShareCode('2.churn.m.abcd', 'churn')).toEqual({ ok: false, error: { kind: 'unsupported-version', version: '2' } });
    expect(readFigureShareCode(code.slice(0, -1), 'churn')).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    expect(readFigureShareCode(code.replace('.m.', '.q.'), 'churn')).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
  });

  it('names the calculator a sound code was made for', () => {
    expect(readFigureShareCode(code, 'clv')).toEqual({ ok: false, error: { kind: 'other-calculator', calculator: 'churn' } });
    const npsCode = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 5, passives: 3, detractors: 2 } } });
    expect(readFigureShareCode(npsCode, 'churn')).toEqual({ ok: false, error: { kind: 'other-calculator', calculator: 'nps' } });
  });
});
