import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64UrlBytes, encodeBase64UrlBytes } from '../../../src/lib/journey/base64url-bytes';

describe('base64url bytes', () => {
  it('matches RFC 4648 test vectors, without padding', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(encodeBase64UrlBytes(text(''))).toBe('');
    expect(encodeBase64UrlBytes(text('f'))).toBe('Zg');
    expect(encodeBase64UrlBytes(text('foob'))).toBe('Zm9vYg');
    expect(encodeBase64UrlBytes(text('foobar'))).toBe('Zm9vYmFy');
    expect(encodeBase64UrlBytes(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('round-trips any bytes, including large ones', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(decodeBase64UrlBytes(encodeBase64UrlBytes(bytes))).toEqual(bytes);
    }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },);
    const large = new Uint8Array(100_000).map((_value, index) => index % 256);
    expect(decodeBase64UrlBytes(encodeBase64UrlBytes(large))).toEqual(large);
  });

  it('refuses what it would not write', () => {
    expect(decodeBase64UrlBytes('Zg==')).toBeNull();
    expect(decodeBase64UrlBytes('Z')).toBeNull();
    expect(decodeBase64UrlBytes('Zh')).toBeNull();
    expect(decodeBase64UrlBytes('a+b/')).toBeNull();
  });
});
