import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/lib/assessment/base64url.ts';

describe('encodeBase64Url', () => {
  test('encodes UTF-8 without padding, with URL-safe characters', () => {
    expect(encodeBase64Url('Não')).toBe('TsOjbw');
    expect(encodeBase64Url('??>')).toBe('Pz8-');
    expect(encodeBase64Url('???')).toBe('Pz8_');
    expect(encodeBase64Url('')).toBe('');
  });
});

describe('decodeBase64Url', () => {
  test('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeBase64Url(encodeBase64Url(text))).toEqual({ ok: true, value: text });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('rejects characters outside base64url, impossible lengths and stray bits', () => {
    expect(decodeBase64Url('Pz8+')).toEqual({ ok: false, error: { kind: 'invalid-base64url' } });
    expect(decodeBase64Url('TsOjb')).toEqual({ ok: false, error: { kind: 'invalid-base64url' } });
    expect(decodeBase64Url('TsOjbx')).toEqual({ ok: false, error: { kind: 'invalid-base64url' } });
  });

  test('rejects bytes that are not UTF-8', () => {
    expect(decodeBase64Url('_w')).toEqual({ ok: false, error: { kind: 'invalid-base64url' } });
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        decodeBase64Url(text);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
