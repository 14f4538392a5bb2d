import { atom } from 'nanostores';

/**
 * What the journey map builder's live region says next (stage moved, item added, import done…). Each message
 * gets a new id, so the same words said twice are announced twice.
 */
export const $journeyAnnouncement = atom<{ readonly id: number; readonly text: string }>({ id: 0, text: '' });

/** Tell screen-reader users what just happened. */
export function announce(text: string): void {
  $journeyAnnouncement.set({ id: $journeyAnnouncement.get().id + 1, text });
}
