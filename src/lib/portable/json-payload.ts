/**
 * A JSON value as a compact code payload: UTF-8 JSON, compressed when the browser can, as base64url. Reading it
 * back stops at a byte limit, so a crafted code cannot fill the memory (see compression.ts).
 */
import { err, ok, type Result } from '../result.ts';
import { decodeBase64Url, decodeUtf8, encodeBase64Url } from './base64url.ts';
import { canCompress, compress, decompress, type DeflateFormat } from './compression.ts';
import { parseJson } from './export-file.ts';
import type { PortableError } from './portable-error.ts';

/** How a payload is stored: compressed in one of the DEFLATE formats, or plain UTF-8 JSON. */
export type PayloadEncoding = DeflateFormat | 'plain';

/**
 * Write a value as a payload.
 *
 * @param value any JSON value
 * @param encoding how to store it
 * @returns base64url text
 * @example await packJson({ a: 1 }, 'plain') // 'eyJhIjoxfQ'
 */
export async function packJson(value: unknown, encoding: PayloadEncoding): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return encodeBase64Url(encoding === 'plain' ? bytes : await compress(bytes, encoding));
}

/**
 * Read a payload back into a JSON value. Never throws.
 *
 * @param text base64url text
 * @param encoding how it was stored
 * @param maxBytes the largest JSON accepted, in bytes
 * @returns the value, or `unreadable`, `too-large` or `no-decompression`
 * @example await unpackJson('eyJhIjoxfQ', 'plain', 100) // ok({ a: 1 })
 */
export async function unpackJson(text: string, encoding: PayloadEncoding, maxBytes: number): Promise<Result<unknown, PortableError>> {
  const bytes = decodeBase64Url(text);
  if (bytes === null) return err({ kind: 'unreadable' });
  let json: Uint8Array | null | 'too-large' = bytes;
  if (encoding !== 'plain') {
    if (!canCompress()) return err({ kind: 'no-decompression' });
    json = await decompress(bytes, encoding, maxBytes);
  }
  if (json === 'too-large') return err({ kind: 'too-large', limit: maxBytes });
  if (json !== null && json.length > maxBytes) return err({ kind: 'too-large', bytes: json.length, limit: maxBytes });
  const decoded = json === null ? null : decodeUtf8(json);
  if (decoded === null) return err({ kind: 'unreadable' });
  const parsed = parseJson(decoded);
  return parsed.ok ? ok(parsed.value) : err({ kind: 'unreadable' });
}
