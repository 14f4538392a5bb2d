/**
 * Share codes: a persona carried in a link's fragment (`/tools/personas/#share=<code>`), so it never reaches
 * a server.
 *
 *     <version>.<payload>        1.eJyrVspLzE1VslJyzs8rSc0rUaoFAC3pBUI
 *
 * - version: `PERSONA_SCHEMA_VERSION`; readers check it first, so a later format may change the rest;
 * - payload: base64url of the zlib-deflated UTF-8 JSON of `compactPersona(persona)`. zlib (RFC 1950) carries an
 *   Adler-32 checksum of the data, so a cut or altered link is detected without a checksum of our own.
 *
 * The avatar image and the dates are left out (the page says so).
 */
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { packJson, unpackJson } from '../portable/json-payload.ts';
import { migrate, type Migrations } from '../portable/migrate.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { compactPersona, expandPersona } from './compact-persona.ts';
import { PERSONA_MIGRATIONS } from './persona-migrations.ts';
import { PERSONA_SCHEMA_VERSION, type Persona } from './persona-schema.ts';
import { validatePersona } from './validate-persona.ts';

/** The envelope: at most 40,000 characters (a full persona stays well under it), no checksum of its own. */
export const PERSONA_CODE: CodeFormat = {
  separator: '.',
  alphabet: /^[A-Za-z0-9_.-]$/,
  maxLength: 40_000,
  checksum: 'none',
  parts: { min: 1, max: 1 },
};

/** Most bytes a share code may expand to, so a crafted code cannot exhaust memory. */
const MAX_EXPANDED_BYTES = 512 * 1024;

/**
 * Encode a persona as a share code (its avatar image and dates are left out).
 *
 * @param persona the persona; it should have no problems (see findPersonaProblems), or the code will not read back
 * @returns the code, URL-safe
 * @example await encodeShareCode(maya) // '1.eJy…'
 */
export async function encodeShareCode(persona: Persona): Promise<string> {
  return writeCode(PERSONA_CODE, PERSONA_SCHEMA_VERSION, [await packJson(compactPersona(persona), 'deflate')]);
}

/**
 * Read a share code (bare, or as a link's `#share=` fragment) back into a persona. Never throws: any string
 * gives a persona or an error.
 *
 * @param code the code
 * @param now the date given to the persona (a link carries no dates)
 * @param migrations the migrations table (tests pass their own)
 * @returns the persona, or why the code cannot be read
 * @example await decodeShareCode('1.abc', new Date()) // err({ kind: 'unreadable' })
 */
export async function decodeShareCode(code: string, now: Date, migrations: Migrations = PERSONA_MIGRATIONS): Promise<Result<Persona, PortableError>> {
  const read = readCode(cleanCode(code, [FRAGMENT_KEYS.persona]), PERSONA_CODE, migrations);
  if (!read.ok) return read;
  const data = await unpackJson(read.value.parts[0] ?? '', 'deflate', MAX_EXPANDED_BYTES);
  if (!data.ok) return data;
  const migrated = migrate(expandPersona(data.value), read.value.version, migrations);
  if (!migrated.ok) return migrated;
  const stamp = now.toISOString();
  const dated = typeof migrated.value === 'object' && migrated.value !== null ? { ...migrated.value, createdAt: stamp, updatedAt: stamp } : migrated.value;
  const checked = validatePersona(dated);
  return checked.ok ? ok(checked.value.persona) : err(invalid(checked.error.map((issue) => `${issue.place} ${issue.message}.`)));
}
