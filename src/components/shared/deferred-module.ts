import { useEffect, useState } from 'react';
import { lazyModule } from '../../stores/lazy-module.ts';

/**
 * A module the first render does not need (what shows only after a paste, a file, a share link or a click),
 * loaded by a dynamic `import()` so it stays out of the page's script before interaction (issue 17).
 * It is fetched while the page is idle after hydration, so it is usually there before anyone pastes.
 */
export type DeferredModule<M> = {
  /** The module once it has loaded; null before. */
  get(): M | null;
  /** Load it (once; a failed load is tried again on the next call). */
  load(): Promise<M>;
};

/**
 * Wrap a dynamic import so the module can be read synchronously once loaded.
 *
 * @param importer `() => import('./Part.tsx')`: the literal import keeps it a chunk of its own
 * @returns the deferred module
 * @example
 * const resultParts = deferModule(() => import('./nps-result-parts.tsx'));
 */
export function deferModule<M>(importer: () => Promise<M>): DeferredModule<M> {
  // The stores' lazyModule loads it (once; again after a failed load: offline before the service worker cached
  // it, or a new deployment renamed the chunk); this is its synchronous read for a render.
  const lazy = lazyModule(importer);
  return {
    get() {
      const state = lazy.$state.get();
      return state.kind === 'loaded' ? state.module : null;
    },
    load: () => lazy.load(),
  };
}

/** Run `work` when the browser is idle (within 2 s), or in the next task where idle callbacks are missing. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 0);
}

/**
 * Read a deferred module in a component: the module when loaded, else null (and it starts loading when `needed`).
 * Render nothing from it while null; the component renders again when it arrives. Every deferred module is also
 * fetched once the page is idle after hydration, so a paste rarely waits for one.
 *
 * @param deferred the module
 * @param needed whether this render wants it now (e.g. there is a result to show)
 * @returns the module, or null while it loads
 */
export function useDeferredModule<M>(deferred: DeferredModule<M>, needed: boolean): M | null {
  const [, setLoaded] = useState(0);
  const module = deferred.get();
  useEffect(() => {
    if (module !== null) return;
    let mounted = true;
    const load = () => {
      deferred.load().then(
        () => {
          if (mounted) setLoaded((count) => count + 1);
        },
        () => undefined,
      );
    };
    if (needed) load();
    else whenIdle(load);
    return () => {
      mounted = false;
    };
  }, [deferred, module, needed]);
  return module;
}
