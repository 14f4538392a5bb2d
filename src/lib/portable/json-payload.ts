/**
 * A JSON value as a compact code payload: UTF-8 JSON, compressed when the browser can, as base64url. Reading it
 * back stops at a byte limit, so a crafted code cannot fill the memory (see compression.ts).
 *
 * And the whole code for tools whose link carries one JSON value (journey maps, survey analyses, codebooks):
 *
 *     <version>.<encoding><payload>.<checksum>        2.zjVHLbtswEPwVg…Qx2.k9Qa
 *
 * encoding `z` is raw DEFLATE of the UTF-8 JSON, `j` the JSON itself (a browser without CompressionStream writes
 * `j`; every reader reads both); payload base64url; checksum 4 base64url characters over everything before it.
 */
import { err, ok, type Result } from '../result.ts';
import { decodeBase64Url, decodeUtf8, encodeBase64Url } from './base64url.ts';
import { cleanCode, readCode, writeCode, type CodeFormat } from './code-envelope.ts';
import { canCompress, compress, decompress, type DeflateFormat } from './compression.ts';
import { parseJson } from './export-file.ts';
import { migrate, type Migrations } from './migrate.ts';
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

/** A tool's code carrying one JSON value: all a domain states, the rest is shared. */
export interface JsonCode {
  /** The fragment key it sits behind in a link (`map`, `s`, `k`). */
  readonly key: string;
  /** The envelope (see `jsonCodeFormat`). */
  readonly format: CodeFormat;
  /** The most bytes of JSON it may expand to: decompression stops there. */
  readonly maxBytes: number;
  /** The domain's versions: codes are written in `current`, older ones upgraded on reading. */
  readonly migrations: Migrations;
}

/**
 * The envelope of a JSON code: a version, one payload part and a base64url checksum.
 *
 * @param maxLength the longest code read, in characters (stated in the error)
 * @example jsonCodeFormat(400_000).parts // { min: 1, max: 1 }
 */
export function jsonCodeFormat(maxLength: number): CodeFormat {
  return { separator: '.', alphabet: /^[A-Za-z0-9_.-]$/, maxLength, checksum: 'base64url', parts: { min: 1, max: 1 } };
}

/**
 * Write a value as a JSON code, compressed when the browser can.
 *
 * @param code the tool's code
 * @param value the value, in the current version's shape
 * @example await writeJsonCode(SURVEY_JSON_CODE, shared) // '1.z…' + '.' + 4 checksum characters
 */
export async function writeJsonCode(code: JsonCode, value: unknown): Promise<string> {
  const payload = canCompress() ? `z${await packJson(value, 'deflate-raw')}` : `j${await packJson(value, 'plain')}`;
  return writeCode(code.format, code.migrations.current, [payload]);
}

/**
 * Read a JSON code (bare, or behind its fragment key) into the value in the current version's shape, still to be
 * checked by the domain's schema. Never throws; a crafted code stops at `maxBytes` while it is decompressed.
 *
 * @param text the code
 * @param code the tool's code
 * @returns the upgraded value, or why it cannot be read
 * @example await readJsonCode('1.j', SURVEY_JSON_CODE) // err({ kind: 'truncated' })
 */
export async function readJsonCode(text: string, code: JsonCode): Promise<Result<unknown, PortableError>> {
  const read = readCode(cleanCode(text, [code.key]), code.format, code.migrations);
  if (!read.ok) return read;
  const [payload = ''] = read.value.parts;
  const encoding = payload[0];
  if (encoding !== 'z' && encoding !== 'j') return err({ kind: 'unreadable' });
  const data = await unpackJson(payload.slice(1), encoding === 'z' ? 'deflate-raw' : 'plain', code.maxBytes);
  return data.ok ? migrate(data.value, read.value.version, code.migrations) : data;
}
