import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShareCode } from '../../../src/lib/metrics/decode-share-code.ts';
import { encodeShareCode, getShareCodeCheck } from '../../../src/lib/metrics/share-code.ts';
import type { ShareState } from '../../../src/lib/metrics/share-code.ts';
import { anyString } from '../../support/arbitraries.ts';

const npsState: ShareState = { calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [0, 0, 1, 2, 5, 10, 20, 30, 40, 50, 30] } };

describe('decodeShareCode', () => {
  it('accepts a leading #, blanks and upper case', () => {
    const code = encodeShareCode(npsState);
    expect(decodeShareCode(`  #${code.toUpperCase()} `)).toEqual({ ok: true, value: npsState });
  });

  it('reports why a code cannot be read', () => {
    expect(decodeShareCode('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeShareCode('#')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeShareCode('hello')).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeShareCode('2.nps.95.1-2-3.abcd')).toEqual({ ok: false, error: { kind: 'unsupported-version', version: '2' } });
    expect(decodeShareCode('x'.repeat(2000))).toEqual({ ok: false, error: { kind: 'too-long', length: 2000, max: 1000 } });
  });

  it('notices a code that was cut short or changed', () => {
    const code = encodeShareCode(npsState);
    expect(decodeShareCode(code.slice(0, -1))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    expect(decodeShareCode(code.replace('1e', '1f'))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    expect(decodeShareCode(code.replace('.0-0-1', '.0-0'))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
  });

  it('checks each part even when the check digits match', () => {
    // Give hand-made bodies valid check digits, to reach the checks of each part.
    const sign = (body: string) => `${body}.${getShareCodeCheck(body)}`;
    expect(decodeShareCode(sign('1.nps.95.1-2-3'))).toMatchObject({ ok: true });
    expect(decodeShareCode(sign('1.nps.80.1-2-3'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'confidence' } });
    expect(decodeShareCode(sign('1.nps.95.1-2'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'counts' } });
    expect(decodeShareCode(sign('1.nps.95.1-2-!'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'counts' } });
    expect(decodeShareCode(sign('1.nps.95.zzzzzzzzzzz-1-1'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'counts' } });
    expect(decodeShareCode(sign('1.nps.95.1-2-3.4-5-6'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeShareCode(sign('1.csat.95.4.4.1-2-3-4'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'scale' } });
    expect(decodeShareCode(sign('1.csat.95.5.1.1-2-3-4-5'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'threshold' } });
    expect(decodeShareCode(sign('1.csat.95.5.4.1-2-3-4'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'counts' } });
    expect(decodeShareCode(sign('1.ces2.95.1-2-3-4-5'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'counts' } });
    expect(decodeShareCode(sign('1.churn.95.1'))).toEqual({ ok: false, error: { kind: 'unknown-calculator', calculator: 'churn' } });
  });

  it('never throws when decoding any string', () => {
    fc.assert(
      fc.property(anyString(), (code) => {
        decodeShareCode(code);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 1_000 },
    );
    const piece = fc.constantFrom('1', '.', '-', 'nps', 'npsc', 'csat', 'ces1', 'ces2', '95', '5', '4', 'a', 'z', '#', ' ', 'zzzzzzzzzzzz');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const result = decodeShareCode(pieces.join(''));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 100, interruptAfterTimeLimit: 1_000 },
    );
  });
});
