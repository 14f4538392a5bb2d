import { atom } from 'nanostores';

/**
 * What the builder's live region says next (saves, imports, deletions, copied links). Each message gets a new
 * id, so the same words said twice are announced twice.
 */
export const $announcement = atom<{ readonly id: number; readonly text: string }>({ id: 0, text: '' });

/** Tell screen-reader users what just happened. */
export function announce(text: string): void {
  $announcement.set({ id: $announcement.get().id + 1, text });
}
