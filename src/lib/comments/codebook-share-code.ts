/**
 * A codebook's themes in a link's fragment (`#k=<code>`): names and rules, never hand codes (they point at
 * comments) and never a comment.
 *
 *     <version>.<encoding><payload>.<checksum>        1.zq1ZKkvNS….Ab3x
 *
 * A JSON code of `{ "themes": [{ "id", "name", "rules" }] }`: encoding, payload and checksum as in
 * ../portable/json-payload.ts.
 */
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { jsonCodeFormat, readJsonCode, writeJsonCode, type JsonCode } from '../portable/json-payload.ts';
import type { Migrations } from '../portable/migrate.ts';
import type { Result } from '../result.ts';
import type { PortableError } from '../portable/portable-error.ts';
import type { Theme } from './comment.ts';
import { readSharedThemes } from './codebook-schema.ts';

/** The fragment key: `#k=<code>`. */
export const CODEBOOK_FRAGMENT_KEY = FRAGMENT_KEYS.codebook;

/** Largest codebook a code may expand to: 100 themes of 30 rules of 100 characters fit, in any script. */
export const MAX_CODEBOOK_CODE_BYTES = 2 * 1024 * 1024;

export const CODEBOOK_CODE = jsonCodeFormat(400_000);

export const CODEBOOK_CODE_MIGRATIONS: Migrations = { current: 1, oldest: 1, steps: {} };

const CODEBOOK_JSON_CODE: JsonCode = { key: CODEBOOK_FRAGMENT_KEY, format: CODEBOOK_CODE, maxBytes: MAX_CODEBOOK_CODE_BYTES, migrations: CODEBOOK_CODE_MIGRATIONS };

/**
 * Encode a codebook's themes as a share code (compressed when the browser can). Hand codes are not taken.
 *
 * @param themes the themes, with their rules
 * @returns the code
 * @example await encodeCodebookShareCode([{ id: 'price', name: 'Price', rules: ['expensive', 'price*'] }]) // '1.z…' + '.' + 4 checksum characters
 */
export async function encodeCodebookShareCode(themes: readonly Theme[]): Promise<string> {
  // Only these three fields: a theme object carrying more (in a store, say) must not leak it into a link.
  return writeJsonCode(CODEBOOK_JSON_CODE, { themes: themes.map(({ id, name, rules }) => ({ id, name, rules })) });
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
  const data = await readJsonCode(code, CODEBOOK_JSON_CODE);
  return data.ok ? readSharedThemes(data.value) : data;
}
