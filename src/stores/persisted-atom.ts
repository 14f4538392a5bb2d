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
 * starts from `initial`, the raw text is copied to `touchpoint:kept-aside:<key>:<checksum>` (never thrown away;
 * one copy per unreadable text, however often it is read) and a notice is shown. When even that copy cannot be
 * written (a 4 MB value and a full quota), the stored text is the only copy: saving that key is paused (changes
 * stay in memory) until the person downloads the text from the notice or discards it, so no edit overwrites it.
 * Data saved by a newer version of the site is copied aside and also left in place, with saving paused the same
 * way: a page that is out of date (an old tab, a cached copy) must not overwrite what the newer version wrote.
 * When the browser refuses to save (quota full, privacy mode), the state stays in memory and a notice says so.
 * A store whose validator is given as `{ load }` reads its stored data only once the validator has loaded (when
 * the store is first used, i.e. after the island's first render): the schema, and zod with it, stay out of the
 * page's first script. Until then it holds `initial` and writes nothing, so the stored data is neither
 * overwritten nor lost; its key is in `$readingSavedData`, and the island keeps its inputs disabled meanwhile
 * (SavedDataGate), since a change made in that moment would be replaced by the stored data when it arrives
 * (measured: a figure typed 0.47 s after the page loaded, on a phone-speed CPU, was).
 * Other tabs see changes through the `storage` event; a store given `reconcile` decides how another tab's
 * value combines with its own (item-edit-sync.ts does it item by item), and `setWritesHeld` keeps a key's
 * stored value untouched while the person settles a conflict.
 */
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
  type PersistentStore,
} from '@nanostores/persistent';
import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { Result } from '../lib/result.ts';
import { keepCopy } from '../lib/storage/keep-copy.ts';
import { createSafeStorageEngine, type StorageLike } from '../lib/storage/safe-storage-engine.ts';
import { decodeEnvelope, describeStoredReadError, encodeEnvelope, readEnvelopeSync, type Migrations } from '../lib/storage/stored-envelope.ts';
import { $storageNotices, addStorageNotice } from './storage-notices.ts';

/** Prefix of every key this site writes, so our data never collides with anything else on the origin. */
export const STORAGE_NAMESPACE = 'touchpoint:';
/** Prefix of copies of stored data that could not be read. */
export const KEPT_ASIDE_PREFIX = `${STORAGE_NAMESPACE}kept-aside:`;

let storage: () => StorageLike | undefined = () => (typeof localStorage === 'undefined' ? undefined : localStorage);
let noticeCounter = 0;

/**
 * Keys whose stored text could not be read nor copied aside: the text, and how to save the store's value once
 * the person has downloaded or discarded it. Writes to these keys are held back until then.
 */
const held = new Map<string, { readonly raw: string; readonly save: () => void }>();

/** Keys whose writes wait for the person to settle an edit conflict (see `setWritesHeld`). */
const heldForConflict = new Set<string>();

/** Keys whose stored text waits for its validator to load: writes wait too, so the text is not overwritten. */
const heldForParser = new Set<string>();

const reading = atom<readonly string[]>([]);
/** Keys whose stored text is being read (its validator is loading): an island keeps its inputs disabled until then. */
export const $readingSavedData: ReadableAtom<readonly string[]> = reading;
const doneReading = (key: string) => reading.set(reading.get().filter((each) => each !== key));

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
  (key) => held.has(key) || heldForConflict.has(key) || heldForParser.has(key),
) as PersistentStore;
if (typeof window !== 'undefined') setPersistentEngine(engine, windowPersistentEvents);

// Saving resumes once the notice guarding a held key is gone (discarded) or its text downloaded.
$storageNotices.listen((notices) => {
  for (const [key, hold] of held) {
    if (notices.some((notice) => notice.kind === 'unreadable' && notice.key === key && notice.savingPaused)) continue;
    held.delete(key);
    hold.save();
  }
});

/** Point persistence at another storage (tests use an in-memory one), and optionally at fake tab events. */
export function setStorageForTests(testStorage: StorageLike | undefined, events?: PersistentEvents): void {
  held.clear();
  heldForConflict.clear();
  heldForParser.clear();
  reading.set([]);
  storage = () => testStorage;
  setPersistentEngine(engine, events ?? { addEventListener() {}, removeEventListener() {} });
}

/** A persisted store: a nanostores atom plus what islands need for hydration and reset. */
export type PersistedAtom<T> = WritableAtom<T> & {
  /** The value before anything is loaded; pass it to `useStore(…, { ssr: () => initial })`. */
  readonly initial: T;
  /** The full key in storage. */
  readonly storageKey: string;
  /**
   * Load the validator, if it is loaded lazily, and read stored data waiting for it. Stores do this by
   * themselves when first used; tests await it once so that reads after it are synchronous.
   */
  readonly ready: () => Promise<void>;
  /**
   * A second store of the same state, saved under `touchpoint:<key>:<name>` and null when empty, read with the same
   * validator and migrations: e.g. the person's own figures a share link replaced, kept to put back after a reload.
   */
  readonly keptCopy: (name: string) => PersistedAtom<T | null>;
};

/** Validates current-version data into typed state, or says why not. */
export type StateParser<T> = (data: unknown) => Result<T, string>;

export interface PersistedAtomOptions<T> {
  /** Short name, unique on the site, e.g. `nps-calculator`; stored under `touchpoint:<key>`. */
  readonly key: string;
  /** Schema version of the state; start at 1. */
  readonly version: number;
  /** State when nothing is stored or stored data cannot be read. */
  readonly initial: T;
  /**
   * Validate current-version data (e.g. with a zod schema's safeParse) into typed state or a message; or
   * `{ load }`, which imports the validator when stored data is first read (see the module's comment).
   */
  readonly parse: StateParser<T> | { readonly load: () => Promise<StateParser<T>> };
  /** `migrations[n]` upgrades version-n data to version n + 1. */
  readonly migrations?: Migrations;
  /**
   * Combine a value another tab saved (`incoming`) with the one this store holds (`current`) before the
   * store takes it. Return the value to hold, and `save: true` when it differs from what is stored (it
   * keeps something of this tab's). Without it, the other tab's value replaces this one.
   */
  readonly reconcile?: (incoming: T, current: T, sync: unknown) => { readonly value: T; readonly save: boolean };
  /** A note saved beside each write for other tabs' `reconcile` (the envelope's `sync`); undefined for none. */
  readonly syncNote?: () => unknown;
}

/**
 * Hold back (or resume) writes to a store's key, e.g. while the person chooses between this tab's version of
 * an item and another tab's: the value stays in memory, the stored one is not overwritten. Resuming does not
 * write by itself; the next change does.
 *
 * @param storageKey the store's full key (`store.storageKey`)
 * @param holding true to hold writes, false to let them through
 */
export function setWritesHeld(storageKey: string, holding: boolean): void {
  if (holding) heldForConflict.add(storageKey);
  else heldForConflict.delete(storageKey);
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
  let parse = typeof options.parse === 'function' ? options.parse : undefined;
  /** Stored text was found before the validator loaded: it is read once the validator is here. */
  let unread = false;
  let mounted = false;
  let loading: Promise<void> | undefined;
  // Assigned right below; decode runs once before that, while nothing can be held for this key yet.
  let store: WritableAtom<T> | undefined;

  const decode = (raw: string): T => {
    if (parse === undefined) {
      unread = true;
      heldForParser.add(storageKey);
      // Only the text found as the page opens closes the island's inputs: another tab's later change must not
      // disable the field the person is typing in (it would lose focus, and the keys typed next).
      if (store === undefined) reading.set([...reading.get(), storageKey]);
      if (mounted) void ready().catch(() => undefined);
      return store?.value ?? options.initial;
    }
    const result = decodeEnvelope(raw, { ...options, parse });
    if (result.ok) {
      // Another tab saved over the held text: there is nothing left here to protect.
      held.delete(storageKey);
      if (!store || !options.reconcile) return result.value;
      // `value`, not `get()`: decode may run while the store mounts, and get() would mount it again.
      const reconciled = options.reconcile(result.value, store.value ?? options.initial, readEnvelopeSync(raw));
      // Saved now, so the other tab sees what this one kept; the store's own set that follows is then a no-op.
      if (reconciled.save) store.set(reconciled.value);
      return reconciled.value;
    }
    // The held text read again (the store remounted, the page came back from the cache): keep the changes on the page.
    if (store && held.get(storageKey)?.raw === raw) return store.get();
    // Data from a newer version of the site stays in place for that version, and writes wait (as for a text that
    // could not be copied aside) so a page that is out of date does not overwrite it; anything else unreadable is
    // moved aside, so the next visit neither copies it again nor repeats the notice.
    const newer = result.error.kind === 'future-version';
    const keptAs = keepAside(storageKey, raw, !newer);
    if (keptAs === undefined || newer) {
      held.set(storageKey, {
        raw,
        save: () => {
          if (store) store.set(store.get());
        },
      });
    }
    addStorageNotice({
      id: `notice-${++noticeCounter}`,
      kind: 'unreadable',
      key: storageKey,
      reason: describeStoredReadError(result.error),
      keptAs,
      raw,
      savingPaused: keptAs === undefined || newer,
    });
    return options.initial;
  };

  /** Load a lazy validator, then read the stored text that waited for it (writes stay held until it is read). */
  const ready = (): Promise<void> => {
    if (parse !== undefined || typeof options.parse === 'function') return Promise.resolve();
    loading ??= options.parse.load().then(
      (loaded) => {
        parse = loaded;
        if (unread && store) {
          unread = false;
          // Through the engine, which answers undefined where storage is missing or blocked instead of throwing.
          const raw = (engine as Readonly<Record<string, string | undefined>>)[storageKey];
          if (raw !== undefined) store.set(decode(raw));
        }
        heldForParser.delete(storageKey);
        doneReading(storageKey);
      },
      (error: unknown) => {
        // Offline before the site was cached, or a new deployment renamed the file. Writes stay held, so the
        // stored text survives; the next use of the store tries again. The inputs open meanwhile, so the page is
        // usable; the notice says nothing is saved, and to reload (a later read puts the saved data back).
        loading = undefined;
        doneReading(storageKey);
        addStorageNotice({
          id: `notice-${++noticeCounter}`,
          kind: 'write-failed',
          key: storageKey,
          reason: 'the page could not load the part that reads your saved data (check your connection, then reload)',
        });
        throw error;
      },
    );
    return loading;
  };

  store = persistentAtom<T>(storageKey, options.initial, {
    encode: (value) => encodeEnvelope(options.version, value, options.syncNote?.()),
    decode,
  });
  onMount(store, () => {
    mounted = true;
    if (unread) void ready().catch(() => undefined);
    return () => {
      mounted = false;
    };
  });
  const keptCopy = (name: string): PersistedAtom<T | null> => {
    const { parse, migrations } = options;
    const orNull =
      (read: StateParser<T>): StateParser<T | null> =>
      (data) =>
        data === null ? { ok: true, value: null } : read(data);
    return persistedAtom<T | null>({
      key: `${options.key}:${name}`,
      version: options.version,
      initial: null,
      parse: typeof parse === 'function' ? orNull(parse) : { load: () => parse.load().then(orNull) },
      ...(migrations === undefined
        ? {}
        : { migrations: Object.fromEntries(Object.entries(migrations).map(([from, step]) => [from, (data: unknown) => (data === null ? null : step(data))])) }),
    });
  };
  return Object.assign(store, { initial: options.initial, storageKey, ready, keptCopy });
}

/** Copy unreadable text aside (once per text) and, once copied, optionally remove it; the copy's key, or undefined. */
function keepAside(storageKey: string, raw: string, removeOriginal: boolean): string | undefined {
  try {
    const target = storage();
    if (!target) return undefined;
    const keptAs = keepCopy(target, `${KEPT_ASIDE_PREFIX}${storageKey.slice(STORAGE_NAMESPACE.length)}`, raw);
    // Only once the copy is written: the original is never the last copy to go.
    if (removeOriginal) target.removeItem(storageKey);
    return keptAs;
  } catch {
    // Storage full or blocked: the original stays, and the notice carries the raw text for download.
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
