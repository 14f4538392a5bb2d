/**
 * A codebook's themes in a link's fragment (`#k=<code>`): names and rules, never hand codes (they point at
 * comments) and never a comment.
 *
 *     <version>.<encoding><payload>.<checksum>        1.zq1ZKkvNS….Ab3x
 *
 * encoding `z` is raw DEFLATE of the UTF-8 JSON `{ "themes": [{ "id", "name", "rules" }] }`, `j` the JSON itself
 * (a browser without CompressionStream); payload base64url; checksum 4 base64url characters over everything
 * before it (see ../portable).
 */
import { canCompress } from '../portable/compression.ts';
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { packJson, unpackJson } from '../portable/json-payload.ts';
import { migrate, type Migrations } from '../portable/migrate.ts';
import { err, type Result } from '../result.ts';
import type { PortableError } from '../portable/portable-error.ts';
import type { Theme } from './comment.ts';
import { readSharedThemes } from './codebook-schema.ts';

/** The fragment key: `#k=<code>`. */
export const CODEBOOK_FRAGMENT_KEY = FRAGMENT_KEYS.codebook;

/** Largest codebook a code may expand to: 100 themes of 30 rules of 100 characters fit, in any script. */
export const MAX_CODEBOOK_CODE_BYTES = 2 * 1024 * 1024;

export const CODEBOOK_CODE: CodeFormat = {
  separator: '.',
  alphabet: /^[A-Za-z0-9_.-]$/,
  maxLength: 400_000,
  checksum: 'base64url',
  parts: { min: 1, max: 1 },
};

export const CODEBOOK_CODE_MIGRATIONS: Migrations = { current: 1, oldest: 1, steps: {} };

/**
 * Encode a codebook's themes as a share code (compressed when the browser can). Hand codes are not taken.
 *
 * @param themes the themes, with their rules
 * @returns the code
 * @example await encodeCodebookShareCode([{ id: 'price', name: 'Price', rules: ['expensive', 'price*'] }]) // '1.z…' + '.' + 4 checksum characters
 */
export async function encodeCodebookShareCode(themes: readonly Theme[]): Promise<string> {
  // Only these three fields: a theme object carrying more (in a store, say) must not leak it into a link.
  const shared = { themes: themes.map(({ id, name, rules }) => ({ id, name, rules })) };
  const payload = canCompress() ? `z${await packJson(shared, 'deflate-raw')}` : `j${await packJson(shared, 'plain')}`;
  return writeCode(CODEBOOK_CODE, CODEBOOK_CODE_MIGRATIONS.current, [payload]);
}

/**
 * Read a share code (bare, or a link's `#k=` fragment) back into checked themes. Never throws; a crafted code
 * stops at `MAX_CODEBOOK_CODE_BYTES` while it is being decompressed.
 *
 * @param code the code
 * @returns the themes, or why they cannot be read (a bad rule names its theme, its rule and why)
 * @example await decodeCodebookShareCode('1.j') // err({ kind: 'truncated' })
 */
export async function decodeCodebookShareCode(code: string): Promise<Result<readonly Theme[], PortableError>> {
  const read = readCode(cleanCode(code, [CODEBOOK_FRAGMENT_KEY]), CODEBOOK_CODE, CODEBOOK_CODE_MIGRATIONS);
  if (!read.ok) return read;
  const [payload = ''] = read.value.parts;
  const encoding = payload[0];
  if (encoding !== 'z' && encoding !== 'j') return err({ kind: 'unreadable' });
  const data = await unpackJson(payload.slice(1), encoding === 'z' ? 'deflate-raw' : 'plain', MAX_CODEBOOK_CODE_BYTES);
  if (!data.ok) return data;
  const migrated = migrate(data.value, read.value.version, CODEBOOK_CODE_MIGRATIONS);
  if (!migrated.ok) return migrated;
  return readSharedThemes(migrated.value);
}
