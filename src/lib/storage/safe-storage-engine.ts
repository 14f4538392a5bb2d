/** The part of the Web Storage API this module needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What went wrong when the browser's storage refused an operation. */
export interface StorageFailure {
  readonly operation: 'read' | 'write' | 'remove';
  readonly key: string;
  readonly error: unknown;
}

/**
 * Wrap a Storage in the plain-object shape `@nanostores/persistent` expects (`engine[key]`, `key in engine`,
 * `delete engine[key]`), so that a storage that throws (quota full, privacy mode, disabled cookies) never
 * throws into a store: reads act as "nothing stored", writes are reported and the value stays in memory.
 *
 * Writes to a key `isHeld` names are held back the same way (the value stays in memory), so a stored value
 * that must not be overwritten yet stays as it is.
 *
 * @param getStorage returns the storage, or undefined where there is none (it may itself throw)
 * @param onFailure told about every refused operation
 * @param isHeld whether writes to a key are held back for now (default: none are)
 * @returns an object usable with `setPersistentEngine`
 * @example createSafeStorageEngine(() => localStorage, (failure) => console.warn(failure), (key) => key === 'touchpoint:notes')
 */
export function createSafeStorageEngine(
  getStorage: () => StorageLike | undefined,
  onFailure: (failure: StorageFailure) => void,
  isHeld: (key: string) => boolean = () => false,
): Record<string, string | undefined> {
  const read = (key: string): string | undefined => {
    try {
      return getStorage()?.getItem(key) ?? undefined;
    } catch (error) {
      onFailure({ operation: 'read', key, error });
      return undefined;
    }
  };
  return new Proxy({} as Record<string, string | undefined>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_target, key, value) => {
      if (typeof key !== 'string' || isHeld(key)) return true;
      try {
        const storage = getStorage();
        if (!storage) throw new Error('no storage in this browser');
        storage.setItem(key, String(value));
      } catch (error) {
        onFailure({ operation: 'write', key, error });
      }
      // Report success to the store either way: the value stays in memory, and the notice tells the person.
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key !== 'string' || isHeld(key)) return true;
      try {
        getStorage()?.removeItem(key);
      } catch (error) {
        onFailure({ operation: 'remove', key, error });
      }
      return true;
    },
  });
}
