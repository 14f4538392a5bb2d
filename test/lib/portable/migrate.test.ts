import { describe, expect, test } from 'vitest';
import { migrate } from '../../../src/lib/portable/migrate.ts';

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
