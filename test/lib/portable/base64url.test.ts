import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64Url, decodeBase64UrlText, decodeUtf8, encodeBase64Url, encodeBase64UrlText } from '../../../src/lib/portable/base64url.ts';

// Reference: Node's own base64url codec (Buffer), an implementation independent of ours.
const BOUNDS = { numRuns: 300, interruptAfterTimeLimit: 3000 };

describe('encodeBase64Url', () => {
  test('matches known values, URL-safe and unpadded', () => {
    expect(encodeBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
    expect(encodeBase64UrlText('Não')).toBe('TsOjbw');
    expect(encodeBase64UrlText('??>')).toBe('Pz8-');
    expect(encodeBase64UrlText('???')).toBe('Pz8_');
    expect(encodeBase64Url(new Uint8Array())).toBe('');
  });

  test('agrees with Node’s Buffer for any bytes, and reads back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(bytes);
      }),
      BOUNDS,
    );
  });

  test('handles inputs far larger than one flush of its output buffer', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, index) => (index * 7919) % 256);
    expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });
});

describe('decodeBase64Url', () => {
  test('refuses characters outside the alphabet, impossible lengths and stray bits (non-canonical forms)', () => {
    expect(decodeBase64Url('Pz8+')).toBeNull();
    expect(decodeBase64Url('Pz8=')).toBeNull();
    expect(decodeBase64Url('TsOjb')).toBeNull();
    // 'TsOjbx' carries bits after the last byte that 'TsOjbw' has as zero: same bytes, another text.
    expect(decodeBase64Url('TsOjbx')).toBeNull();
    expect(decodeBase64Url('-_9')).toBeNull();
    expect(decodeBase64Url('é')).toBeNull();
    expect(decodeBase64Url('')).toEqual(new Uint8Array());
  });

  test('accepts exactly the texts Buffer writes: anything else it decodes is a different text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.'), maxLength: 40 }), (text) => {
        const bytes = decodeBase64Url(text);
        if (bytes !== null) expect(Buffer.from(bytes).toString('base64url')).toBe(text);
      }),
      BOUNDS,
    );
  });
});

describe('text helpers', () => {
  test('round-trip any text, including emoji and lone surrogates replaced by the encoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        expect(decodeBase64UrlText(encodeBase64UrlText(text))).toBe(text);
      }),
      BOUNDS,
    );
  });

  test('refuse bytes that are not UTF-8 instead of showing replacement characters', () => {
    expect(decodeBase64UrlText('_w')).toBeNull();
    expect(decodeUtf8(new Uint8Array([0xe2, 0x82]))).toBeNull();
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('\uFEFFA');
  });
});
