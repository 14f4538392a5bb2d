/**
 * Share codes: a persona carried in a link's fragment (`/tools/personas/#share=<code>`), so it never reaches
 * a server.
 *
 *     <version>.<payload>        1.eJyrVspLzE1VslJyzs8rSc0rUaoFAC3pBUI
 *
 * - version: `PERSONA_SCHEMA_VERSION` in decimal; readers check it first, so a later format may change the rest;
 * - payload: base64url (RFC 4648 §5, no padding) of the zlib-deflated (RFC 1950, with its Adler-32 checksum,
 *   so a cut or altered link is detected) UTF-8 JSON of `compactPersona(persona)`.
 *
 * The avatar image and the dates are left out (the page says so). Compression uses the browser's built-in
 * CompressionStream, so encoding and decoding are asynchronous.
 */
import { err, ok, type Result } from '../result.ts';
import { compactPersona, expandPersona } from './compact-persona.ts';
import type { PersonaIssue } from './describe-persona-issue.ts';
import { describeMigrationError, migratePersonaData, PERSONA_MIGRATIONS, type PersonaMigrations } from './persona-migrations.ts';
import { PERSONA_SCHEMA_VERSION, type Persona } from './persona-schema.ts';
import { validatePersona } from './validate-persona.ts';
import { formatNumber } from '../text/format.ts';

/** Longest share code read (characters); a full persona stays well under it. */
export const MAX_SHARE_CODE_LENGTH = 40_000;
/** Most bytes a share code may expand to, so a crafted code cannot exhaust memory. */
const MAX_EXPANDED_BYTES = 512 * 1024;
const SHARE_CODE_PATTERN = /^([0-9]{1,4})\.([A-Za-z0-9_-]+)$/;

/** Why a share code could not be read. */
export type ShareCodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number; readonly limit: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'future-version'; readonly found: number; readonly supported: number }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'invalid'; readonly issues: readonly PersonaIssue[] };

/**
 * Encode a persona as a share code (its avatar image and dates are left out).
 *
 * @param persona the persona; it should have no problems (see findPersonaProblems), or the code will not read back
 * @returns the code, URL-safe
 * @example await encodeShareCode(maya) // '1.eJy…'
 */
export async function encodeShareCode(persona: Persona): Promise<string> {
  const json = JSON.stringify(compactPersona(persona));
  const compressed = await pipeBytes(new TextEncoder().encode(json), new CompressionStream('deflate'), Infinity);
  return `${PERSONA_SCHEMA_VERSION}.${toBase64Url(compressed ?? new Uint8Array())}`;
}

/**
 * Read a share code back into a persona. Never throws: any string gives a persona or an error.
 *
 * @param code the code, as found after `#share=`
 * @param now the date given to the persona (a link carries no dates)
 * @param migrations the migrations table (tests pass their own)
 * @returns the persona, or why the code cannot be read
 * @example await decodeShareCode('1.abc', new Date()) // err({ kind: 'corrupt' })
 */
export async function decodeShareCode(
  code: string,
  now: Date,
  migrations: PersonaMigrations = PERSONA_MIGRATIONS,
): Promise<Result<Persona, ShareCodeError>> {
  try {
    const trimmed = code.trim();
    if (trimmed === '') return err({ kind: 'empty' });
    if (trimmed.length > MAX_SHARE_CODE_LENGTH) return err({ kind: 'too-long', length: trimmed.length, limit: MAX_SHARE_CODE_LENGTH });
    const match = SHARE_CODE_PATTERN.exec(trimmed);
    const version = Number(match?.[1]);
    const payload = match?.[2];
    if (!payload || !Number.isInteger(version) || version < 1) return err({ kind: 'malformed' });
    if (version > PERSONA_SCHEMA_VERSION) return err({ kind: 'future-version', found: version, supported: PERSONA_SCHEMA_VERSION });

    const compressed = fromBase64Url(payload);
    if (!compressed) return err({ kind: 'corrupt' });
    const bytes = await pipeBytes(compressed, new DecompressionStream('deflate'), MAX_EXPANDED_BYTES);
    if (!bytes) return err({ kind: 'corrupt' });
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));

    const migrated = migratePersonaData(expandPersona(data), version, migrations);
    if (!migrated.ok) return err({ kind: 'invalid', issues: [{ path: [], field: 'the persona', message: describeMigrationError(migrated.error) }] });
    const stamp = now.toISOString();
    const dated = typeof migrated.value === 'object' && migrated.value !== null ? { ...migrated.value, createdAt: stamp, updatedAt: stamp } : migrated.value;
    const checked = validatePersona(dated);
    return checked.ok ? ok(checked.value.persona) : err({ kind: 'invalid', issues: checked.error });
  } catch {
    // Broken compressed data, broken UTF-8 or broken JSON: a code that was cut short or altered.
    return err({ kind: 'corrupt' });
  }
}

/** Run bytes through a (de)compression stream; undefined when it fails or its output passes `limit` bytes. */
async function pipeBytes(input: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = new Blob([input]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * Say in plain words why a share link could not be opened.
 *
 * @param error the share code error
 * @returns a sentence for the page
 * @example describeShareCodeError({ kind: 'corrupt' }) // 'This share link is damaged: part of it may have been cut off when it was copied. Ask for the link again.'
 */
export function describeShareCodeError(error: ShareCodeError): string {
  switch (error.kind) {
    case 'empty':
      return 'This share link carries no persona.';
    case 'too-long':
      return `This share link is ${formatNumber(error.length)} characters long; the longest this page reads is ${formatNumber(error.limit)}.`;
    case 'malformed':
      return 'This is not a persona share link: it should look like “#share=1.” followed by letters and digits.';
    case 'future-version':
      return `This share link was made by a newer version of the persona builder (format ${error.found}; this page reads up to ${error.supported}). Reload the page to get the latest version.`;
    case 'corrupt':
      return 'This share link is damaged: part of it may have been cut off when it was copied. Ask for the link again.';
    case 'invalid':
      return `This share link’s persona has ${error.issues.length === 1 ? 'a problem' : `${error.issues.length} problems`}: ${error.issues
        .slice(0, 5)
        .map((issue) => `${issue.field} ${issue.message}`)
        .join('; ')}${error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : ''}.`;
    default:
      return error satisfies never;
  }
}
