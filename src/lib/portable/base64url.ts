/**
 * base64url (RFC 4648 §5) without padding: the one way bytes and text go into a link or code. Decoding accepts
 * only the canonical form (the one `encodeBase64Url` writes), so two different codes never read as the same data.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index += 1) VALUES[ALPHABET.charCodeAt(index)] = index;

/**
 * Bytes as unpadded base64url.
 *
 * @param bytes any bytes
 * @returns text of A-Z a-z 0-9 - _
 * @example encodeBase64Url(new Uint8Array([251, 255])) // '-_8'
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  let line = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const triple = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    line += ALPHABET.charAt(triple >>> 18) + ALPHABET.charAt((triple >>> 12) & 63) + ALPHABET.charAt((triple >>> 6) & 63) + ALPHABET.charAt(triple & 63);
    // Flush now and then: one huge string built by += is slow to read back in some engines.
    if (line.length >= 8192) {
      out.push(line);
      line = '';
    }
  }
  const left = bytes.length - index;
  if (left === 1) {
    const value = (bytes[index] ?? 0) << 16;
    line += ALPHABET.charAt(value >>> 18) + ALPHABET.charAt((value >>> 12) & 63);
  } else if (left === 2) {
    const value = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8);
    line += ALPHABET.charAt(value >>> 18) + ALPHABET.charAt((value >>> 12) & 63) + ALPHABET.charAt((value >>> 6) & 63);
  }
  out.push(line);
  return out.join('');
}

/**
 * Unpadded base64url back to bytes. Never throws: a character outside the alphabet, an impossible length
 * (4n + 1) or stray bits in the last character (a non-canonical form) give null. O(length).
 *
 * @param text the base64url text
 * @returns the bytes, or null
 * @example decodeBase64Url('-_8') // Uint8Array [251, 255]
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  const remainder = text.length % 4;
  if (remainder === 1) return null;
  const bytes = new Uint8Array(Math.floor(text.length / 4) * 3 + (remainder === 0 ? 0 : remainder - 1));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written] = (buffer >>> bits) & 0xff;
      written += 1;
    }
  }
  // The bits left over must be zero, or several texts would read as the same bytes.
  return (buffer & ((1 << bits) - 1)) === 0 ? bytes : null;
}

/**
 * Text (as UTF-8) as unpadded base64url.
 *
 * @example encodeBase64UrlText('Não') // 'TsOjbw'
 */
export function encodeBase64UrlText(text: string): string {
  return encodeBase64Url(new TextEncoder().encode(text));
}

/**
 * Unpadded base64url of UTF-8 back to text; null when it is not canonical base64url or not valid UTF-8.
 *
 * @example decodeBase64UrlText('TsOjbw') // 'Não'
 */
export function decodeBase64UrlText(text: string): string | null {
  const bytes = decodeBase64Url(text);
  return bytes === null ? null : decodeUtf8(bytes);
}

/**
 * Strict UTF-8: broken sequences give null instead of U+FFFD, so damaged data is noticed, not shown.
 *
 * @example decodeUtf8(new Uint8Array([0xff])) // null
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // A fatal decoder throws on broken UTF-8: damaged data, reported by the caller.
    return null;
  }
}
