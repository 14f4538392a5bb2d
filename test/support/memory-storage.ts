/**
 * Storage for tests: an in-memory stand-in for localStorage, shared by every test that persists state.
 * Its `data` map is the storage itself, so a test can seed it and read back exactly what was written.
 */
import type { StorageLike } from '../../src/lib/storage/safe-storage-engine.ts';

export type MemoryStorage = StorageLike & {
  /** What is stored, key by key. */
  readonly data: Map<string, string>;
  /** While true, every write throws a QuotaExceededError, as a full browser storage does. */
  full: boolean;
};

/** The error a browser throws when its storage for the site is full. */
export function quotaExceededError(): Error {
  return Object.assign(new Error('full'), { name: 'QuotaExceededError' });
}

/** An empty in-memory storage; set `full` to make writes fail as a full browser storage does. */
export function memoryStorage(): MemoryStorage {
  const data = new Map<string, string>();
  const storage: MemoryStorage = {
    data,
    full: false,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (storage.full) throw quotaExceededError();
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return storage;
}

/** Memory storage that another tab can write to: the write lands in the storage and its `storage` event is heard. */
export type TabStorage = {
  readonly storage: MemoryStorage;
  /** What `setStorageForTests` takes as its events, so this tab hears the other tab's writes. */
  readonly events: { addEventListener(key: string, listener: (event: { key: string; newValue: string }) => void): void; removeEventListener(): void };
  /** The other tab saves `raw` under `key`, as a `storage` event tells this tab. */
  otherTabWrites(key: string, raw: string): void;
};

/** An empty memory storage shared with another tab (see TabStorage). */
export function tabStorage(): TabStorage {
  const storage = memoryStorage();
  const listeners: ((event: { key: string; newValue: string }) => void)[] = [];
  return {
    storage,
    events: { addEventListener: (_key, listener) => void listeners.push(listener), removeEventListener: () => {} },
    otherTabWrites(key, raw) {
      storage.data.set(key, raw);
      for (const listener of listeners) listener({ key, newValue: raw });
    },
  };
}
