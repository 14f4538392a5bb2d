import { cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { err, ok } from '../../src/lib/result.ts';
import { persistedAtom, setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { createShareLink } from '../../src/stores/share-link.ts';
import { memoryStorage } from '../support/memory-storage.ts';

type Draft = { readonly figure: string; readonly note: string };

/** A saved draft holding the person's own figures, and a share link whose code is the figure itself ("#c=12"); "#c=bad" cannot be read. */
function setUp() {
  setStorageForTests(memoryStorage());
  const $draft = persistedAtom<Draft>({ key: 'share-link-test', version: 1, initial: { figure: '', note: '' }, parse: (data) => ok(data as Draft) });
  keepMount($draft);
  $draft.set({ figure: 'mine', note: 'kept' });
  const link = createShareLink(
    $draft,
    (hash: string) => (hash === '#c=bad' ? err({ kind: 'damaged' as const }) : ok(hash.slice('#c='.length))),
    (current: Draft, figure: string) => ({ ...current, figure }),
  );
  return { $draft, link };
}

describe('createShareLink', () => {
  afterEach(() => {
    cleanStores();
    setStorageForTests(undefined);
  });

  it('fills in a link’s figures and keeps the person’s own to put back', () => {
    const { $draft, link } = setUp();
    expect(link.apply('#c=12')).toEqual({ ok: true, value: { figure: '12', note: 'kept' } });
    expect($draft.get()).toEqual({ figure: '12', note: 'kept' });
    expect(link.$notice.get()).toEqual({ kind: 'applied', previous: { figure: 'mine', note: 'kept' } });
    link.restore();
    expect($draft.get()).toEqual({ figure: 'mine', note: 'kept' });
    expect(link.$notice.get()).toEqual({ kind: 'none' });
  });

  it('leaves the form as it was when the link cannot be read, and says why', () => {
    const { $draft, link } = setUp();
    expect(link.apply('#c=bad')).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect($draft.get()).toEqual({ figure: 'mine', note: 'kept' });
    expect(link.$notice.get()).toEqual({ kind: 'failed', error: { kind: 'damaged' } });
    // Nothing was replaced, so there is nothing to put back.
    link.restore();
    expect($draft.get()).toEqual({ figure: 'mine', note: 'kept' });
  });

  it('puts back the person’s own figures, not the first link’s, after a second link', () => {
    const { $draft, link } = setUp();
    link.apply('#c=1');
    link.apply('#c=2');
    expect($draft.get().figure).toBe('2');
    link.restore();
    expect($draft.get().figure).toBe('mine');
  });

  it('keeps the link’s figures when the notice is dismissed', () => {
    const { $draft, link } = setUp();
    link.apply('#c=7');
    link.dismiss();
    expect(link.$notice.get()).toEqual({ kind: 'none' });
    link.restore();
    expect($draft.get().figure).toBe('7');
  });
});

describe('createShareLink: the replaced figures saved beside the draft', () => {
  const EMPTY: Draft = { figure: '', note: '' };
  const decode = (hash: string) => ok(hash.slice('#c='.length));
  const toDraft = (current: Draft, figure: string) => ({ ...current, figure });

  /** The calculator as a page load makes it: its saved draft and its share link, over the same storage. */
  function load() {
    const $draft = persistedAtom<Draft>({ key: 'share-test', version: 1, initial: EMPTY, parse: (data) => ok(data as Draft) });
    keepMount($draft);
    const link = createShareLink($draft, decode, toDraft);
    return { $draft, link };
  }

  afterEach(() => {
    cleanStores();
    setStorageForTests(undefined);
  });

  it('offers the person’s own figures back after a reload, and forgets them once put back', () => {
    const storage = memoryStorage();
    setStorageForTests(storage);
    const first = load();
    first.$draft.set({ figure: 'mine', note: 'kept' });
    first.link.apply('#c=12');
    expect(storage.data.get('touchpoint:share-test:before-link')).toBe('{"v":1,"data":{"figure":"mine","note":"kept"}}');

    const reloaded = load();
    expect(reloaded.$draft.get()).toEqual({ figure: '12', note: 'kept' });
    expect(reloaded.link.$notice.get()).toEqual({ kind: 'applied', previous: { figure: 'mine', note: 'kept' } });
    reloaded.link.restore();
    expect(reloaded.$draft.get()).toEqual({ figure: 'mine', note: 'kept' });
    expect(load().link.$notice.get()).toEqual({ kind: 'none' });
  });

  it('forgets them when the notice is dismissed, and offers nothing when the link replaced only the empty form', () => {
    setStorageForTests(memoryStorage());
    const first = load();
    first.$draft.set({ figure: 'mine', note: '' });
    first.link.apply('#c=1');
    first.link.dismiss();
    expect(load().link.$notice.get()).toEqual({ kind: 'none' });

    setStorageForTests(memoryStorage());
    const fresh = load();
    fresh.link.apply('#c=2');
    expect(fresh.link.$notice.get()).toEqual({ kind: 'applied', previous: null });
    // Put back does nothing then: the link's figures stay.
    fresh.link.restore();
    expect(fresh.$draft.get()).toEqual({ figure: '2', note: '' });
  });

  it('shows the offer in another tab when the link was opened there, and takes it away when it is settled there', () => {
    const storage = memoryStorage();
    const listeners: ((event: { key: string; newValue: string }) => void)[] = [];
    setStorageForTests(storage, { addEventListener: (_key, listener) => void listeners.push(listener), removeEventListener: () => {} });
    const here = load();
    here.$draft.set({ figure: 'mine', note: '' });
    const stored = '{"v":1,"data":{"figure":"mine","note":""}}';
    // The other tab opened a link: it saved the person's figures aside, then the link's.
    storage.data.set('touchpoint:share-test:before-link', stored);
    for (const listener of listeners) listener({ key: 'touchpoint:share-test:before-link', newValue: stored });
    expect(here.link.$notice.get()).toEqual({ kind: 'applied', previous: { figure: 'mine', note: '' } });
    // The other tab put them back (or dismissed the notice).
    storage.data.set('touchpoint:share-test:before-link', '{"v":1,"data":null}');
    for (const listener of listeners) listener({ key: 'touchpoint:share-test:before-link', newValue: '{"v":1,"data":null}' });
    expect(here.link.$notice.get()).toEqual({ kind: 'none' });
  });
});
