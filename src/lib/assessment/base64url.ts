import { err, ok, type Result } from '../result.ts';

const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

/**
 * Encodes text as base64url (RFC 4648 §5) of its UTF-8 bytes, without padding, so it fits in a URL.
 *
 * @example
 * encodeBase64Url('Não'); // => 'TsOjbw'
 */
export function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Decodes unpadded base64url back to text. Never throws: anything that is not the canonical
 * encoding of valid UTF-8 (bad characters, impossible length, stray bits, broken UTF-8) is an error.
 *
 * @example
 * decodeBase64Url('TsOjbw'); // => { ok: true, value: 'Não' }
 * decodeBase64Url('T'); // => { ok: false, error: { kind: 'invalid-base64url' } }
 */
export function decodeBase64Url(encoded: string): Result<string, { readonly kind: 'invalid-base64url' }> {
  const invalid = err({ kind: 'invalid-base64url' } as const);
  if (!BASE64URL_PATTERN.test(encoded) || encoded.length % 4 === 1) return invalid;
  try {
    const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    // Several strings decode to the same bytes (unused trailing bits); accept only the one we write.
    return encodeBase64Url(text) === encoded ? ok(text) : invalid;
  } catch {
    // atob rejects malformed input and a fatal TextDecoder rejects broken UTF-8; both mean "not ours".
    return invalid;
  }
}
