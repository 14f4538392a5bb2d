import { getChecksum } from '../portable/checksum.ts';
import type { StorageLike } from './safe-storage-engine.ts';

/**
 * Copy a text into storage once: under `<base>:<checksum of the text>`, so reading the same unreadable value
 * on every visit finds its copy instead of adding another. Two different texts whose checksums collide get
 * `-2`, `-3`…, so a copy is never overwritten by another text.
 *
 * @param storage where to copy (its errors, e.g. a full quota, are thrown to the caller)
 * @param base the name before the checksum, e.g. `touchpoint:kept-aside:nps-calculator`
 * @param text the text to keep
 * @returns the key the text is kept under
 * @example keepCopy(localStorage, 'touchpoint:kept-aside:nps-calculator', 'not json') // 'touchpoint:kept-aside:nps-calculator:' + 4 characters
 */
export function keepCopy(storage: StorageLike, base: string, text: string): string {
  const name = `${base}:${getChecksum(text, 'base64url')}`;
  for (let copy = 1; ; copy++) {
    const key = copy === 1 ? name : `${name}-${String(copy)}`;
    const kept = storage.getItem(key);
    if (kept === text) return key;
    if (kept === null) {
      storage.setItem(key, text);
      return key;
    }
  }
}
