import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';

/**
 * Read a store in an island, rendering `ssrValue` during hydration (what the server rendered from the initial
 * state), then the live value. Derived stores of persisted ones need this as much as the persisted ones do
 * (React error #418 otherwise).
 */
export function useIslandStore<T>($store: ReadableAtom<T>, ssrValue: T): T {
  return useStore($store, { ssr: () => ssrValue });
}
