import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALCULATOR_CODE_VERSION, writeCalculatorCode } from '../../../src/lib/metrics/calculator-code.ts';
import { decodeShareCode, encodeShareCode } from '../../../src/lib/metrics/share-code.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';
import type { NpsSample, ShareState } from '../../../src/lib/metrics/share-code.ts';
import { CSAT_SCALES } from '../../../src/lib/metrics/csat-scale.ts';
import type { CsatScaleId } from '../../../src/lib/metrics/csat-scale.ts';

const npsState: ShareState = { calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [0, 0, 1, 2, 5, 10, 20, 30, 40, 50, 30] } };

describe('share codes', () => {
  it('encodes counts compactly with a version number first', () => {
    expect(CALCULATOR_CODE_VERSION).toBe(1);
    const code = encodeShareCode(npsState);
    expect(code).toMatch(/^1\.nps\.95\.0-0-1-2-5-a-k-u-14-1e-u\.[0-9a-z]{4}$/);
    expect(code).toMatchInlineSnapshot(`"1.nps.95.0-0-1-2-5-a-k-u-14-1e-u.7itq"`);
  });

  it('uses only characters that are safe in a URL fragment', () => {
    const code = encodeShareCode(npsState);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('decodes what it encodes, for every calculator', () => {
    const states: ShareState[] = [
      npsState,
      { calculator: 'nps', confidence: 90, sample: { kind: 'groups', groups: { promoters: 50, passives: 30, detractors: 20 } } },
      {
        calculator: 'nps-comparison',
        confidence: 99,
        baseline: { kind: 'groups', groups: { promoters: 5, passives: 3, detractors: 2 } },
        current: { kind: 'scores', counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e9] },
      },
      { calculator: 'csat', confidence: 95, scale: '1-10', threshold: 9, counts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
      { calculator: 'ces', confidence: 95, counts: [0, 0, 1, 1, 2, 3, 3] },
      { calculator: 'ces-effort', confidence: 95, counts: [4, 3, 2, 1, 0] },
    ];
    for (const state of states) expect(decodeShareCode(encodeShareCode(state))).toEqual({ ok: true, value: state });
  });



  it('refuses to encode counts no calculator could hold (a programmer error)', () => {
    expect(() => encodeShareCode({ calculator: 'ces', confidence: 95, counts: [1, 2] })).toThrowErrorMatchingInlineSnapshot(`[Error: encodeShareCode requires 7 whole counts >= 0 for CES 2.0, got [1, 2]]`);
    expect(() => encodeShareCode({ calculator: 'ces', confidence: 95, counts: [1, 2, 3, 4, 5, 6, -7] })).toThrow();
    expect(() => encodeShareCode({ calculator: 'csat', confidence: 95, scale: '1-5', threshold: 1, counts: [1, 2, 3, 4, 5] })).toThrow();
  });

  it('decodes every encoded state back to itself', () => {
    const count = fc.oneof(fc.nat(1000), fc.nat({ max: Number.MAX_SAFE_INTEGER }));
    const confidence = fc.constantFrom(90 as const, 95 as const, 99 as const);
    const sample: fc.Arbitrary<NpsSample> = fc.oneof(
      fc.array(count, { minLength: 11, maxLength: 11 }).map((counts) => ({ kind: 'scores' as const, counts })),
      fc.record({ promoters: count, passives: count, detractors: count }).map((groups) => ({ kind: 'groups' as const, groups })),
    );
    const csat = fc.constantFrom<CsatScaleId>('1-3', '1-5', '1-7', '1-10').chain((scale) => {
      const { min, max } = CSAT_SCALES[scale];
      return fc.record({
        calculator: fc.constant('csat' as const),
        confidence,
        scale: fc.constant(scale),
        threshold: fc.integer({ min: min + 1, max }),
        counts: fc.array(count, { minLength: max - min + 1, maxLength: max - min + 1 }),
      });
    });
    const state: fc.Arbitrary<ShareState> = fc.oneof(
      fc.record({ calculator: fc.constant('nps' as const), confidence, sample }),
      fc.record({ calculator: fc.constant('nps-comparison' as const), confidence, baseline: sample, current: sample }),
      csat,
      fc.record({ calculator: fc.constant('ces' as const), confidence, counts: fc.array(count, { minLength: 7, maxLength: 7 }) }),
      fc.record({ calculator: fc.constant('ces-effort' as const), confidence, counts: fc.array(count, { minLength: 5, maxLength: 5 }) }),
    );
    fc.assert(
      fc.property(state, (value) => {
        const code = encodeShareCode(value);
        expect(encodeURIComponent(code)).toBe(code);
        expect(decodeShareCode(code)).toEqual({ ok: true, value });
      }),
      { numRuns: 500, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('decodeShareCode', () => {
  it('accepts a leading #, the #c= key, blanks and upper case', () => {
    const code = encodeShareCode(npsState);
    expect(decodeShareCode(`  #${code.toUpperCase()} `)).toEqual({ ok: true, value: npsState });
    expect(decodeShareCode(`#c=${code}`)).toEqual({ ok: true, value: npsState });
  });

  it('reports why a code cannot be read', () => {
    expect(decodeShareCode('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeShareCode('#')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeShareCode('hello')).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(decodeShareCode('2.nps.95.1-2-3.abcd')).toEqual({ ok: false, error: { kind: 'future-version', found: 2, supported: 1 } });
    expect(decodeShareCode('x'.repeat(2000))).toEqual({ ok: false, error: { kind: 'too-long', length: 2000, limit: 1000 } });
    expect(decodeShareCode('1.nps.95.1 2')).toEqual({ ok: false, error: { kind: 'invalid-characters', position: 10, character: ' ' } });
  });

  it('notices a code that was cut short or changed', () => {
    const code = encodeShareCode(npsState);
    expect(decodeShareCode(code.slice(0, -1))).toEqual({ ok: false, error: { kind: 'truncated' } });
    expect(decodeShareCode(code.replace('1e', '1f'))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    expect(decodeShareCode(code.replace('.0-0-1', '.0-0'))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
  });

  it('checks each part even when the check digits match, and says what is wrong with it', () => {
    // Hand-made parts with valid check digits, to reach the checks of each part.
    const sign = (calculator: string, ...parts: string[]) => writeCalculatorCode(calculator, parts);
    const counts = invalid(['Its counts are not valid: they must be whole numbers, one for each answer on the scale.']);
    expect(decodeShareCode(sign('nps', '95', '1-2-3'))).toMatchObject({ ok: true });
    expect(decodeShareCode(sign('nps', '80', '1-2-3'))).toEqual({ ok: false, error: invalid(['Its confidence level is “80”; it must be 90, 95 or 99.']) });
    expect(decodeShareCode(sign('nps', '95', '1-2'))).toEqual({ ok: false, error: counts });
    expect(decodeShareCode(sign('nps', '95', 'zzzzzzzzzzz-1-1'))).toEqual({ ok: false, error: counts });
    expect(decodeShareCode(sign('nps', '95', '1-2-3', '4-5-6'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeShareCode(sign('csat', '95', '4', '4', '1-2-3-4'))).toEqual({
      ok: false,
      error: invalid(['Its scale is 1 to “4”; CSAT scales here are 1–3, 1–5, 1–7 and 1–10.']),
    });
    expect(decodeShareCode(sign('csat', '95', '5', '1', '1-2-3-4-5'))).toEqual({
      ok: false,
      error: invalid(['Its “satisfied” threshold is “1”, which is not from 2 to 5 on its 1–5 scale.']),
    });
    expect(decodeShareCode(sign('csat', '95', '5', '4', '1-2-3-4'))).toEqual({ ok: false, error: counts });
    expect(decodeShareCode(sign('ces2', '95', '1-2-3-4-5'))).toEqual({ ok: false, error: counts });
    expect(decodeShareCode(sign('churn', '95', '1'))).toEqual({ ok: false, error: { kind: 'other-tool', found: 'the churn and retention calculator (/tools/churn-retention/)' } });
    expect(decodeShareCode(sign('abc', '95', '1'))).toEqual({ ok: false, error: { kind: 'other-tool', found: 'another calculator (“abc”)' } });
  });

  it('never throws when decoding any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (code) => {
        expect(typeof decodeShareCode(code).ok).toBe('boolean');
      }),
      { numRuns: 500, interruptAfterTimeLimit: 3000 },
    );
    const piece = fc.constantFrom('1', '.', '-', 'nps', 'npsc', 'csat', 'ces1', 'ces2', '95', '5', '4', 'a', 'z', '#', ' ', 'zzzzzzzzzzzz');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(typeof decodeShareCode(pieces.join('')).ok).toBe('boolean');
      }),
      { numRuns: 500, interruptAfterTimeLimit: 3000 },
    );
  }, 20_000);
});

describe('share codes: where the answers came from', () => {
  const source = { fileName: 'Umfrage März.csv', layout: 'qualtrics', column: 'Q1', leftOut: 3, notANumber: 1, outOfRange: 2, notWhole: 0 } as const;

  it('carries the source after the counts, and old codes without one still open without a source key', () => {
    const code = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 3] }, source });
    expect(decodeShareCode(code)).toEqual({ ok: true, value: { calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 3] }, source } });
    const old = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 3] } });
    const decoded = decodeShareCode(old);
    expect(decoded.ok && 'source' in decoded.value).toBe(false);
  });

  it('keeps both periods’ sources in a comparison, one of them absent', () => {
    const code = encodeShareCode({
      calculator: 'nps-comparison',
      confidence: 90,
      baseline: { kind: 'groups', groups: { promoters: 3, passives: 1, detractors: 1 } },
      current: { kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] },
      sources: { baseline: null, current: { ...source, fileName: null, layout: 'list', column: null } },
    });
    const decoded = decodeShareCode(code);
    expect(decoded.ok && decoded.value.calculator === 'nps-comparison' && decoded.value.sources).toEqual({
      baseline: null,
      current: { ...source, fileName: null, layout: 'list', column: null },
    });
  });

  it('leaves the label scores out rather than pass 1,000 characters', () => {
    const labels = Array.from({ length: 8 }, (_, index) => ({ label: `${'ü'.repeat(14)}${String(index)}`, score: index }));
    const long = { fileName: 'ü'.repeat(40), layout: 'qualtrics', column: 'ü'.repeat(40), leftOut: 0, notANumber: 0, outOfRange: 0, notWhole: 0, labels } as const;
    const code = encodeShareCode({
      calculator: 'nps-comparison',
      confidence: 95,
      baseline: { kind: 'scores', counts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
      current: { kind: 'scores', counts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
      sources: { baseline: long, current: long },
    });
    expect(code.length).toBeLessThanOrEqual(1000);
    const decoded = decodeShareCode(code);
    expect(decoded.ok && decoded.value.calculator === 'nps-comparison' && decoded.value.sources?.current?.labels).toBeUndefined();
    expect(decoded.ok && decoded.value.calculator === 'nps-comparison' && decoded.value.sources?.current?.column).toBe(`${'ü'.repeat(28)}…`);
  });

  it('refuses a damaged source instead of half reading it', () => {
    const sign = (calculator: string, ...parts: string[]) => writeCalculatorCode(calculator, parts);
    expect(decodeShareCode(sign('ces2', '95', '1-1-1-1-1-1-1', 's-zz-0-0-0-0--'))).toEqual({ ok: false, error: invalid(['Its note on where the answers came from is damaged.']) });
    // Left-out counts that do not add up, and text that is not UTF-8.
    expect(decodeShareCode(sign('ces2', '95', '1-1-1-1-1-1-1', 's-l-2-1-0-0--')).ok).toBe(false);
    expect(decodeShareCode(sign('ces2', '95', '1-1-1-1-1-1-1', 's-l-0-0-0-0-ff-')).ok).toBe(false);
  });
});
