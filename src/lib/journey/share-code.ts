/**
 * A whole map in a link's fragment (`#map=<code>`), which browsers never send to a server.
 *
 *     <version>.<encoding><payload>.<checksum>        2.zjVHLbtswEPwVg…Qx2.k9Qa
 *
 * - version: the map data version (`JOURNEY_MAP_VERSION`, 2 since issue 15; version-1 links still open, upgraded);
 * - encoding: `z` for raw DEFLATE of the UTF-8 JSON of the map, `j` for the UTF-8 JSON itself (a browser
 *   without CompressionStream writes `j`; every reader reads both);
 * - payload: base64url; checksum: 4 base64url characters over everything before it (see ../portable).
 */
import { canCompress } from '../portable/compression.ts';
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { packJson, unpackJson } from '../portable/json-payload.ts';
import { migrate } from '../portable/migrate.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { describeJourneyIssue } from './describe-journey-issue.ts';
import { formatSchemaIssue } from '../schema/describe-schema-issue.ts';
import { journeyMapSchema, type JourneyMap } from './journey-map-schema.ts';
import { JOURNEY_MAP_MIGRATIONS, JOURNEY_MAP_VERSION } from './journey-migrations.ts';

/** The fragment key: `#map=<code>`. */
export const SHARE_FRAGMENT_KEY = FRAGMENT_KEYS.map;

/** Largest map a link may expand to (4 MiB of JSON): far above a full map. */
export const MAX_MAP_BYTES = 4 * 1024 * 1024;

/** The envelope: at most 1,000,000 characters (far above a full map, short enough to refuse junk quickly). */
export const JOURNEY_CODE: CodeFormat = {
  separator: '.',
  alphabet: /^[A-Za-z0-9_.-]$/,
  maxLength: 1_000_000,
  checksum: 'base64url',
  parts: { min: 1, max: 1 },
};

/**
 * Encode a map as a share code (compressed when the browser can).
 *
 * @param map the map
 * @returns the code
 * @example await encodeJourneyShareCode(map) // '2.z…' + '.' + 4 checksum characters
 */
export async function encodeJourneyShareCode(map: JourneyMap): Promise<string> {
  const payload = canCompress() ? `z${await packJson(map, 'deflate-raw')}` : `j${await packJson(map, 'plain')}`;
  return writeCode(JOURNEY_CODE, JOURNEY_MAP_VERSION, [payload]);
}

/**
 * Read a share code (bare, or as a link's `#map=` fragment) back into a validated map. Never throws, whatever
 * the string; a crafted code stops at `MAX_MAP_BYTES` while it is being decompressed.
 *
 * @param code the code
 * @returns the map, or why it cannot be read
 * @example await decodeJourneyShareCode('1.j') // err({ kind: 'truncated' })
 */
export async function decodeJourneyShareCode(code: string): Promise<Result<JourneyMap, PortableError>> {
  const read = readCode(cleanCode(code, [SHARE_FRAGMENT_KEY]), JOURNEY_CODE, JOURNEY_MAP_MIGRATIONS);
  if (!read.ok) return read;
  const [payload = ''] = read.value.parts;
  const encoding = payload[0];
  if (encoding !== 'z' && encoding !== 'j') return err({ kind: 'unreadable' });
  const data = await unpackJson(payload.slice(1), encoding === 'z' ? 'deflate-raw' : 'plain', MAX_MAP_BYTES);
  if (!data.ok) return data;
  const migrated = migrate(data.value, read.value.version, JOURNEY_MAP_MIGRATIONS);
  if (!migrated.ok) return migrated;
  const checked = journeyMapSchema.safeParse(migrated.value, { reportInput: true });
  if (!checked.success) return err(invalid(checked.error.issues.map((issue) => formatSchemaIssue(describeJourneyIssue(issue)))));
  return ok(checked.data);
}
