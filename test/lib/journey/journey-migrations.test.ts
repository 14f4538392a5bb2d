import { describe, expect, it } from 'vitest';
import { describeMigrationError, JOURNEY_MAP_MIGRATIONS, JOURNEY_MAP_VERSION, migrateJourneyMap } from '../../../src/lib/journey/journey-migrations';

describe('migrateJourneyMap', () => {
  it('passes current-version data through unchanged', () => {
    const data = { id: 'm1' };
    expect(migrateJourneyMap(data, JOURNEY_MAP_VERSION)).toEqual({ ok: true, value: data });
  });

  it('has a step for every version before the current one', () => {
    for (let version = 1; version < JOURNEY_MAP_VERSION; version += 1) expect(JOURNEY_MAP_MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('runs each step in order from the saved version', () => {
    const migrations = {
      1: (map: unknown) => ({ ...(map as object), title: 'x' }),
      2: (map: unknown) => ({ ...(map as object), stages: [] }),
    };
    expect(migrateJourneyMap({ id: 'm' }, 1, migrations, 3)).toEqual({ ok: true, value: { id: 'm', title: 'x', stages: [] } });
    expect(migrateJourneyMap({ id: 'm' }, 2, migrations, 3)).toEqual({ ok: true, value: { id: 'm', stages: [] } });
  });

  it('refuses a newer version, an unknown one and a missing step', () => {
    expect(migrateJourneyMap({}, JOURNEY_MAP_VERSION + 1)).toEqual({
      ok: false,
      error: { kind: 'future-version', version: JOURNEY_MAP_VERSION + 1, supported: JOURNEY_MAP_VERSION },
    });
    expect(migrateJourneyMap({}, 0)).toEqual({ ok: false, error: { kind: 'unknown-version', version: 0 } });
    expect(migrateJourneyMap({}, 1.5)).toEqual({ ok: false, error: { kind: 'unknown-version', version: 1.5 } });
    expect(migrateJourneyMap({}, Number.NaN).ok).toBe(false);
    expect(migrateJourneyMap({}, 1, {}, 2)).toEqual({ ok: false, error: { kind: 'unknown-version', version: 1 } });
  });

  it('reports a step that throws instead of throwing', () => {
    const result = migrateJourneyMap({}, 1, { 1: () => { throw new Error('no stages'); } }, 2);
    expect(result).toEqual({ ok: false, error: { kind: 'migration-failed', version: 1, message: 'no stages' } });
  });
});

describe('describeMigrationError', () => {
  it('says what happened and what to do', () => {
    expect(describeMigrationError({ kind: 'future-version', version: 3, supported: 1 })).toMatchInlineSnapshot(
      `"it was made by a newer version of this page (format 3; this page reads up to 1). Reload the page to get the latest version"`,
    );
    expect(describeMigrationError({ kind: 'unknown-version', version: 0 })).toBe('its format version (0) is not one this page knows');
    expect(describeMigrationError({ kind: 'migration-failed', version: 1, message: 'x' })).toBe('upgrading it from format 1 failed: x');
  });
});
