import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../src/lib/result';
import { $readingSavedData, KEPT_ASIDE_PREFIX, persistedAtom, setStorageForTests } from '../../src/stores/persisted-atom';
import { $storageNotices, dismissStorageNotice, markNoticeDownloaded } from '../../src/stores/storage-notices';
import { memoryStorage, quotaExceededError } from '../support/memory-storage.ts';

const parseDraft = (data: unknown) =>
  typeof data === 'object' && data !== null && typeof (data as { text?: unknown }).text === 'string'
    ? ok(data as { text: string })
    : err('text: expected a string');

const createDraft = () =>
  persistedAtom({ key: 'test-draft', version: 2, initial: { text: '' }, parse: parseDraft, migrations: { 1: (old) => ({ text: String(old) }) } });

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  $storageNotices.set([]);
});

afterEach(() => {
  setStorageForTests(undefined);
});

describe('persistedAtom', () => {
  it('starts from the initial value when nothing is stored', () => {
    const $draft = createDraft();
    expect($draft.get()).toEqual({ text: '' });
    expect($draft.initial).toEqual({ text: '' });
    expect($draft.storageKey).toBe('touchpoint:test-draft');
    cleanStores($draft);
  });

  it('saves under a namespaced key in a versioned envelope and reads it back', () => {
    const $draft = createDraft();
    keepMount($draft);
    $draft.set({ text: '9, 10' });
    expect(storage.data.get('touchpoint:test-draft')).toBe('{"v":2,"data":{"text":"9, 10"}}');
    const $again = createDraft();
    expect($again.get()).toEqual({ text: '9, 10' });
    cleanStores($draft, $again);
  });

  it('migrates data saved by an older version', () => {
    storage.data.set('touchpoint:test-draft', '{"v":1,"data":"7 8 9"}');
    const $draft = createDraft();
    expect($draft.get()).toEqual({ text: '7 8 9' });
    expect($storageNotices.get()).toEqual([]);
    cleanStores($draft);
  });

  it('keeps corrupt JSON aside, starts fresh and says so', () => {
    storage.data.set('touchpoint:test-draft', '{"v":2,"data":{"te');
    const $draft = createDraft();
    expect($draft.get()).toEqual({ text: '' });
    const keptKeys = [...storage.data.keys()].filter((key) => key.startsWith(KEPT_ASIDE_PREFIX));
    expect(keptKeys).toHaveLength(1);
    expect(storage.data.get(keptKeys[0] ?? '')).toBe('{"v":2,"data":{"te');
    expect($storageNotices.get()).toEqual([
      expect.objectContaining({ kind: 'unreadable', key: 'touchpoint:test-draft', keptAs: keptKeys[0], raw: '{"v":2,"data":{"te' }),
    ]);
    cleanStores($draft);
  });

  it('keeps one copy and shows one notice however often the same unreadable text is read', () => {
    storage.data.set('touchpoint:test-draft', 'not json');
    const $draft = createDraft();
    keepMount($draft);
    $draft.get();
    cleanStores($draft);
    keepMount($draft);
    expect([...storage.data.keys()].filter((key) => key.startsWith(KEPT_ASIDE_PREFIX))).toHaveLength(1);
    expect($storageNotices.get()).toHaveLength(1);
    cleanStores($draft);
  });

  it('moves unreadable data aside, so the next visit starts clean instead of copying it again', () => {
    storage.data.set('touchpoint:test-draft', '{"v":2,"data":{"wrong":1}}');
    const $first = createDraft();
    keepMount($first);
    expect(storage.data.get('touchpoint:test-draft')).not.toBe('{"v":2,"data":{"wrong":1}}');
    cleanStores($first);
    $storageNotices.set([]);
    // The next visit: a new store reads the same storage.
    expect(createDraft().get()).toEqual({ text: '' });
    expect($storageNotices.get()).toEqual([]);
    expect([...storage.data.values()].filter((value) => value === '{"v":2,"data":{"wrong":1}}')).toHaveLength(1);
  });

  it('leaves data from a newer version in place for that version, with one copy however often it is read', () => {
    storage.data.set('touchpoint:test-draft', '{"v":9,"data":{"text":"from the future"}}');
    // Four visits a second apart (copies were once named by the time): each reads the same text, which stays in place.
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let visit = 0; visit < 4; visit++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 11, 2, 0, 0, visit)));
      // A new page: nothing held from the last one (its saving was paused for this text), no notice shown yet.
      setStorageForTests(storage);
      $storageNotices.set([]);
      createDraft().get();
    }
    vi.useRealTimers();
    expect(storage.data.get('touchpoint:test-draft')).toBe('{"v":9,"data":{"text":"from the future"}}');
    const kept = [...storage.data.keys()].filter((key) => key.startsWith(KEPT_ASIDE_PREFIX));
    expect(kept).toHaveLength(1);
    expect(storage.data.get(kept[0] ?? '')).toBe('{"v":9,"data":{"text":"from the future"}}');
  });

  it('does not let an edit overwrite data from a newer version: saving waits until it is downloaded or discarded', () => {
    const future = '{"v":9,"data":{"text":"from the future"}}';
    storage.data.set('touchpoint:test-draft', future);
    const $draft = createDraft();
    keepMount($draft);
    $draft.set({ text: 'typed here' });
    expect($draft.get()).toEqual({ text: 'typed here' });
    expect(storage.data.get('touchpoint:test-draft')).toBe(future);
    const notice = $storageNotices.get()[0];
    expect(notice).toEqual(expect.objectContaining({ kind: 'unreadable', savingPaused: true, keptAs: expect.stringMatching(/^touchpoint:kept-aside:test-draft:/) }));
    // Discarded: the page's own edits are saved, and the copy aside stays.
    dismissStorageNotice(notice?.id ?? '');
    expect(storage.data.get('touchpoint:test-draft')).toBe('{"v":2,"data":{"text":"typed here"}}');
    expect([...storage.data.values()]).toContain(future);
    cleanStores($draft);
  });

  it('keeps a second, different unreadable text beside the first copy', () => {
    storage.data.set('touchpoint:test-draft', 'first');
    createDraft().get();
    storage.data.set('touchpoint:test-draft', 'second');
    createDraft().get();
    const kept = [...storage.data.entries()].filter(([key]) => key.startsWith(KEPT_ASIDE_PREFIX)).map(([, value]) => value);
    expect(kept.sort()).toEqual(['first', 'second']);
  });

  it('keeps data from a newer version aside instead of overwriting it unread', () => {
    storage.data.set('touchpoint:test-draft', '{"v":9,"data":{"text":"future"}}');
    const $draft = createDraft();
    expect($draft.get()).toEqual({ text: '' });
    const notice = $storageNotices.get()[0];
    expect(notice?.kind).toBe('unreadable');
    expect(notice?.kind === 'unreadable' && notice.reason).toContain('newer version');
    cleanStores($draft);
  });

  it('keeps data of the wrong shape aside', () => {
    storage.data.set('touchpoint:test-draft', '{"v":2,"data":{"text":42}}');
    const $draft = createDraft();
    expect($draft.get()).toEqual({ text: '' });
    expect($storageNotices.get()[0]).toEqual(expect.objectContaining({ kind: 'unreadable', reason: expect.stringContaining('text: expected a string') }));
    cleanStores($draft);
  });

  it('still carries the raw text in the notice when the copy cannot be written', () => {
    const full = memoryStorage();
    full.data.set('touchpoint:test-draft', 'not json');
    full.setItem = () => {
      throw quotaExceededError();
    };
    setStorageForTests(full);
    const $draft = createDraft();
    expect($storageNotices.get()[0]).toEqual(expect.objectContaining({ kind: 'unreadable', keptAs: undefined, raw: 'not json' }));
    cleanStores($draft);
  });

  describe('when unreadable data cannot be copied aside', () => {
    const big = `{"v":2,"data":{"text":${'"x'.repeat(8)}`;
    let full: ReturnType<typeof memoryStorage>;

    /** Storage holding the unreadable value, with no room for a copy of it (but room for a small edit). */
    function storageWithoutRoomForACopy(): ReturnType<typeof memoryStorage> {
      const tight = memoryStorage();
      tight.data.set('touchpoint:test-draft', big);
      const setItem = tight.setItem;
      tight.setItem = (key, value) => {
        if (key.startsWith(KEPT_ASIDE_PREFIX)) throw quotaExceededError();
        setItem(key, value);
      };
      return tight;
    }

    beforeEach(() => {
      full = storageWithoutRoomForACopy();
      setStorageForTests(full);
    });

    it('does not overwrite it with the next edits, and says saving is paused', () => {
      const $draft = createDraft();
      keepMount($draft);
      $draft.set({ text: 'typed' });
      $draft.set({ text: 'typed more' });
      expect($draft.get()).toEqual({ text: 'typed more' });
      expect(full.data.get('touchpoint:test-draft')).toBe(big);
      expect($storageNotices.get()).toEqual([expect.objectContaining({ kind: 'unreadable', keptAs: undefined, raw: big, savingPaused: true })]);
      cleanStores($draft);
    });

    it('keeps the edits on the page when the store is mounted again', () => {
      const $draft = createDraft();
      keepMount($draft);
      $draft.set({ text: 'typed' });
      cleanStores($draft);
      keepMount($draft);
      expect($draft.get()).toEqual({ text: 'typed' });
      expect(full.data.get('touchpoint:test-draft')).toBe(big);
      cleanStores($draft);
    });

    it('saves the edits once the person has downloaded the old data', () => {
      const $draft = createDraft();
      keepMount($draft);
      $draft.set({ text: 'typed' });
      markNoticeDownloaded($storageNotices.get()[0]?.id ?? '');
      expect(full.data.get('touchpoint:test-draft')).toBe('{"v":2,"data":{"text":"typed"}}');
      expect($storageNotices.get()).toEqual([expect.objectContaining({ savingPaused: false, downloaded: true })]);
      $draft.set({ text: 'typed more' });
      expect(full.data.get('touchpoint:test-draft')).toBe('{"v":2,"data":{"text":"typed more"}}');
      cleanStores($draft);
    });

    it('saves the edits once the person has discarded the old data', () => {
      const $draft = createDraft();
      keepMount($draft);
      $draft.set({ text: 'typed' });
      dismissStorageNotice($storageNotices.get()[0]?.id ?? '');
      expect(full.data.get('touchpoint:test-draft')).toBe('{"v":2,"data":{"text":"typed"}}');
      cleanStores($draft);
    });

    it('keeps saving paused while another notice for the page is dismissed', () => {
      const $draft = createDraft();
      keepMount($draft);
      $storageNotices.set([...$storageNotices.get(), { id: 'other', kind: 'write-failed', key: 'touchpoint:other', reason: 'full' }]);
      dismissStorageNotice('other');
      $draft.set({ text: 'typed' });
      expect(full.data.get('touchpoint:test-draft')).toBe(big);
      cleanStores($draft);
    });
  });

  it('shows a change made in another tab, and keeps a corrupt one aside', () => {
    const listeners: ((event: { key: string; newValue: string }) => void)[] = [];
    setStorageForTests(storage, {
      addEventListener: (_key, listener) => void listeners.push(listener),
      removeEventListener: () => {},
    });
    const $draft = createDraft();
    keepMount($draft);
    // Another tab writes the same key; the browser fires a storage event here.
    storage.data.set('touchpoint:test-draft', '{"v":2,"data":{"text":"from the other tab"}}');
    for (const listener of listeners) listener({ key: 'touchpoint:test-draft', newValue: '{"v":2,"data":{"text":"from the other tab"}}' });
    expect($draft.get()).toEqual({ text: 'from the other tab' });

    for (const listener of listeners) listener({ key: 'touchpoint:test-draft', newValue: '{"v":2,' });
    expect($draft.get()).toEqual({ text: '' });
    expect($storageNotices.get()[0]).toEqual(expect.objectContaining({ kind: 'unreadable', raw: '{"v":2,' }));
    cleanStores($draft);
  });

  it('keeps the new value in memory and says so when the storage is full', () => {
    storage.setItem = () => {
      throw quotaExceededError();
    };
    const $draft = createDraft();
    keepMount($draft);
    expect(() => $draft.set({ text: 'typed' })).not.toThrow();
    expect($draft.get()).toEqual({ text: 'typed' });
    expect($storageNotices.get()).toEqual([
      expect.objectContaining({ kind: 'write-failed', key: 'touchpoint:test-draft', reason: expect.stringContaining('full') }),
    ]);
    $draft.set({ text: 'typed more' });
    expect($storageNotices.get()).toHaveLength(1);
    cleanStores($draft);
  });
});

describe('keptCopy', () => {
  it('saves a second copy of the state under its own key, null when empty, read with the same validator and migrations', () => {
    const $draft = createDraft();
    const $kept = $draft.keptCopy('before-link');
    keepMount($kept);
    expect($kept.get()).toBeNull();
    $kept.set({ text: 'mine' });
    expect(storage.data.get('touchpoint:test-draft:before-link')).toBe('{"v":2,"data":{"text":"mine"}}');
    $kept.set(null);
    expect(storage.data.get('touchpoint:test-draft:before-link')).toBe('{"v":2,"data":null}');
    cleanStores($kept);

    // Written by an older version (1, a plain string): migrated as the state is. A null stays null.
    storage.data.set('touchpoint:test-draft:before-link', '{"v":1,"data":"7, 8"}');
    const $again = createDraft().keptCopy('before-link');
    keepMount($again);
    expect($again.get()).toEqual({ text: '7, 8' });
    cleanStores($again);
    storage.data.set('touchpoint:test-draft:before-link', '{"v":1,"data":null}');
    const $empty = createDraft().keptCopy('before-link');
    keepMount($empty);
    expect($empty.get()).toBeNull();
    expect($storageNotices.get()).toEqual([]);
    cleanStores($empty);
  });
});

describe('persistedAtom with a validator loaded when saved data is first read', () => {
  const KEY = 'touchpoint:lazy-draft';
  /** A store whose validator arrives when `arrive` is called (or fails with `fail`), counting the loads asked for. */
  function createLazyDraft() {
    const loads: { resolve: (parse: typeof parseDraft) => void; reject: (error: Error) => void }[] = [];
    const $draft = persistedAtom({
      key: 'lazy-draft',
      version: 2,
      initial: { text: '' },
      parse: { load: () => new Promise<typeof parseDraft>((resolve, reject) => void loads.push({ resolve, reject })) },
    });
    const settle = async (action: 'arrive' | 'fail') => {
      const load = loads.at(-1);
      if (!load) throw new Error('no load was asked for');
      if (action === 'arrive') load.resolve(parseDraft);
      else load.reject(new Error('Failed to fetch dynamically imported module'));
      await $draft.ready().catch(() => undefined);
    };
    return { $draft, loads, settle };
  }

  it('loads nothing while nothing is stored, and saves at once', () => {
    const { $draft, loads } = createLazyDraft();
    expect($readingSavedData.get()).toEqual([]);
    keepMount($draft);
    $draft.set({ text: 'typed' });
    expect(storage.data.get(KEY)).toBe('{"v":2,"data":{"text":"typed"}}');
    expect(loads).toHaveLength(0);
    cleanStores($draft);
  });

  it('reads stored data once the validator has loaded, asked for when the store is first used, and writes nothing before', async () => {
    const stored = '{"v":2,"data":{"text":"saved yesterday"}}';
    storage.data.set(KEY, stored);
    const { $draft, loads, settle } = createLazyDraft();
    // Created with the page's script: nothing is loaded until an island uses the store.
    expect(loads).toHaveLength(0);
    // Said from the start, so an island keeps its inputs disabled until the saved text is read (SavedDataGate).
    expect($readingSavedData.get()).toEqual([KEY]);
    keepMount($draft);
    expect(loads).toHaveLength(1);
    expect($draft.get()).toEqual({ text: '' });
    // A change before the validator arrives stays in memory: the stored text is not overwritten unread.
    $draft.set({ text: 'typed at once' });
    expect(storage.data.get(KEY)).toBe(stored);
    await settle('arrive');
    expect($readingSavedData.get()).toEqual([]);
    expect($draft.get()).toEqual({ text: 'saved yesterday' });
    expect(storage.data.get(KEY)).toBe(stored);
    $draft.set({ text: 'saved today' });
    expect(storage.data.get(KEY)).toBe('{"v":2,"data":{"text":"saved today"}}');
    expect($storageNotices.get()).toEqual([]);
    cleanStores($draft);
  });

  it('keeps unreadable stored text aside once the validator has loaded, as a synchronous store does', async () => {
    storage.data.set(KEY, '{"v":2,"data":{"text":42}}');
    const { $draft, settle } = createLazyDraft();
    keepMount($draft);
    await settle('arrive');
    expect($draft.get()).toEqual({ text: '' });
    expect(storage.data.has(KEY)).toBe(false);
    expect($storageNotices.get()).toEqual([expect.objectContaining({ kind: 'unreadable', key: KEY, raw: '{"v":2,"data":{"text":42}}' })]);
    cleanStores($draft);
  });

  it('says so when the validator cannot be loaded, keeps the stored text, and tries again on the next use', async () => {
    const stored = '{"v":2,"data":{"text":"saved yesterday"}}';
    storage.data.set(KEY, stored);
    const { $draft, loads, settle } = createLazyDraft();
    keepMount($draft);
    expect($readingSavedData.get()).toEqual([KEY]);
    await settle('fail');
    expect($storageNotices.get()).toEqual([expect.objectContaining({ kind: 'write-failed', key: KEY, reason: expect.stringMatching(/could not load/) })]);
    // The inputs open again: what is typed stays on the page, and the notice says it is not saved.
    expect($readingSavedData.get()).toEqual([]);
    $draft.set({ text: 'typed while offline' });
    expect(storage.data.get(KEY)).toBe(stored);
    cleanStores($draft);
    keepMount($draft);
    expect(loads).toHaveLength(2);
    await settle('arrive');
    expect($draft.get()).toEqual({ text: 'saved yesterday' });
    cleanStores($draft);
  });

  it('loads the validator for a change another tab saves, and shows it', async () => {
    const listeners: ((event: { key: string; newValue: string }) => void)[] = [];
    setStorageForTests(storage, { addEventListener: (_key, listener) => void listeners.push(listener), removeEventListener: () => {} });
    const { $draft, loads, settle } = createLazyDraft();
    keepMount($draft);
    expect(loads).toHaveLength(0);
    const fromOtherTab = '{"v":2,"data":{"text":"from the other tab"}}';
    storage.data.set(KEY, fromOtherTab);
    for (const listener of listeners) listener({ key: KEY, newValue: fromOtherTab });
    expect(loads).toHaveLength(1);
    // Not said as "reading": the island's inputs stay open, so the field being typed in keeps its focus.
    expect($readingSavedData.get()).toEqual([]);
    await settle('arrive');
    expect($draft.get()).toEqual({ text: 'from the other tab' });
    cleanStores($draft);
  });
});
