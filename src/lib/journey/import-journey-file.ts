import { err, ok, type Result } from '../result.ts';
import { describeJourneyIssue, type JourneyIssue } from './describe-journey-issue.ts';
import { JOURNEY_FILE_FORMAT } from './journey-file.ts';
import { JOURNEY_LIMITS, MAX_JOURNEY_IMPORT_BYTES } from './journey-limits.ts';
import { createJourneyMapSchema, journeyMapSchema, type JourneyMap } from './journey-map-schema.ts';
import { describeMigrationError, JOURNEY_MAP_VERSION, migrateJourneyMap, type MigrationError } from './journey-migrations.ts';

/** Why a file cannot be imported. Nothing is imported from a file with any problem. */
export type JourneyImportError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'not-json'; readonly message: string }
  | { readonly kind: 'not-a-journey-file'; /** The file's own "format", when it names another one (a persona export…). */ readonly format?: string }
  | { readonly kind: 'version'; readonly error: MigrationError }
  | { readonly kind: 'no-maps' }
  | { readonly kind: 'too-many-maps'; readonly count: number; readonly limit: number }
  | { readonly kind: 'invalid'; readonly issues: readonly JourneyIssue[]; readonly total: number };

/** Maps read from a file, and the fields it had that this page does not know (ignored, and said so). */
export interface ImportedJourneyFile {
  readonly maps: readonly JourneyMap[];
  readonly ignoredFields: readonly string[];
}

const SHOWN_ISSUES = 8;
const strictMapSchema = createJourneyMapSchema('strict-keys');

/**
 * Read an exported file (or a single map written by hand) into validated maps. Checks run from the
 * broadest problem to the most specific: size, JSON, our format, version, then every map against the
 * schema. Never throws.
 *
 * @param text the file's text
 * @param bytes the file's size in bytes (defaults to the text's UTF-8 length)
 * @returns the maps and any ignored fields, or why nothing can be imported
 * @example importJourneyFile('{"format":"touchpoint-journey-maps","version":1,"maps":[]}') // err({ kind: 'no-maps' })
 */
export function importJourneyFile(text: string, bytes: number = new TextEncoder().encode(text).length): Result<ImportedJourneyFile, JourneyImportError> {
  if (bytes > MAX_JOURNEY_IMPORT_BYTES) return err({ kind: 'too-large', bytes, limit: MAX_JOURNEY_IMPORT_BYTES });
  if (text.trim() === '') return err({ kind: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return err({ kind: 'not-json', message: error instanceof Error ? error.message : String(error) });
  }
  const read = readEnvelope(data);
  if (!read.ok) return read;
  const { version, maps } = read.value;
  if (maps.length === 0) return err({ kind: 'no-maps' });
  if (maps.length > JOURNEY_LIMITS.maps) return err({ kind: 'too-many-maps', count: maps.length, limit: JOURNEY_LIMITS.maps });

  const accepted: JourneyMap[] = [];
  const issues: JourneyIssue[] = [];
  let total = 0;
  const ignoredFields = new Set<string>();
  maps.forEach((raw, index) => {
    const prefix = maps.length > 1 ? ['maps', index] : [];
    const migrated = migrateJourneyMap(raw, version);
    if (!migrated.ok) {
      total += 1;
      if (issues.length < SHOWN_ISSUES) issues.push(describeJourneyIssue({ path: prefix, message: `cannot be read because ${describeMigrationError(migrated.error)}` }));
      return;
    }
    const checked = journeyMapSchema.safeParse(migrated.value);
    if (!checked.success) {
      total += checked.error.issues.length;
      for (const issue of checked.error.issues) {
        if (issues.length < SHOWN_ISSUES) issues.push(describeJourneyIssue({ path: [...prefix, ...issue.path], message: issue.message }));
      }
      return;
    }
    accepted.push(checked.data);
    const strict = strictMapSchema.safeParse(migrated.value);
    if (!strict.success) {
      for (const issue of strict.error.issues) {
        if (issue.code !== 'unrecognized_keys') continue;
        const place = describeJourneyIssue({ path: [...prefix, ...issue.path], message: '' }).place;
        for (const key of issue.keys) ignoredFields.add(place === '' ? key : `${place}: ${key}`);
      }
    }
  });
  if (total > 0) return err({ kind: 'invalid', issues, total });
  return ok({ maps: accepted, ignoredFields: [...ignoredFields] });
}

/** Find the version and the list of maps: our file format, or one map on its own (taken as the current version). */
function readEnvelope(data: unknown): Result<{ version: number; maps: readonly unknown[] }, JourneyImportError> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return err({ kind: 'not-a-journey-file' });
  if ('format' in data) {
    if (data.format !== JOURNEY_FILE_FORMAT) {
      return err(typeof data.format === 'string' && data.format.trim() !== '' ? { kind: 'not-a-journey-file', format: data.format.trim().slice(0, 60) } : { kind: 'not-a-journey-file' });
    }
    if (!('maps' in data) || !Array.isArray(data.maps)) return err({ kind: 'not-a-journey-file' });
    const version = 'version' in data && typeof data.version === 'number' ? data.version : Number.NaN;
    const versionCheck = migrateJourneyMap(null, version);
    if (!versionCheck.ok) return err({ kind: 'version', error: versionCheck.error });
    return ok({ version, maps: data.maps });
  }
  if ('stages' in data && 'id' in data) return ok({ version: JOURNEY_MAP_VERSION, maps: [data] });
  return err({ kind: 'not-a-journey-file' });
}
