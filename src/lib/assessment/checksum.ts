/** How many characters a checksum has: 4 base64url characters hold 24 bits. */
export const CHECKSUM_LENGTH = 4;

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A short checksum of a text: the FNV-1a 32-bit hash, folded to 24 bits, as 4 base64url characters.
 * It catches typos and hand edits in share codes (a changed character goes unnoticed about once in
 * 16 million); it is not a security measure. See http://www.isthe.com/chongo/tech/comp/fnv/
 *
 * @example
 * getChecksum('1.f33'); // => 4 characters, always the same for the same text
 */
export function getChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const folded = ((hash >>> 24) ^ hash) & 0xffffff;
  let checksum = '';
  for (let shift = 18; shift >= 0; shift -= 6) checksum += BASE64URL_ALPHABET[(folded >>> shift) & 63];
  return checksum;
}
