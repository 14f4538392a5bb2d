import { describe, expect, it } from 'vitest';
import { createId, createSequentialIds, ID_PATTERN } from '../../../src/lib/text/id.ts';

describe('createId', () => {
  it('maps each byte, masked to 5 bits, to one letter of the look-alike-free alphabet', () => {
    // Counted by hand in 'abcdefghijkmnpqrstuvwxyz23456789': 0 → 'a', 31 → '9', 255 & 31 = 31 → '9', 32 & 31 = 0 → 'a',
    // 11 → 'm' (the twelfth letter once 'l' is left out), 22 → 'y'.
    expect(createId((bytes) => bytes.fill(0))).toBe('aaaaaaaaaa');
    expect(createId((bytes) => bytes.fill(31))).toBe('9999999999');
    expect(createId((bytes) => bytes.fill(255))).toBe('9999999999');
    expect(createId((bytes) => bytes.fill(32))).toBe('aaaaaaaaaa');
    expect(createId((bytes) => bytes.fill(11))).toBe('mmmmmmmmmm');
    expect(createId((bytes) => bytes.fill(22))).toBe('yyyyyyyyyy');
  });

  it('makes ids every store accepts, different each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(/^[a-km-np-z2-9]{10}$/);
      expect(id).toMatch(ID_PATTERN);
    }
  });

  it('refuses a random source that gives too few bytes', () => {
    expect(() => createId(() => new Uint8Array(3))).toThrowError('createId requires 10 random bytes, got 3');
  });
});

describe('ID_PATTERN', () => {
  it('accepts ids written by older versions and by hand, and refuses anything else', () => {
    for (const id of ['k7mq2xw9ab', 'id1', 'stage-2', 'A_b', 'x'.repeat(40)]) expect(id).toMatch(ID_PATTERN);
    for (const id of ['', 'x'.repeat(41), 'a b', 'a/b', 'é', 'a.b']) expect(id).not.toMatch(ID_PATTERN);
  });
});

describe('createSequentialIds', () => {
  it('counts from 1 with the prefix, separately for each maker', () => {
    const next = createSequentialIds('s');
    expect([next(), next(), next()]).toEqual(['s1', 's2', 's3']);
    expect(createSequentialIds()()).toBe('id1');
  });
});
