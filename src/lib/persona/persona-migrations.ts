/**
 * Upgrading persona data saved or exported by an earlier version of the builder.
 *
 * Migration scenarios:
 * - saved data in this browser: the collection store carries `PERSONA_SCHEMA_VERSION` in its envelope and runs
 *   `PERSONA_MIGRATIONS` over each saved persona (see src/stores/personas.ts);
 * - an exported file: its `version` field says which migrations to run on each persona before validation;
 * - a share link: its leading version number does the same.
 * Version 1 is the first shape, so there is nothing to upgrade yet. When the shape changes, bump
 * `PERSONA_SCHEMA_VERSION` and add `PERSONA_MIGRATIONS[1]`, turning one version-1 persona into version 2.
 */
import { err, ok, type Result } from '../result.ts';
import { PERSONA_SCHEMA_VERSION } from './persona-schema.ts';

/** `migrations[n]` turns one version-n persona (as plain data) into version n + 1. */
export type PersonaMigrations = Readonly<Record<number, (persona: unknown) => unknown>>;

/** The migrations this version of the builder knows. */
export const PERSONA_MIGRATIONS: PersonaMigrations = {};

/** Why persona data could not be brought to the current version. */
export type PersonaMigrationError =
  | { readonly kind: 'future-version'; readonly found: number; readonly supported: number }
  | { readonly kind: 'unknown-version'; readonly found: unknown }
  | { readonly kind: 'missing-migration'; readonly from: number }
  | { readonly kind: 'migration-failed'; readonly from: number; readonly message: string };

/**
 * Bring one persona's data from the version it was written in to the current one, step by step.
 *
 * @param data the persona as plain data
 * @param fromVersion the version it was written in
 * @param migrations the migrations table (tests pass their own)
 * @param toVersion the version to reach
 * @returns the upgraded data (still to be validated), or why it could not be upgraded
 * @example migratePersonaData({ name: 'Maya' }, 1, { 1: (old) => ({ ...old, tags: [] }) }, 2) // ok({ name: 'Maya', tags: [] })
 */
export function migratePersonaData(
  data: unknown,
  fromVersion: unknown,
  migrations: PersonaMigrations = PERSONA_MIGRATIONS,
  toVersion: number = PERSONA_SCHEMA_VERSION,
): Result<unknown, PersonaMigrationError> {
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    return err({ kind: 'unknown-version', found: fromVersion });
  }
  if (fromVersion > toVersion) return err({ kind: 'future-version', found: fromVersion, supported: toVersion });
  let upgraded = data;
  for (let version = fromVersion; version < toVersion; version++) {
    const migrate = migrations[version];
    if (!migrate) return err({ kind: 'missing-migration', from: version });
    try {
      upgraded = migrate(upgraded);
    } catch (error) {
      return err({ kind: 'migration-failed', from: version, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return ok(upgraded);
}

/**
 * Say in plain words why persona data could not be upgraded.
 *
 * @param error the migration error
 * @returns a sentence fragment for a message
 * @example describeMigrationError({ kind: 'future-version', found: 3, supported: 1 })
 * // 'it was made by a newer version of the persona builder (format 3; this page reads up to 1). Reload the page to get the latest version'
 */
export function describeMigrationError(error: PersonaMigrationError): string {
  switch (error.kind) {
    case 'future-version':
      return `it was made by a newer version of the persona builder (format ${error.found}; this page reads up to ${error.supported}). Reload the page to get the latest version`;
    case 'unknown-version':
      return `its format version is not a whole number from 1 up (found ${JSON.stringify(error.found) ?? 'nothing'})`;
    case 'missing-migration':
      return `it is in format ${error.from}, which this page can no longer upgrade`;
    case 'migration-failed':
      return `upgrading it from format ${error.from} failed: ${error.message}`;
    default:
      return error satisfies never;
  }
}
