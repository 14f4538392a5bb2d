const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

/**
 * Bytes as base64url (RFC 4648 §5) without padding, so they fit in a URL fragment.
 *
 * @param bytes any bytes
 * @returns the text
 * @example encodeBase64UrlBytes(new Uint8Array([251, 255])) // '-_8'
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
export function encodeBase64UrlBytes(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for large inputs.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Unpadded base64url back to bytes. Never throws: anything that is not the canonical encoding (bad
 * characters, impossible length, stray trailing bits) gives null.
 *
 * @param text the base64url text
 * @returns the bytes, or null
 * @example decodeBase64UrlBytes('-_8') // Uint8Array [251, 255]
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
export function decodeBase64UrlBytes(text: string): Uint8Array | null {
  if (!BASE64URL_PATTERN.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    // atob rejects what is not base64: not ours.
    return null;
  }
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  // Several texts decode to the same bytes (unused trailing bits); accept only the one we write.
  return encodeBase64UrlBytes(bytes) === text ? bytes : null;
}
