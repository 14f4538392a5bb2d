/**
 * A whole map in a link's fragment (`#map=<code>`), which browsers never send to a server.
 *
 *     <version>.<encoding><payload>.<checksum>
 *     1.zjVHLbtswEPwVg…Qx2.k9Qa
 *
 * - version: the map data version in decimal (`JOURNEY_MAP_VERSION`);
 * - encoding: `z` for raw DEFLATE of the UTF-8 JSON of the map, `j` for the UTF-8 JSON itself (a browser
 *   without CompressionStream writes `j`; every reader reads both);
 * - payload: base64url without padding;
 * - checksum: 4 base64url characters over everything before the last dot (FNV-1a, see
 *   ../portable/checksum.ts), so a link cut short or edited by hand gets a clear message.
 *
 * Readers check the version first, so a later format can change everything after the first dot.
 */
import { getChecksum } from '../portable/checksum.ts';
import { err, ok, type Result } from '../result.ts';
import { decodeBase64UrlBytes, encodeBase64UrlBytes } from './base64url-bytes.ts';
import { canDeflate, deflateRaw, inflateRaw } from './deflate.ts';
import { describeJourneyIssue, type JourneyIssue } from './describe-journey-issue.ts';
import { journeyMapSchema, type JourneyMap } from './journey-map-schema.ts';
import { JOURNEY_MAP_VERSION, migrateJourneyMap, type MigrationError } from './journey-migrations.ts';

/** The fragment key: `#map=<code>`. */
export const SHARE_FRAGMENT_KEY = 'map';
/** Longest code read (1 MB of text): far above a full map, short enough to refuse junk quickly. */
export const MAX_SHARE_CODE_LENGTH = 1_000_000;
/** Largest decompressed map accepted (4 MB). */
const MAX_MAP_BYTES = 4 * 1024 * 1024;
const SHARE_CODE_PATTERN = /^[A-Za-z0-9_.-]*$/;
const VERSION_PATTERN = /^(0|[1-9][0-9]{0,8})$/;

/** Why a share code cannot be read. */
export type ShareCodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number; readonly limit: number }
  | { readonly kind: 'invalid-characters'; readonly position: number; readonly character: string }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'version'; readonly error: MigrationError }
  | { readonly kind: 'tampered' }
  | { readonly kind: 'no-decompression' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'invalid-map'; readonly issues: readonly JourneyIssue[] };

/**
 * Encode a map as a share code (compressed when the browser can).
 *
 * @param map the map
 * @returns the code
 * @example await encodeJourneyShareCode(map) // '1.z…' + '.' + 4 checksum characters
 */
export async function encodeJourneyShareCode(map: JourneyMap): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(map));
  const body = canDeflate()
    ? `${String(JOURNEY_MAP_VERSION)}.z${encodeBase64UrlBytes(await deflateRaw(json))}`
    : `${String(JOURNEY_MAP_VERSION)}.j${encodeBase64UrlBytes(json)}`;
  return `${body}.${getChecksum(body, 'base64url')}`;
}

/**
 * Read a share code back into a validated map. Never throws, whatever the string. Checks run from the most
 * specific problem a person can fix to the least: length, characters, form, version, checksum, then the
 * payload and the map itself.
 *
 * @param code the code (surrounding whitespace is ignored)
 * @returns the map, or why it cannot be read
 * @example await decodeJourneyShareCode('1.j') // err({ kind: 'malformed' })
 */
export async function decodeJourneyShareCode(code: string): Promise<Result<JourneyMap, ShareCodeError>> {
  const trimmed = code.trim();
  if (trimmed === '') return err({ kind: 'empty' });
  if (trimmed.length > MAX_SHARE_CODE_LENGTH) return err({ kind: 'too-long', length: trimmed.length, limit: MAX_SHARE_CODE_LENGTH });
  if (!SHARE_CODE_PATTERN.test(trimmed)) {
    let position = 0;
    for (const character of trimmed) {
      if (!SHARE_CODE_PATTERN.test(character)) return err({ kind: 'invalid-characters', position, character });
      position += character.length;
    }
  }
  const parts = trimmed.split('.');
  const [versionText = '', payloadPart = '', checksum = ''] = parts;
  if (parts.length !== 3 || !VERSION_PATTERN.test(versionText) || payloadPart.length < 1) return err({ kind: 'malformed' });
  const version = Number(versionText);
  const versionCheck = migrateJourneyMap(null, version);
  if (!versionCheck.ok) return err({ kind: 'version', error: versionCheck.error });
  if (checksum !== getChecksum(`${versionText}.${payloadPart}`, 'base64url')) return err({ kind: 'tampered' });

  const encoding = payloadPart[0];
  const bytes = decodeBase64UrlBytes(payloadPart.slice(1));
  if (bytes === null || (encoding !== 'z' && encoding !== 'j')) return err({ kind: 'unreadable' });
  let jsonBytes: Uint8Array | null = bytes;
  if (encoding === 'z') {
    if (!canDeflate()) return err({ kind: 'no-decompression' });
    jsonBytes = await inflateRaw(new Uint8Array(bytes), MAX_MAP_BYTES);
  }
  if (jsonBytes === null || jsonBytes.length > MAX_MAP_BYTES) return err({ kind: 'unreadable' });
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(jsonBytes));
  } catch {
    // Broken UTF-8 or JSON: the link was damaged in a way the checksum did not catch.
    return err({ kind: 'unreadable' });
  }
  const migrated = migrateJourneyMap(data, version);
  if (!migrated.ok) return err({ kind: 'version', error: migrated.error });
  const checked = journeyMapSchema.safeParse(migrated.value);
  if (!checked.success) return err({ kind: 'invalid-map', issues: checked.error.issues.slice(0, 5).map(describeJourneyIssue) });
  return ok(checked.data);
}

/**
 * The share code in a URL fragment, if there is one: `#map=<code>`.
 *
 * @param hash `location.hash`
 * @returns the code, or null when the fragment holds none
 * @example getShareCodeFromHash('#map=1.zAbc.k9Qa') // '1.zAbc.k9Qa'
 */
export function getShareCodeFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_FRAGMENT_KEY}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : null;
}
