/**
 * A whole map in a link's fragment (`#map=<code>`), which browsers never send to a server.
 *
 *     <version>.<encoding><payload>.<checksum>        2.zjVHLbtswEPwVg…Qx2.k9Qa
 *
 * - version: the map data version (`JOURNEY_MAP_VERSION`, 2 since issue 15; version-1 links still open, upgraded);
 * - encoding, payload and checksum: as every JSON code's (see ../portable/json-payload.ts).
 */
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { jsonCodeFormat, readJsonCode, writeJsonCode, type JsonCode } from '../portable/json-payload.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { describeJourneyIssue } from './describe-journey-issue.ts';
import { formatSchemaIssue } from '../schema/describe-schema-issue.ts';
import { journeyMapSchema, type JourneyMap } from './journey-map-schema.ts';
import { JOURNEY_MAP_MIGRATIONS } from './journey-migrations.ts';

/** The fragment key: `#map=<code>`. */
export const SHARE_FRAGMENT_KEY = FRAGMENT_KEYS.map;

/** Largest map a link may expand to (4 MiB of JSON): far above a full map. */
export const MAX_MAP_BYTES = 4 * 1024 * 1024;

/** The envelope: at most 1,000,000 characters (far above a full map, short enough to refuse junk quickly). */
export const JOURNEY_CODE = jsonCodeFormat(1_000_000);

const JOURNEY_JSON_CODE: JsonCode = { key: SHARE_FRAGMENT_KEY, format: JOURNEY_CODE, maxBytes: MAX_MAP_BYTES, migrations: JOURNEY_MAP_MIGRATIONS };

/**
 * Encode a map as a share code (compressed when the browser can).
 *
 * @param map the map
 * @returns the code
 * @example await encodeJourneyShareCode(map) // '2.z…' + '.' + 4 checksum characters
 */
export async function encodeJourneyShareCode(map: JourneyMap): Promise<string> {
  return writeJsonCode(JOURNEY_JSON_CODE, map);
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
  const data = await readJsonCode(code, JOURNEY_JSON_CODE);
  if (!data.ok) return data;
  const checked = journeyMapSchema.safeParse(data.value, { reportInput: true });
  if (!checked.success) return err(invalid(checked.error.issues.map((issue) => formatSchemaIssue(describeJourneyIssue(issue)))));
  return ok(checked.data);
}
