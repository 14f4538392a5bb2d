import { atom } from 'nanostores';

/**
 * What a builder's live region says next (saved, imported, deleted, link copied, stage moved…). Each message gets
 * a new id, so the same words said twice are announced twice (the region re-renders its `<p key={id}>`). One
 * store for the persona builder and the journey map builder: each page holds one live region.
 */
export const $announcement = atom<{ readonly id: number; readonly text: string }>({ id: 0, text: '' });

/**
 * Tell screen-reader users what just happened.
 *
 * @param text one short sentence
 * @example announce('Persona deleted.') // $announcement.get() → { id: 1, text: 'Persona deleted.' }
 */
export function announce(text: string): void {
  $announcement.set({ id: $announcement.get().id + 1, text });
}
