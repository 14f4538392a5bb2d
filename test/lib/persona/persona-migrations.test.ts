import { describe, expect, it } from 'vitest';
import { describeMigrationError, migratePersonaData, PERSONA_MIGRATIONS } from '../../../src/lib/persona/persona-migrations.ts';
import { PERSONA_SCHEMA_VERSION } from '../../../src/lib/persona/persona-schema.ts';

/** A made-up history: version 1 had `title` instead of `role`; version 2 stored tags as one comma-separated string. */
const MIGRATIONS = {
  1: (data: unknown) => {
    const { title, ...rest } = data as Record<string, unknown>;
    return { ...rest, role: title ?? '' };
  },
  2: (data: unknown) => {
    const persona = data as Record<string, unknown>;
    if (typeof persona['tags'] !== 'string') throw new Error('tags should be a string in format 2');
    return { ...persona, tags: persona['tags'].split(',').map((tag) => tag.trim()) };
  },
};

describe('migratePersonaData', () => {
  it('knows no migrations yet: version 1 is the first shape', () => {
    expect(PERSONA_SCHEMA_VERSION).toBe(1);
    expect(PERSONA_MIGRATIONS).toEqual({});
    expect(migratePersonaData({ name: 'Maya' }, 1)).toEqual({ ok: true, value: { name: 'Maya' } });
  });

  it('upgrades step by step from the version the data was written in', () => {
    expect(migratePersonaData({ name: 'Maya', title: 'Parent', tags: 'b2c, retail' }, 1, MIGRATIONS, 3)).toEqual({
      ok: true,
      value: { name: 'Maya', role: 'Parent', tags: ['b2c', 'retail'] },
    });
    expect(migratePersonaData({ name: 'Maya', tags: 'b2c' }, 2, MIGRATIONS, 3)).toEqual({ ok: true, value: { name: 'Maya', tags: ['b2c'] } });
  });

  it('refuses data from a newer version, an unknown version, a gap or a failing step, and says why', () => {
    const describe = (result: ReturnType<typeof migratePersonaData>) => (result.ok ? 'ok' : describeMigrationError(result.error));
    expect(describe(migratePersonaData({}, 4, MIGRATIONS, 3))).toBe(
      'it was made by a newer version of the persona builder (format 4; this page reads up to 3). Reload the page to get the latest version',
    );
    expect(describe(migratePersonaData({}, '2', MIGRATIONS, 3))).toBe('its format version is not a whole number from 1 up (found "2")');
    expect(describe(migratePersonaData({}, 1, { 2: MIGRATIONS[2] }, 3))).toBe('it is in format 1, which this page can no longer upgrade');
    expect(describe(migratePersonaData({ tags: [] }, 2, MIGRATIONS, 3))).toBe('upgrading it from format 2 failed: tags should be a string in format 2');
  });
});
