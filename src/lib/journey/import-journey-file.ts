import { readExportFile, type ExportFileFormat } from '../portable/export-file.ts';
import { formatNumber } from '../text/format.ts';
import { migrate } from '../portable/migrate.ts';
import { describePortableError, invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { describeJourneyIssue, nameJourneyPlace } from './describe-journey-issue.ts';
import { formatSchemaIssue } from '../schema/describe-schema-issue.ts';
import { JOURNEY_LIMITS, MAX_JOURNEY_IMPORT_BYTES } from './journey-limits.ts';
import { createJourneyMapSchema, journeyMapSchema, type JourneyMap } from './journey-map-schema.ts';
import { JOURNEY_MAP_MIGRATIONS, JOURNEY_MAP_VERSION } from './journey-migrations.ts';

/** The journey map builder's export file: `{ "format", "version", "exportedAt", "maps": [JourneyMap…] }`. */
export const JOURNEY_FILE: ExportFileFormat = {
  format: 'touchpoint-journey-maps',
  itemsKey: 'maps',
  maxBytes: MAX_JOURNEY_IMPORT_BYTES,
  version: JOURNEY_MAP_VERSION,
  // One map written by hand, on its own: taken as the current version.
  readBare: (data) => (typeof data === 'object' && data !== null && 'stages' in data && 'id' in data ? [data] : undefined),
};

/** Maps read from a file, and the fields it had that this page does not know (ignored, and said so). */
export interface ImportedJourneyFile {
  readonly maps: readonly JourneyMap[];
  readonly ignoredFields: readonly string[];
}

const strictMapSchema = createJourneyMapSchema('strict-keys');

/**
 * Read an exported file (or a single map written by hand) into validated maps. Checks run from the
 * broadest problem to the most specific: size, JSON, our format, version, then every map against the
 * schema. Nothing is imported from a file with any problem. Never throws.
 *
 * @param text the file's text
 * @param bytes the file's size in bytes (defaults to the text's UTF-8 length)
 * @returns the maps and any ignored fields, or why nothing can be imported
 * @example importJourneyFile('{"format":"touchpoint-journey-maps","version":1,"maps":[]}') // err(invalid(['The file holds no journey maps.']))
 */
export function importJourneyFile(text: string, bytes?: number): Result<ImportedJourneyFile, PortableError> {
  const read = readExportFile(text, JOURNEY_FILE, bytes);
  if (!read.ok) return read;
  const { version, items: maps } = read.value;
  if (maps.length === 0) return err(invalid(['The file holds no journey maps.']));
  if (maps.length > JOURNEY_LIMITS.maps) return err(invalid([`The file holds ${formatNumber(maps.length)} maps; this browser keeps at most ${formatNumber(JOURNEY_LIMITS.maps)}.`]));

  const accepted: JourneyMap[] = [];
  const issues: string[] = [];
  const ignoredFields = new Set<string>();
  maps.forEach((raw, index) => {
    const prefix = maps.length > 1 ? ['maps', index] : [];
    const migrated = migrate(raw, version, JOURNEY_MAP_MIGRATIONS);
    if (!migrated.ok) {
      const why = describePortableError(migrated.error, { thing: 'map', tool: 'journey map builder' }).headline;
      issues.push(formatSchemaIssue(describeJourneyIssue({ code: 'custom', path: prefix, message: why })));
      return;
    }
    const checked = journeyMapSchema.safeParse(migrated.value, { reportInput: true });
    if (!checked.success) {
      for (const issue of checked.error.issues) issues.push(formatSchemaIssue(describeJourneyIssue({ ...issue, path: [...prefix, ...issue.path] })));
      return;
    }
    accepted.push(checked.data);
    const strict = strictMapSchema.safeParse(migrated.value);
    if (!strict.success) {
      for (const issue of strict.error.issues) {
        if (issue.code !== 'unrecognized_keys') continue;
        const place = nameJourneyPlace([...prefix, ...issue.path]);
        for (const key of issue.keys) ignoredFields.add(place === '' ? key : `${place}: ${key}`);
      }
    }
  });
  if (issues.length > 0) return err(invalid(issues));
  return ok({ maps: accepted, ignoredFields: [...ignoredFields] });
}
