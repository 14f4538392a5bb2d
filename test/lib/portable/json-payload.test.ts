import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { packJson, unpackJson } from '../../../src/lib/portable/json-payload.ts';
import { encodeBase64Url } from '../../../src/lib/portable/base64url.ts';

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
