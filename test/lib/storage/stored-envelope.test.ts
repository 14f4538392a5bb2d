import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src/lib/result';
import { decodeEnvelope, describeStoredReadError, encodeEnvelope, readEnvelopeSync } from '../../../src/lib/storage/stored-envelope';

const parseNumberList = (data: unknown) =>
  Array.isArray(data) && data.every((item) => typeof item === 'number') ? ok(data as number[]) : err('expected a list of numbers');

describe('encodeEnvelope / decodeEnvelope', () => {
  it('round-trips current-version data', () => {
    const raw = encodeEnvelope(2, [9, 10]);
    expect(raw).toBe('{"v":2,"data":[9,10]}');
    expect(decodeEnvelope(raw, { version: 2, parse: parseNumberList })).toEqual(ok([9, 10]));
  });

  it('runs every migration from the stored version up to the current one, in order', () => {
    const migrations = {
      1: (data: unknown) => [Number(data)],
      2: (data: unknown) => (data as number[]).map((n) => n * 10),
    };
    expect(decodeEnvelope('{"v":1,"data":"4"}', { version: 3, migrations, parse: parseNumberList })).toEqual(ok([40]));
  });

  it('reports corrupt JSON instead of throwing', () => {
    const result = decodeEnvelope('{"v":1,"da', { version: 1, parse: parseNumberList });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('not-json');
  });

  it('reports JSON that is not an envelope', () => {
    for (const raw of ['[1,2]', 'null', '"text"', '{"data":[1]}', '{"v":"1","data":[1]}', '{"v":-1,"data":[]}', '{"v":1.5,"data":[]}']) {
      expect(decodeEnvelope(raw, { version: 1, parse: parseNumberList })).toEqual(err({ kind: 'no-envelope' }));
    }
  });

  it('refuses data from a newer version instead of misreading it', () => {
    expect(decodeEnvelope('{"v":3,"data":[1]}', { version: 2, parse: parseNumberList })).toEqual(
      err({ kind: 'future-version', found: 3, supported: 2 }),
    );
  });

  it('reports an old version with no migration', () => {
    expect(decodeEnvelope('{"v":1,"data":[1]}', { version: 2, parse: parseNumberList })).toEqual(
      err({ kind: 'missing-migration', from: 1 }),
    );
  });

  it('reports a migration that throws', () => {
    const migrations = {
      1: () => {
        throw new Error('bad shape');
      },
    };
    expect(decodeEnvelope('{"v":1,"data":[1]}', { version: 2, migrations, parse: parseNumberList })).toEqual(
      err({ kind: 'migration-failed', from: 1, message: 'bad shape' }),
    );
  });

  it('reports data that fails validation', () => {
    expect(decodeEnvelope('{"v":1,"data":["x"]}', { version: 1, parse: parseNumberList })).toEqual(
      err({ kind: 'invalid', message: 'expected a list of numbers' }),
    );
  });
});

describe('describeStoredReadError', () => {
  it('says why in plain words for every kind', () => {
    expect(describeStoredReadError({ kind: 'not-json', message: 'x' })).toMatchInlineSnapshot(
      `"it is not valid JSON (it may have been cut off or edited by hand)"`,
    );
    expect(describeStoredReadError({ kind: 'no-envelope' })).toMatchInlineSnapshot(`"it is not in the format this page saves"`);
    expect(describeStoredReadError({ kind: 'future-version', found: 3, supported: 2 })).toMatchInlineSnapshot(
      `"it was saved by a newer version of this page (format 3; this page reads up to 2). Reload to get the latest version"`,
    );
    expect(describeStoredReadError({ kind: 'missing-migration', from: 1 })).toMatchInlineSnapshot(
      `"it was saved in format 1, which this page can no longer upgrade"`,
    );
    expect(describeStoredReadError({ kind: 'migration-failed', from: 1, message: 'bad' })).toMatchInlineSnapshot(
      `"upgrading it from format 1 failed: bad"`,
    );
    expect(describeStoredReadError({ kind: 'invalid', message: 'text: expected string' })).toMatchInlineSnapshot(
      `"its contents are not valid: text: expected string"`,
    );
  });
});

describe('the sync note', () => {
  it('is written only when given, read back, and ignored by the reader of the data', () => {
    expect(encodeEnvelope(1, [1])).toBe('{"v":1,"data":[1]}');
    const raw = encodeEnvelope(1, [1], { parents: { a: '2026-03-01T10:00:00.000Z' } });
    expect(raw).toBe('{"v":1,"data":[1],"sync":{"parents":{"a":"2026-03-01T10:00:00.000Z"}}}');
    expect(readEnvelopeSync(raw)).toEqual({ parents: { a: '2026-03-01T10:00:00.000Z' } });
    expect(decodeEnvelope(raw, { version: 1, parse: (data) => ({ ok: true, value: data }) })).toEqual({ ok: true, value: [1] });
  });

  it('is undefined for text without one, or text that is not an envelope', () => {
    expect(readEnvelopeSync('{"v":1,"data":[]}')).toBeUndefined();
    expect(readEnvelopeSync('{"v":1,')).toBeUndefined();
    expect(readEnvelopeSync('[]')).toBeUndefined();
  });
});
