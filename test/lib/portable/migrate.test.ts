import { describe, expect, test } from 'vitest';
import { migrate, migrateEachItem } from '../../../src/lib/portable/migrate.ts';

const TABLE = {
  current: 3,
  oldest: 1,
  steps: {
    1: (data: unknown) => ({ ...(data as object), tags: [] }),
    2: (data: unknown) => {
      if (typeof data !== 'object' || data === null) throw new Error('expected an object');
      return { ...data, v3: true };
    },
  },
};

describe('migrate', () => {
  test('runs every step from the written version to the current one, in order', () => {
    expect(migrate({ name: 'Maya' }, 1, TABLE)).toEqual({ ok: true, value: { name: 'Maya', tags: [], v3: true } });
    expect(migrate({ name: 'Maya' }, 2, TABLE)).toEqual({ ok: true, value: { name: 'Maya', v3: true } });
    expect(migrate({ name: 'Maya' }, 3, TABLE)).toEqual({ ok: true, value: { name: 'Maya' } });
  });

  test('names newer, older, missing and failing versions', () => {
    expect(migrate({}, 4, TABLE)).toEqual({ ok: false, error: { kind: 'future-version', found: 4, supported: 3 } });
    expect(migrate({}, 0, TABLE)).toEqual({ ok: false, error: { kind: 'unsupported-version', found: 0, supported: 3 } });
    expect(migrate({}, 1.5, TABLE)).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(migrate({}, '1', TABLE)).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(migrate({}, 1, { ...TABLE, steps: { 2: TABLE.steps[2] } })).toEqual({ ok: false, error: { kind: 'unsupported-version', found: 1, supported: 3 } });
    expect(migrate(null, 2, TABLE)).toEqual({ ok: false, error: { kind: 'migration-failed', from: 2, message: 'expected an object' } });
  });
});

describe('migrateEachItem', () => {
  const items = { current: 3, oldest: 1, steps: { 1: (item: unknown) => ({ ...(item as object), two: true }), 2: (item: unknown) => ({ ...(item as object), three: true }) } };
  const steps = migrateEachItem(items, 'maps');

  test('has one step per item step, each upgrading every item of the list and keeping the rest of the collection', () => {
    expect(Object.keys(steps)).toEqual(['1', '2']);
    expect(steps[1]?.({ maps: [{ id: 'a' }, { id: 'b' }], activeMapId: 'a' })).toEqual({ maps: [{ id: 'a', two: true }, { id: 'b', two: true }], activeMapId: 'a' });
    // Run through the one runner, from version 1 to 3: both steps, in order.
    expect(migrate({ maps: [{ id: 'a' }] }, 1, { current: 3, oldest: 1, steps })).toEqual({ ok: true, value: { maps: [{ id: 'a', two: true, three: true }] } });
  });

  test('leaves data that is not a collection with a list for the parser to refuse', () => {
    for (const data of [null, 'maps', 42, [], { maps: 'none' }, { other: [] }]) expect(steps[1]?.(data)).toEqual(data);
  });
});
