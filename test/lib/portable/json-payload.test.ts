import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { jsonCodeFormat, packJson, readJsonCode, unpackJson, writeJsonCode, type JsonCode } from '../../../src/lib/portable/json-payload.ts';
import { encodeBase64Url } from '../../../src/lib/portable/base64url.ts';
import { getChecksum } from '../../../src/lib/portable/checksum.ts';
import { writeCode } from '../../../src/lib/portable/code-envelope.ts';

describe('packJson and unpackJson', () => {
  test('round-trip a value in every encoding', async () => {
    const value = { name: 'Ana 😀', list: [1, 2.5, null], nested: { ok: true } };
    for (const encoding of ['plain', 'deflate', 'deflate-raw'] as const) {
      expect(await unpackJson(await packJson(value, encoding), encoding, 10_000)).toEqual({ ok: true, value });
    }
    expect(await packJson({ a: 1 }, 'plain')).toBe('eyJhIjoxfQ');
  });

  test('name what is wrong: not base64url, not JSON, broken UTF-8, too large', async () => {
    expect(await unpackJson('a+b', 'plain', 100)).toEqual({ ok: false, error: { kind: 'unreadable' } });
    expect(await unpackJson(encodeBase64Url(new TextEncoder().encode('{"a":')), 'plain', 100)).toEqual({ ok: false, error: { kind: 'unreadable' } });
    expect(await unpackJson(encodeBase64Url(new Uint8Array([0x22, 0xff, 0x22])), 'plain', 100)).toEqual({ ok: false, error: { kind: 'unreadable' } });
    expect(await unpackJson(await packJson('x'.repeat(200), 'plain'), 'plain', 100)).toEqual({ ok: false, error: { kind: 'too-large', bytes: 202, limit: 100 } });
    const bomb = encodeBase64Url(deflateRawSync(Buffer.alloc(10_000_000, 0x20)));
    expect(await unpackJson(bomb, 'deflate-raw', 1_000_000)).toEqual({ ok: false, error: { kind: 'too-large', limit: 1_000_000 } });
  });
});

describe('writeJsonCode and readJsonCode', () => {
  // Version 2 renamed `n` to `name`; version-1 codes are upgraded on reading.
  const CODE: JsonCode = { key: 'x', format: jsonCodeFormat(2_000), maxBytes: 1_000, migrations: { current: 2, oldest: 1, steps: { 1: (old) => ({ name: (old as { n: string }).n }) } } };
  // Written by hand, as the format says: version, `j` + base64url of the JSON, 4 base64url checksum characters.
  const byHand = (version: number, payload: string) => {
    const body = `${String(version)}.${payload}`;
    return `${body}.${getChecksum(body, 'base64url')}`;
  };

  test('round-trip a value, compressed, bare or behind its fragment key in any case', async () => {
    const code = await writeJsonCode(CODE, { name: 'Ana 😀' });
    expect(code).toMatch(/^2\.z[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4}$/);
    for (const text of [code, `#x=${code}`, ` #X=${code} `]) expect(await readJsonCode(text, CODE)).toEqual({ ok: true, value: { name: 'Ana 😀' } });
  });

  test('read the plain encoding a browser without CompressionStream writes, and upgrade an older version', async () => {
    const plain = (value: unknown) => `j${encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)))}`;
    expect(await readJsonCode(byHand(2, plain({ name: 'Bo' })), CODE)).toEqual({ ok: true, value: { name: 'Bo' } });
    expect(await readJsonCode(byHand(1, plain({ n: 'Bo' })), CODE)).toEqual({ ok: true, value: { name: 'Bo' } });
    expect(writeCode(CODE.format, 2, [plain({ name: 'Bo' })])).toBe(byHand(2, plain({ name: 'Bo' })));
  });

  test('name what is wrong: an unknown encoding, a newer version, a changed character, too long, a bomb', async () => {
    expect(await readJsonCode(byHand(2, 'qeyJ9'), CODE)).toEqual({ ok: false, error: { kind: 'unreadable' } });
    expect(await readJsonCode(byHand(3, 'jW10'), CODE)).toEqual({ ok: false, error: { kind: 'future-version', found: 3, supported: 2 } });
    const code = byHand(2, 'jeyJuYW1lIjoiQm8ifQ');
    expect(await readJsonCode(code.replace('jey', 'jez'), CODE)).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    expect(await readJsonCode(`2.j${'A'.repeat(2_000)}.AAAA`, CODE)).toEqual({ ok: false, error: { kind: 'too-long', length: 2_008, limit: 2_000 } });
    const bomb = byHand(2, `z${encodeBase64Url(deflateRawSync(Buffer.alloc(100_000, 0x20)))}`);
    expect(await readJsonCode(bomb, CODE)).toEqual({ ok: false, error: { kind: 'too-large', limit: 1_000 } });
  });
});
