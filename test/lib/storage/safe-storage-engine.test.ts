import { describe, expect, it, vi } from 'vitest';
import { createSafeStorageEngine, type StorageLike } from '../../../src/lib/storage/safe-storage-engine';
import { memoryStorage, quotaExceededError } from '../../support/memory-storage.ts';

describe('createSafeStorageEngine', () => {
  it('reads, writes and deletes through the storage', () => {
    const storage = memoryStorage();
    const engine = createSafeStorageEngine(() => storage, vi.fn());
    engine['a'] = '1';
    expect(storage.data.get('a')).toBe('1');
    expect('a' in engine).toBe(true);
    expect(engine['a']).toBe('1');
    delete engine['a'];
    expect('a' in engine).toBe(false);
    expect(engine['a']).toBeUndefined();
  });

  it('holds back writes and removals of a held key, leaving what is stored as it is', () => {
    const storage = memoryStorage();
    storage.data.set('kept', 'unreadable');
    const held = new Set(['kept']);
    const onFailure = vi.fn();
    const engine = createSafeStorageEngine(() => storage, onFailure, (key) => held.has(key));
    engine['kept'] = 'new';
    delete engine['kept'];
    engine['other'] = '1';
    expect(storage.data).toEqual(new Map([['kept', 'unreadable'], ['other', '1']]));
    expect(engine['kept']).toBe('unreadable');
    expect(onFailure).not.toHaveBeenCalled();
    held.clear();
    engine['kept'] = 'new';
    expect(storage.data.get('kept')).toBe('new');
  });

  it('reports a write the storage refuses (full quota) without throwing', () => {
    const quotaError = quotaExceededError();
    const storage: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw quotaError;
      },
      removeItem: () => {},
    };
    const onFailure = vi.fn();
    const engine = createSafeStorageEngine(() => storage, onFailure);
    expect(() => {
      engine['key'] = 'value';
    }).not.toThrow();
    expect(onFailure).toHaveBeenCalledWith({ operation: 'write', key: 'key', error: quotaError });
  });

  it('treats a storage that throws on access (privacy mode) as empty', () => {
    const onFailure = vi.fn();
    const engine = createSafeStorageEngine(() => {
      throw new Error('SecurityError');
    }, onFailure);
    expect('key' in engine).toBe(false);
    expect(engine['key']).toBeUndefined();
    expect(() => delete engine['key']).not.toThrow();
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ operation: 'read', key: 'key' }));
  });

  it('reports a write when there is no storage at all', () => {
    const onFailure = vi.fn();
    const engine = createSafeStorageEngine(() => undefined, onFailure);
    engine['key'] = 'value';
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ operation: 'write', key: 'key' }));
  });
});
