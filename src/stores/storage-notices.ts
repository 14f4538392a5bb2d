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
    }
  | { readonly id: string; readonly kind: 'write-failed'; readonly key: string; readonly reason: string };

/** Notices not yet dismissed, oldest first. */
export const $storageNotices = atom<readonly StorageNotice[]>([]);

/** Add a notice unless the same kind of notice for the same key is already shown. */
export function addStorageNotice(notice: StorageNotice): void {
  const current = $storageNotices.get();
  if (current.some((shown) => shown.kind === notice.kind && shown.key === notice.key)) return;
  $storageNotices.set([...current, notice]);
}

/** Remove a notice the person has read. */
export function dismissStorageNotice(id: string): void {
  $storageNotices.set($storageNotices.get().filter((notice) => notice.id !== id));
}
