import { cleanStores, keepMount } from 'nanostores';
import { vi } from 'vitest';
import { $announcement } from '../../../src/components/shared/announcer.ts';
import { setStorageForTests } from '../../../src/stores/persisted-atom.ts';
import { $personaCollection, $personas } from '../../../src/stores/personas.ts';
import { $storageNotices } from '../../../src/stores/storage-notices.ts';
import { memoryStorage, type MemoryStorage } from '../../support/memory-storage.ts';

/** What the page offered for download through a blob: URL (file name and text), in order. */
export interface Downloads {
  readonly files: { name: string; text: Promise<string> }[];
}

/**
 * Fresh in-memory storage, no personas, no notices, the list view in the address, and blob downloads
 * captured instead of performed (jsdom has no URL.createObjectURL and does not navigate).
 */
export function resetPersonaState(): { storage: MemoryStorage; downloads: Downloads } {
  const storage = memoryStorage();
  setStorageForTests(storage);
  keepMount($personaCollection);
  $personaCollection.set({ personas: [], setAside: [] });
  storage.data.clear();
  $storageNotices.set([]);
  $announcement.set({ id: 0, text: '' });
  window.history.replaceState(null, '', '/tools/personas/');
  window.scrollTo = vi.fn();

  const downloads: Downloads = { files: [] };
  const blobs = new Map<string, Blob>();
  let counter = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${++counter}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.files.push({ name: this.download, text: blob.text() });
  });
  return { storage, downloads };
}

export function releasePersonaState(): void {
  vi.restoreAllMocks();
  cleanStores($personaCollection, $personas);
  setStorageForTests(undefined);
}

/** The personas saved in the test storage, as the page wrote them. */
export function savedPersonas(storage: MemoryStorage): { id: string; name: string; [key: string]: unknown }[] {
  const saved = storage.data.get('touchpoint:personas');
  return saved ? (JSON.parse(saved) as { data: { personas: { id: string; name: string }[] } }).data.personas : [];
}
