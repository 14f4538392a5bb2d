/**
 * A module a store loads on first use rather than with the page's first script (issue 17's budgets): its state
 * is an atom, so computed stores can wait for it, say "loading", and say when it could not load.
 */
import { atom, type ReadableAtom } from 'nanostores';

/** Where a lazily loaded module is. */
export type LazyModuleState<M> =
  | { readonly kind: 'idle' | 'loading' }
  /** Offline before the site was cached, or a new deployment renamed the file: the next `load()` tries again. */
  | { readonly kind: 'failed' }
  | { readonly kind: 'loaded'; readonly module: M };

export interface LazyModule<M> {
  readonly $state: ReadableAtom<LazyModuleState<M>>;
  /** Start loading (once; again after a failure); resolves with the module. */
  load(): Promise<M>;
}

/**
 * @param importer e.g. `() => import('../lib/metrics/compare-nps.ts')`
 * @example const comparison = lazyModule(() => import('../lib/metrics/compare-nps.ts')); void comparison.load();
 */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  const $state = atom<LazyModuleState<M>>({ kind: 'idle' });
  let loading: Promise<M> | undefined;
  return {
    $state,
    load() {
      if (loading === undefined) {
        $state.set({ kind: 'loading' });
        loading = importer().then(
          (module) => {
            $state.set({ kind: 'loaded', module });
            return module;
          },
          (error: unknown) => {
            loading = undefined;
            $state.set({ kind: 'failed' });
            throw error;
          },
        );
      }
      return loading;
    },
  };
}
