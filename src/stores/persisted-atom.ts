/**
 * Versioned, namespaced persistence for island state, over `@nanostores/persistent`.
 *
 * Data shape: localStorage[`touchpoint:<key>`] = `{"v": <version>, "data": <state>}` (see stored-envelope.ts).
 *
 * Migration: bump `version` when the state's shape changes and add `migrations[old]` that turns old-version
 * data into the next version's shape. Stored data is upgraded step by step when it is read, then validated
 * by `parse`; it is rewritten in the new format on the next change.
 *
 * When stored data cannot be read (corrupt JSON, wrong shape, a newer format, a failed migration), the store
 * starts from `initial`, the raw text is copied to `touchpoint:kept-aside:<key>:<time>` (never thrown away)
 * and a notice is shown. When the browser refuses to save (quota full, privacy mode), the state stays in
 * memory and a notice says so. Other tabs see changes through the `storage` event.
 */
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
  type PersistentStore,
} from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import type { Result } from '../lib/result.ts';
import { createSafeStorageEngine, type StorageLike } from '../lib/storage/safe-storage-engine.ts';
import { decodeEnvelope, describeStoredReadError, encodeEnvelope, type Migrations } from '../lib/storage/stored-envelope.ts';
import { addStorageNotice } from './storage-notices.ts';

/** Prefix of every key this site writes, so our data never collides with anything else on the origin. */
export const STORAGE_NAMESPACE = 'touchpoint:';
/** Prefix of copies of stored data that could not be read. */
export const KEPT_ASIDE_PREFIX = `${STORAGE_NAMESPACE}kept-aside:`;

let storage: () => StorageLike | undefined = () => (typeof localStorage === 'undefined' ? undefined : localStorage);
let noticeCounter = 0;

// The proxy answers `undefined` for missing keys, as a plain object would; persistent's type omits that case.
const engine = createSafeStorageEngine(
  () => storage(),
  ({ operation, key, error }) => {
    if (operation !== 'write' || key.startsWith(KEPT_ASIDE_PREFIX)) return;
    addStorageNotice({
      id: `notice-${++noticeCounter}`,
      kind: 'write-failed',
      key,
      reason: isQuotaError(error)
        ? 'your browser’s storage for this site is full'
        : 'your browser does not allow this site to save data (private mode or blocked storage)',
    });
  },
) as PersistentStore;
if (typeof window !== 'undefined') setPersistentEngine(engine, windowPersistentEvents);

/** Point persistence at another storage (tests use an in-memory one), and optionally at fake tab events. */
export function setStorageForTests(testStorage: StorageLike | undefined, events?: PersistentEvents): void {
  storage = () => testStorage;
  setPersistentEngine(engine, events ?? { addEventListener() {}, removeEventListener() {} });
}

/** A persisted store: a nanostores atom plus what islands need for hydration and reset. */
export type PersistedAtom<T> = WritableAtom<T> & {
  /** The value before anything is loaded; pass it to `useStore(…, { ssr: () => initial })`. */
  readonly initial: T;
  /** The full key in storage. */
  readonly storageKey: string;
};

export interface PersistedAtomOptions<T> {
  /** Short name, unique on the site, e.g. `nps-calculator`; stored under `touchpoint:<key>`. */
  readonly key: string;
  /** Schema version of the state; start at 1. */
  readonly version: number;
  /** State when nothing is stored or stored data cannot be read. */
  readonly initial: T;
  /** Validate current-version data (e.g. with a zod schema's safeParse) into typed state or a message. */
  readonly parse: (data: unknown) => Result<T, string>;
  /** `migrations[n]` upgrades version-n data to version n + 1. */
  readonly migrations?: Migrations;
}

/**
 * Create a store whose value survives reloads and syncs across tabs.
 *
 * @param options key, version, initial value, validator and migrations
 * @returns the store
 * @example const $draft = persistedAtom({ key: 'nps-calculator', version: 1, initial: { text: '' }, parse: parseDraft })
 */
export function persistedAtom<T>(options: PersistedAtomOptions<T>): PersistedAtom<T> {
  const storageKey = `${STORAGE_NAMESPACE}${options.key}`;
  const store = persistentAtom<T>(storageKey, options.initial, {
    encode: (value) => encodeEnvelope(options.version, value),
    decode: (raw) => {
      const result = decodeEnvelope(raw, options);
      if (result.ok) return result.value;
      // Data from a newer version of the site stays in place for that version; anything else unreadable is
      // moved aside, so the next visit neither copies it again nor repeats the notice.
      keepAside(storageKey, raw, describeStoredReadError(result.error), result.error.kind !== 'future-version');
      return options.initial;
    },
  });
  return Object.assign(store, { initial: options.initial, storageKey });
}

function keepAside(storageKey: string, raw: string, reason: string, removeOriginal: boolean): void {
  const keptAs = `${KEPT_ASIDE_PREFIX}${storageKey.slice(STORAGE_NAMESPACE.length)}:${new Date().toISOString()}`;
  let saved = false;
  try {
    const target = storage();
    if (target) {
      target.setItem(keptAs, raw);
      saved = true;
      // Only once the copy is written: the original is never the last copy to go.
      if (removeOriginal) target.removeItem(storageKey);
    }
  } catch {
    // Storage full or blocked: the original stays, and the notice still carries the raw text for download.
  }
  addStorageNotice({
    id: `notice-${++noticeCounter}`,
    kind: 'unreadable',
    key: storageKey,
    reason,
    keptAs: saved ? keptAs : undefined,
    raw,
  });
}

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
