import { deflateRawSync, deflateSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canCompress, compress, decompress } from '../../../src/lib/portable/compression.ts';

// Reference: Node's zlib, independent of the web CompressionStream the module uses.
describe('compress and decompress', () => {
  test('the runtime has CompressionStream (Node 24, every current browser)', () => {
    expect(canCompress()).toBe(true);
  });

  test('round-trip any bytes in both formats, and agree with zlib', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), fc.constantFrom('deflate' as const, 'deflate-raw' as const), async (bytes, format) => {
        const packed = await compress(bytes, format);
        expect(await decompress(packed, format, bytes.length)).toEqual(bytes);
        if (format === 'deflate-raw') expect(new Uint8Array(inflateRawSync(packed))).toEqual(bytes);
        const fromZlib = format === 'deflate' ? deflateSync(bytes) : deflateRawSync(bytes);
        expect(await decompress(fromZlib, format, bytes.length)).toEqual(bytes);
      }),
      { numRuns: 60, interruptAfterTimeLimit: 4000 },
    );
  }, 20_000);

  test('stop at the limit: one byte more than allowed is too large', async () => {
    const bytes = new Uint8Array(1000).fill(7);
    const packed = await compress(bytes, 'deflate');
    expect(await decompress(packed, 'deflate', 1000)).toEqual(bytes);
    expect(await decompress(packed, 'deflate', 999)).toBe('too-large');
  });

  test('refuse a bomb without inflating it: 100 MB of zeros against a 4 MiB limit, little memory, little time', async () => {
    const bomb = deflateRawSync(Buffer.alloc(100_000_000), { level: 9 });
    global.gc?.();
    const before = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(await decompress(bomb, 'deflate-raw', 4 * 1024 * 1024)).toBe('too-large');
    const grown = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed - before;
    // Inflating it whole would take 100 MB and seconds; stopping at the limit keeps both small.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(5000);
  }, 30_000);

  test('damaged, cut or junk-trailed data is null, never a throw', async () => {
    const packed = await compress(new TextEncoder().encode('hello hello hello'), 'deflate');
    expect(await decompress(packed.slice(0, -3), 'deflate', 1000)).toBeNull();
    const flipped = packed.slice();
    flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 0xff;
    expect(await decompress(flipped, 'deflate', 1000)).toBeNull();
    expect(await decompress(new Uint8Array([1, 2, 3, 4]), 'deflate', 1000)).toBeNull();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (junk) => {
        const result = await decompress(junk, 'deflate-raw', 10_000);
        expect(result === null || result === 'too-large' || result instanceof Uint8Array).toBe(true);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  }, 20_000);
});
