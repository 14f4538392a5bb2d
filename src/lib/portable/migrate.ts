/**
 * The one migration runner: data written by an older version of a tool (saved, exported or shared) is brought
 * to the current shape one step at a time. A domain supplies only its table; the result is then validated by
 * the domain's current schema, so a step only reshapes, never checks. Old steps stay forever: files and links
 * live outside this site.
 */
import { err, ok, type Result } from '../result.ts';
import type { PortableError } from './portable-error.ts';

/** A domain's versions: the current one, the oldest still read, and `steps[n]` turning version n into n + 1. */
export interface Migrations {
  readonly current: number;
  readonly oldest: number;
  readonly steps: Readonly<Record<number, (data: unknown) => unknown>>;
}

/**
 * Upgrade data from the version it was written in to the current one.
 *
 * @param data the data as plain JSON values
 * @param version the version it was written in (anything: it is checked)
 * @param migrations the domain's table
 * @returns the upgraded data (still to be validated), or why it cannot be upgraded
 * @example migrate({ name: 'Maya' }, 1, { current: 2, oldest: 1, steps: { 1: (old) => ({ ...old, tags: [] }) } }) // ok({ name: 'Maya', tags: [] })
 */
export function migrate(data: unknown, version: unknown, migrations: Migrations): Result<unknown, PortableError> {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return err({ kind: 'malformed', part: 'version' });
  if (version > migrations.current) return err({ kind: 'future-version', found: version, supported: migrations.current });
  if (version < migrations.oldest) return err({ kind: 'unsupported-version', found: version, supported: migrations.current });
  let upgraded = data;
  for (let step = version; step < migrations.current; step += 1) {
    const upgrade = migrations.steps[step];
    if (upgrade === undefined) return err({ kind: 'unsupported-version', found: version, supported: migrations.current });
    try {
      upgraded = upgrade(upgraded);
    } catch (error) {
      return err({ kind: 'migration-failed', from: step, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return ok(upgraded);
}

/**
 * A saved collection's migration steps, from its items' (the personas or journey maps this browser keeps): each
 * step upgrades every item in `data[field]`. Anything that is not such a list is left for the collection's
 * parser to refuse.
 *
 * @param migrations the items' table
 * @param field the collection's list of items
 * @returns the collection's steps, by the version they upgrade from
 * @example migrateEachItem(JOURNEY_MAP_MIGRATIONS, 'maps')[1]?.({ maps: [mapV1] }) // { maps: [mapV2] }
 */
export function migrateEachItem(migrations: Migrations, field: string): Migrations['steps'] {
  return Object.fromEntries(
    Object.entries(migrations.steps).map(([version, upgrade]) => [
      version,
      (data: unknown) => {
        if (typeof data !== 'object' || data === null) return data;
        const items: unknown = (data as Record<string, unknown>)[field];
        return Array.isArray(items) ? { ...data, [field]: items.map(upgrade) } : data;
      },
    ]),
  );
}
