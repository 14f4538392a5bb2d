import { describe, expect, it } from 'vitest';
import { getChecksum as checksumIn } from '../../../src/lib/portable/checksum.ts';

const getChecksum = (text: string) => checksumIn(text, 'base64url');
import { keepCopy } from '../../../src/lib/storage/keep-copy.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

describe('keepCopy', () => {
  it('keeps a text under its base and checksum', () => {
    const storage = memoryStorage();
    const key = keepCopy(storage, 'kept:x', 'not json');
    expect(key).toBe(`kept:x:${getChecksum('not json')}`);
    expect(storage.data.get(key)).toBe('not json');
  });

  it('finds the copy already made instead of adding another', () => {
    const storage = memoryStorage();
    const first = keepCopy(storage, 'kept:x', 'not json');
    expect(keepCopy(storage, 'kept:x', 'not json')).toBe(first);
    expect(keepCopy(storage, 'kept:x', 'not json')).toBe(first);
    expect(storage.data.size).toBe(1);
  });

  it('keeps another text beside it, never over it, even when the checksums collide', () => {
    const storage = memoryStorage();
    // Another text already sits where 'b' would go (as after a checksum collision).
    storage.data.set(`kept:x:${getChecksum('b')}`, 'a');
    expect(keepCopy(storage, 'kept:x', 'b')).toBe(`kept:x:${getChecksum('b')}-2`);
    expect(storage.data.get(`kept:x:${getChecksum('b')}`)).toBe('a');
    expect(keepCopy(storage, 'kept:x', 'b')).toBe(`kept:x:${getChecksum('b')}-2`);
    expect(storage.data.size).toBe(2);
  });

  it('lets the caller see a storage that refuses the copy', () => {
    const storage = memoryStorage();
    storage.full = true;
    expect(() => keepCopy(storage, 'kept:x', 'text')).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
  });
});
