/**
 * Two tabs editing the same saved items (personas, journey maps): each tab's changes are kept, item by item.
 *
 * A collection store (persisted-atom) passes every value another tab saved to `reconcile`, and every change
 * of its own to `recordLocal`. For each item, lib/storage/item-revisions.ts compares the version this tab
 * last received (`base`), its own and the other tab's: changes to different fields combine (and are saved,
 * so the other tab gets them too); the same field changed differently in the item open in this tab's editor
 * becomes `$editConflict`, and this tab's version stays on screen, untouched, while the stored one is not
 * overwritten until the person chooses (keep mine, take theirs, keep both as copies). An item another tab
 * deleted while this one edits it stays open here, with a conflict saying so (keep it, or let it go).
 *
 * Revisions: an item's `updatedAt` is its revision (each save gets its own stamp, getNextRevision). Each
 * write carries, in the envelope's `sync` note, `{ "parents": { "<id>": "<revision it was made from>" } }` for
 * the items it changed (and `"deleted": [ids]` for the ones it deleted), so a tab can tell "made from my latest version" (take it) from "made alongside mine"
 * (compare with the common version, which it keeps in memory). The items themselves carry nothing new: stored
 * data keeps its version, and pages that do not know the note ignore it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { getChangedFields, getNextRevision, recordWrittenValues, type FieldPath, type WrittenValues } from '../lib/storage/item-revisions.ts';
import { reconcileItem } from '../lib/storage/reconcile-item.ts';
import { setWritesHeld, type PersistedAtom } from './persisted-atom.ts';

/** What the person must settle about the item open in the editor. */
export type EditConflict<I> =
  /** Another tab saved different values in `fields` while this tab changed them too. */
  | { readonly kind: 'changed'; readonly id: string; readonly mine: I; readonly theirs: I; readonly fields: readonly FieldPath[] }
  /** Another tab deleted the item while this tab had it open; `mine` is this tab's version. */
  | { readonly kind: 'deleted'; readonly id: string; readonly mine: I };

/** The person's answer: for a change, which version(s) to keep; for a deletion, restore it or let it go. */
export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'keep-both' | 'restore' | 'let-go';

export interface ItemEditSyncOptions<C, I> {
  /** The collection store (read lazily: the store is created with this sync's `reconcile`). */
  readonly store: () => PersistedAtom<C>;
  readonly getItems: (collection: C) => readonly I[];
  readonly withItems: (collection: C, items: readonly I[]) => C;
  readonly getId: (item: I) => string;
  /** A copy under a new id, named as coming from another tab, for "keep both". */
  readonly copyItem: (item: I, takenIds: ReadonlySet<string>) => I;
  /** The item's revision (its `updatedAt`). */
  readonly getRevision: (item: I) => string;
  /** The item with another revision. */
  readonly setRevision: (item: I, revision: string) => I;
  /** Keys that change on every save and are not content (e.g. 'updatedAt'). */
  readonly ignore: ReadonlySet<string>;
  /** What of this tab's collection, besides the items, stays as it is (e.g. which map is open). */
  readonly keepLocal?: (incoming: C, current: C, items: readonly I[]) => C;
}

export interface ItemEditSync<C, I> {
  /** The conflict about the item open in this tab's editor, if any. */
  readonly $editConflict: ReadableAtom<EditConflict<I> | undefined>;
  /** For the store: combine another tab's collection (and the `sync` note saved with it) with this tab's. */
  reconcile(incoming: C, current: C, sync: unknown): { readonly value: C; readonly save: boolean };
  /** For the store: the `sync` note to save with this tab's next write. */
  syncNote(): unknown;
  /** For the store's actions: note a change this tab made (call it with the collection before and after). */
  recordLocal(previous: C, next: C): void;
  /** The editor opened an item: conflicts about it are shown, not settled on their own. Returns the undo. */
  watch(id: string): () => void;
  /** Settle the open conflict as the person chose; returns the id of a copy kept by "keep both". */
  resolve(choice: ConflictChoice): string | undefined;
}

/**
 * Make the two-tab bookkeeping for one collection store.
 *
 * @param options how to read and write the store's items
 * @returns the conflict store, the hooks for the store and the actions for the editor
 */
export function createItemEditSync<C, I>(options: ItemEditSyncOptions<C, I>): ItemEditSync<C, I> {
  const $editConflict = atom<EditConflict<I> | undefined>(undefined);
  /** Each item as this tab last received it from another tab (or had it before its first change). */
  const bases = new Map<string, I>();
  const written = new Map<string, WrittenValues>();
  /** Items made in this tab that no other tab has saved yet: absent from theirs means "not seen", not "deleted". */
  const madeHere = new Set<string>();
  /** Items deleted in this tab, as they were: another tab saving an unchanged copy does not bring them back. */
  const deletedHere = new Map<string, I>();
  /** Versions of each item this tab has held (saved or received), by revision: the common version of a clash. */
  const history = new Map<string, Map<string, I>>();
  /** The parent revision of each item changed by this tab's latest write, for the `sync` note. */
  let lastParents: Record<string, string> = {};
  /** The items this tab's latest write deleted, for the `sync` note: absent there means deleted, not unseen. */
  let lastDeleted: string[] = [];
  let watched: string | undefined;

  const remember = (id: string, item: I) => {
    const versions = history.get(id) ?? new Map<string, I>();
    versions.set(options.getRevision(item), item);
    // The newest versions are enough: a clash is always with a recent one.
    for (const revision of versions.keys()) {
      if (versions.size <= KEPT_VERSIONS) break;
      versions.delete(revision);
    }
    history.set(id, versions);
  };
  const touch = (item: I) => options.setRevision(item, getNextRevision(options.getRevision(item), new Date()));

  // A store's value is read before any check (e.g. a placeholder set while unmounted): no list means no items.
  const itemsOf = (collection: C): readonly I[] => {
    const items: unknown = options.getItems(collection);
    return Array.isArray(items) ? (items as readonly I[]) : [];
  };
  const idsOf = (items: readonly I[]) => new Map(items.map((item) => [options.getId(item), item]));
  const hold = (holding: boolean) => setWritesHeld(options.store().storageKey, holding);
  const sameContent = (a: I, b: I) => getChangedFields(a, b, options.ignore).length === 0;

  function reconcile(incoming: C, current: C, sync: unknown): { readonly value: C; readonly save: boolean } {
    const parents = readParents(sync);
    const deletedThere = readDeleted(sync);
    const writeBackParents: Record<string, string> = {};
    const mineById = idsOf(itemsOf(current));
    const theirIds = new Set(itemsOf(incoming).map(options.getId));
    const pending = $editConflict.get();
    const items: I[] = [];
    let save = false;
    let conflict: EditConflict<I> | undefined;

    for (const theirs of itemsOf(incoming)) {
      const id = options.getId(theirs);
      madeHere.delete(id);
      const mine = mineById.get(id);
      const gone = deletedHere.get(id);
      if (!mine && gone && options.getRevision(gone) === options.getRevision(theirs)) {
        // A copy saved before this tab's deletion reached the other tab: the deletion stands.
        save = true;
        continue;
      }
      deletedHere.delete(id);
      if (!mine) {
        items.push(theirs);
      } else if (pending && pending.id === id) {
        // While the person chooses, their version stays on screen; the choice offers the latest of the other tab's.
        if (sameContent(mine, theirs)) items.push(theirs);
        else {
          items.push(mine);
          conflict = { kind: 'changed', id, mine, theirs, fields: getChangedFields(mine, theirs, options.ignore) };
        }
      } else {
        const mineRevision = options.getRevision(mine);
        const theirRevision = options.getRevision(theirs);
        const outcome = reconcileItem({
          mine,
          theirs,
          mineRevision,
          theirRevision,
          parent: parents.get(id),
          history: history.get(id),
          lastReceived: bases.get(id),
          written: written.get(id) ?? new Map(),
          ignore: options.ignore,
        });
        switch (outcome.kind) {
          case 'take-theirs':
            items.push(theirs);
            break;
          case 'keep-mine':
            // The other tab is behind on this item: keep mine, and tell it which of its versions mine follows.
            items.push(mine);
            writeBackParents[id] = theirRevision;
            save = true;
            break;
          case 'merged': {
            const merged = options.setRevision(outcome.item, getNextRevision(theirRevision > mineRevision ? theirRevision : mineRevision, new Date()));
            items.push(merged);
            remember(id, merged);
            writeBackParents[id] = theirRevision;
            save = true;
            break;
          }
          case 'conflict':
            if (id === watched) {
              items.push(mine);
              conflict = { kind: 'changed', id, mine, theirs, fields: outcome.fields };
            } else {
              // Nobody is looking at this item here: keep both versions rather than drop one unseen.
              items.push(theirs, options.copyItem(mine, new Set([...mineById.keys(), ...theirIds])));
              save = true;
            }
            break;
          default:
            outcome satisfies never;
        }
      }
      remember(id, theirs);
      bases.set(id, theirs);
    }

    for (const [id, mine] of mineById) {
      if (theirIds.has(id)) continue;
      if (madeHere.has(id) && !deletedThere.has(id)) {
        // Made here and not yet seen there: keep it, and save it so the other tab gets it.
        items.push(mine);
        save = true;
      } else if (id === watched) {
        items.push(mine);
        conflict = { kind: 'deleted', id, mine };
      } else {
        bases.delete(id);
        written.delete(id);
      }
    }

    lastParents = writeBackParents;
    lastDeleted = [];
    $editConflict.set(conflict);
    hold(conflict !== undefined);
    const value = options.withItems(options.keepLocal ? options.keepLocal(incoming, current, items) : incoming, items);
    return { value, save: save && conflict === undefined };
  }

  function recordLocal(previous: C, next: C): void {
    const before = idsOf(itemsOf(previous));
    const after = idsOf(itemsOf(next));
    lastParents = {};
    for (const [id, item] of after) {
      const old = before.get(id);
      if (old === item) continue;
      remember(id, item);
      if (!old) madeHere.add(id);
      else {
        if (!bases.has(id)) bases.set(id, old);
        remember(id, old);
        lastParents[id] = options.getRevision(old);
      }
      written.set(id, recordWrittenValues(written.get(id) ?? new Map(), item, options.ignore));
    }
    lastDeleted = [];
    for (const [id, item] of before) {
      if (after.has(id)) continue;
      deletedHere.set(id, item);
      madeHere.delete(id);
      lastDeleted.push(id);
    }
    for (const id of after.keys()) deletedHere.delete(id);
    // What the person types while choosing is part of "mine".
    const conflict = $editConflict.get();
    const mine = conflict && after.get(conflict.id);
    if (conflict && mine && mine !== conflict.mine) $editConflict.set({ ...conflict, mine });
  }

  function watch(id: string): () => void {
    watched = id;
    // A tab closed while the person is choosing keeps both versions, so neither is lost.
    const keepBothOnLeave = () => {
      if ($editConflict.get()?.kind === 'changed') resolve('keep-both');
    };
    if (typeof window !== 'undefined') window.addEventListener('pagehide', keepBothOnLeave);
    return () => {
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', keepBothOnLeave);
      if (watched !== id) return;
      watched = undefined;
      // Leaving the editor without choosing: keep both versions of a changed item; a deleted one is let go.
      const conflict = $editConflict.get();
      if (conflict?.id === id) resolve(conflict.kind === 'changed' ? 'keep-both' : 'let-go');
    };
  }

  function resolve(choice: ConflictChoice): string | undefined {
    const conflict = $editConflict.get();
    if (!conflict) return undefined;
    const store = options.store();
    const collection = store.get();
    const items = [...itemsOf(collection)];
    const index = items.findIndex((item) => options.getId(item) === conflict.id);
    let copyId: string | undefined;
    $editConflict.set(undefined);
    hold(false);
    // This tab's version as it is now, with whatever was typed while the choice was open.
    const mine = items[index] ?? conflict.mine;
    if (index < 0) {
      // The item left this tab's collection meanwhile (e.g. deleted here): nothing to settle.
    } else if (conflict.kind === 'deleted') {
      if (choice === 'let-go') items.splice(index, 1);
      else {
        // A new revision, so the tab that deleted it takes it as a change made after its deletion.
        items[index] = touch(mine);
        madeHere.add(conflict.id);
      }
    } else if (choice === 'take-theirs') {
      items[index] = conflict.theirs;
      written.delete(conflict.id);
    } else {
      // A new revision made from theirs: the other tab takes it as made from its latest version.
      items[index] = options.setRevision(mine, getNextRevision(options.getRevision(conflict.theirs) > options.getRevision(mine) ? options.getRevision(conflict.theirs) : options.getRevision(mine), new Date()));
      if (choice === 'keep-both') {
        const copy = options.copyItem(conflict.theirs, new Set(items.map(options.getId)));
        copyId = options.getId(copy);
        items.splice(index + 1, 0, copy);
      }
    }
    const next = options.withItems(collection, items);
    recordLocal(collection, next);
    // Kept or merged from the other tab's latest version, whatever this tab's own version was made from.
    if (conflict.kind === 'changed' && index >= 0 && choice !== 'take-theirs') lastParents[conflict.id] = options.getRevision(conflict.theirs);
    store.set(next);
    return copyId;
  }

  const syncNote = () =>
    Object.keys(lastParents).length > 0 || lastDeleted.length > 0 ? { parents: lastParents, ...(lastDeleted.length > 0 ? { deleted: lastDeleted } : {}) } : undefined;

  resets.add(() => {
    bases.clear();
    written.clear();
    madeHere.clear();
    deletedHere.clear();
    history.clear();
    lastParents = {};
    lastDeleted = [];
    watched = undefined;
    $editConflict.set(undefined);
  });

  return { $editConflict, reconcile, syncNote, recordLocal, watch, resolve };
}

/** Forgets what every sync knows, so each test starts as a freshly opened page. */
const resets = new Set<() => void>();

/** Start every item sync afresh (tests: the stores live as long as the test file). */
export function resetItemEditSyncForTests(): void {
  for (const reset of resets) reset();
}

/** How many versions of one item a tab keeps in memory. */
const KEPT_VERSIONS = 100;

/** The ids another tab's `sync` note says its write deleted. */
function readDeleted(sync: unknown): Set<string> {
  if (typeof sync !== 'object' || sync === null || !('deleted' in sync) || !Array.isArray(sync.deleted)) return new Set();
  return new Set(sync.deleted.filter((id): id is string => typeof id === 'string'));
}

/** The `parents` of another tab's `sync` note, as far as they are well formed. */
function readParents(sync: unknown): Map<string, string> {
  const parents = new Map<string, string>();
  if (typeof sync !== 'object' || sync === null || !('parents' in sync)) return parents;
  const listed = sync.parents;
  if (typeof listed !== 'object' || listed === null) return parents;
  for (const [id, revision] of Object.entries(listed)) if (typeof revision === 'string') parents.set(id, revision);
  return parents;
}
