import { describe, expect, it } from 'vitest';
import { canDeflate, deflateRaw, inflateRaw } from '../../../src/lib/journey/deflate';

describe('deflate', () => {
  it('is available here, as in every current browser', () => {
    expect(canDeflate()).toBe(true);
  });

  it('compresses repetitive text and gives it back', async () => {
    const bytes = new TextEncoder().encode('touchpoint '.repeat(500));
    const compressed = await deflateRaw(bytes);
    expect(compressed.length).toBeLessThan(bytes.length / 20);
    expect(await inflateRaw(new Uint8Array(compressed), 1_000_000)).toEqual(bytes);
  });

  it('refuses output past the limit, and data that is not DEFLATE', async () => {
    const compressed = await deflateRaw(new Uint8Array(100_000));
    expect(await inflateRaw(new Uint8Array(compressed), 10_000)).toBeNull();
    expect(await inflateRaw(new Uint8Array([255, 255, 255, 255]), 1000)).toBeNull();
  });
});
