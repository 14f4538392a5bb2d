import { useStore } from '@nanostores/react';
import type { PersistedAtom } from '../../stores/persisted-atom';

/**
 * Read a persisted store in an island. The server rendered the initial value, so the first client render
 * uses it too (no hydration mismatch, React error #418); the saved value follows right after.
 */
export function usePersistedStore<T>($store: PersistedAtom<T>): T {
  return useStore($store, { ssr: () => $store.initial });
}
