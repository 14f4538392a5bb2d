import { atom } from 'nanostores';

/**
 * Something the person should know about their saved data: it could not be read (and was kept aside), or the
 * browser refused to save it. Islands show these with `<StorageNotices>`; nothing is ever dropped silently.
 */
export type StorageNotice =
  | {
      readonly id: string;
      readonly kind: 'unreadable';
      /** Namespaced storage key of the data that could not be read. */
      readonly key: string;
      /** Why, in plain words. */
      readonly reason: string;
      /** Where the unreadable text was copied, or undefined when even that copy failed. */
      readonly keptAs: string | undefined;
      /** The unreadable text itself, so the person can download it whatever happened to the copy. */
      readonly raw: string;
      /**
       * True while the unreadable text is the only copy (it could not be copied aside): changes stay on the
       * page, unsaved, until the person downloads it or discards it, so no edit overwrites it.
       */
      readonly savingPaused?: boolean;
      /** True once the person has downloaded the unreadable text from this notice. */
      readonly downloaded?: boolean;
    }
  | { readonly id: string; readonly kind: 'write-failed'; readonly key: string; readonly reason: string };

/** Notices not yet dismissed, oldest first. */
export const $storageNotices = atom<readonly StorageNotice[]>([]);

/**
 * Add a notice unless the same kind of notice for the same key is already shown. A notice that pauses saving
 * replaces one that does not, so the person always sees why their changes are not being saved.
 */
export function addStorageNotice(notice: StorageNotice): void {
  const current = $storageNotices.get();
  const shown = current.find((known) => known.kind === notice.kind && known.key === notice.key);
  if (!shown) $storageNotices.set([...current, notice]);
  else if (pausesSaving(notice) && !pausesSaving(shown)) $storageNotices.set(current.map((known) => (known === shown ? notice : known)));
}

function pausesSaving(notice: StorageNotice): boolean {
  return notice.kind === 'unreadable' && notice.savingPaused === true;
}

/**
 * The person downloaded the unreadable text a notice offers: saving paused for it resumes (see persistedAtom), and the notice
 * says so until it is dismissed.
 */
export function markNoticeDownloaded(id: string): void {
  $storageNotices.set(
    $storageNotices.get().map((notice) => (notice.id === id && notice.kind === 'unreadable' && notice.savingPaused ? { ...notice, savingPaused: false, downloaded: true } : notice)),
  );
}

/** Remove a notice the person has read (for unreadable data whose saving was paused: discard it, and save again). */
export function dismissStorageNotice(id: string): void {
  $storageNotices.set($storageNotices.get().filter((notice) => notice.id !== id));
}
