/**
 * The one checksum of the portable layer: FNV-1a, 32 bits, over the UTF-16 code units of a text. Codes show it in
 * one of two alphabets, because links made before this layer existed must keep opening: the calculators' codes
 * use 4 base-36 digits (the hash mod 36⁴), every other code 4 base64url characters (the hash folded to 24 bits).
 * It catches typos and cut or hand-edited codes (a change goes unnoticed about once in 1.7 and 16.8 million);
 * it is not a security measure.
 *
 * @see http://www.isthe.com/chongo/tech/comp/fnv/ (FNV-1a)
 */

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The alphabet a code shows its checksum in. */
export type ChecksumStyle = 'base36' | 'base64url';

/** Characters in a checksum, whatever its style. */
export const CHECKSUM_LENGTH = 4;

/**
 * FNV-1a 32-bit hash.
 *
 * @example fnv1a32('') // 2166136261
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The 4-character checksum of a text in the given style.
 *
 * @param text what the checksum covers: everything in the code before it
 * @param style `base36` (calculators) or `base64url` (everything else)
 * @returns 4 characters
 * @example getChecksum('1.nps.95.1e-u-k', 'base36') // 4 characters of 0-9 a-z
 */
export function getChecksum(text: string, style: ChecksumStyle): string {
  const hash = fnv1a32(text);
  if (style === 'base36') return (hash % 36 ** CHECKSUM_LENGTH).toString(36).padStart(CHECKSUM_LENGTH, '0');
  const folded = ((hash >>> 24) ^ hash) & 0xffffff;
  let checksum = '';
  for (let shift = 18; shift >= 0; shift -= 6) checksum += BASE64URL_ALPHABET[(folded >>> shift) & 63];
  return checksum;
}
