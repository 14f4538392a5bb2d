/**
 * Versions of the journey map data shape, and how older data is upgraded.
 *
 * Version 1 is the shape in journey-map-schema.ts. Saved maps (`touchpoint:journey-maps`), exported files and
 * share codes all carry the version. When the shape changes: bump `JOURNEY_MAP_VERSION`, add
 * `JOURNEY_MAP_MIGRATIONS[old]` turning one old-version map into the next version's shape, and keep the old
 * step forever (files and links live outside this site). `migrateJourneyMap` runs the steps in order;
 * the result is then validated by the current schema, so a step only has to reshape, never to check.
 */
import { err, ok, type Result } from '../result.ts';

/** The version of the map data shape this code reads and writes. */
export const JOURNEY_MAP_VERSION = 1;

/** `migrations[n]` turns one version-n map (as plain JSON data) into a version n + 1 map. */
export type JourneyMapMigrations = Readonly<Record<number, (map: unknown) => unknown>>;

/** No older shape exists yet: version 1 is the first. */
export const JOURNEY_MAP_MIGRATIONS: JourneyMapMigrations = {};

/** Why data of some version cannot be brought to the current one. */
export type MigrationError =
  | { readonly kind: 'future-version'; readonly version: number; readonly supported: number }
  | { readonly kind: 'unknown-version'; readonly version: number }
  | { readonly kind: 'migration-failed'; readonly version: number; readonly message: string };

/**
 * Upgrade one map from the version it was saved in to the current version.
 *
 * @param data the map as plain data
 * @param version the version it was written in
 * @param migrations the steps (tests pass their own)
 * @param currentVersion the version to reach (tests pass their own)
 * @returns the upgraded data (not yet validated), or why it cannot be upgraded
 * @example migrateJourneyMap({ id: 'm' }, 1) // { ok: true, value: { id: 'm' } }
 */
export function migrateJourneyMap(
  data: unknown,
  version: number,
  migrations: JourneyMapMigrations = JOURNEY_MAP_MIGRATIONS,
  currentVersion: number = JOURNEY_MAP_VERSION,
): Result<unknown, MigrationError> {
  if (!Number.isSafeInteger(version) || version < 1) return err({ kind: 'unknown-version', version });
  if (version > currentVersion) return err({ kind: 'future-version', version, supported: currentVersion });
  let current = data;
  for (let step = version; step < currentVersion; step += 1) {
    const migrate = migrations[step];
    if (!migrate) return err({ kind: 'unknown-version', version });
    try {
      current = migrate(current);
    } catch (error) {
      return err({ kind: 'migration-failed', version: step, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return ok(current);
}

/**
 * Say why data could not be upgraded, as the end of a sentence.
 *
 * @param error the migration error
 * @returns e.g. "it was made by a newer version of this page (format 3; this page reads up to 1)"
 * @example describeMigrationError({ kind: 'unknown-version', version: 0 }) // 'its format version (0) is not one this page knows'
 */
export function describeMigrationError(error: MigrationError): string {
  switch (error.kind) {
    case 'future-version':
      return `it was made by a newer version of this page (format ${String(error.version)}; this page reads up to ${String(error.supported)}). Reload the page to get the latest version`;
    case 'unknown-version':
      return `its format version (${String(error.version)}) is not one this page knows`;
    case 'migration-failed':
      return `upgrading it from format ${String(error.version)} failed: ${error.message}`;
    default:
      return error satisfies never;
  }
}
