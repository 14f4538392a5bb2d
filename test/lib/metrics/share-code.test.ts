import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SHARE_CODE_VERSION, encodeShareCode } from '../../../src/lib/metrics/share-code.ts';
import { decodeShareCode } from '../../../src/lib/metrics/decode-share-code.ts';
import type { NpsSample, ShareState } from '../../../src/lib/metrics/share-code.ts';
import { CSAT_SCALES } from '../../../src/lib/metrics/csat-scale.ts';
import type { CsatScaleId } from '../../../src/lib/metrics/csat-scale.ts';

const npsState: ShareState = { calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [0, 0, 1, 2, 5, 10, 20, 30, 40, 50, 30] } };

describe('share codes', () => {
  it('encodes counts compactly with a version number first', () => {
    expect(SHARE_CODE_VERSION).toBe(1);
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
