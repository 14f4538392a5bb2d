import { lazy, memo, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { couldNotLoad } from './could-not-load.ts';
import type { DeferredModule } from './deferred-module.ts';

/**
 * A part the server renders in full whose code the browser loads after the island's first script (React asks for
 * it as the island hydrates, and `deferred.load()` can start it earlier). Until the code arrives React keeps
 * the server's HTML in place, as a dehydrated Suspense boundary, and hydrates it then: nothing moves and nothing
 * is missing meanwhile, and the island's first script leaves the part out.
 *
 * New props before the part has hydrated would make React drop the server's HTML (for the empty fallback while the
 * code is missing, or for a fresh render of the same thing once it is there), so the part keeps the props of its
 * first render until it has hydrated, then takes the current ones. If the code cannot load (offline before the
 * site was cached), the part says so in place of a crash.
 *
 * @param deferred the part's module (see deferModule)
 * @param pick the part's component in the module
 * @param server the same component for the server to render, which imports it only there:
 *   `import.meta.env.SSR ? (await import('./Part.tsx')).Part : null`
 * @returns the component to render in the island
 */
export function hydrateLater<Module, Props extends object>(
  deferred: DeferredModule<Module>,
  pick: (module: Module) => ComponentType<Props>,
  server: ComponentType<Props> | null,
): ComponentType<Props> {
  type Loaded = { default: ComponentType<Props> };
  const Lazy = lazy((): Promise<Loaded> => {
    const loaded = deferred.get();
    // Already loaded (a part first rendered after its code arrived): a thenable that calls back at once, which
    // React reads without suspending, so nothing blinks.
    if (loaded !== null) return { then: (resolve: (value: Loaded) => void) => resolve({ default: pick(loaded) }) } as unknown as Promise<Loaded>;
    return deferred.load().then(
      (module) => ({ default: pick(module) }),
      () => ({ default: PartUnavailable as ComponentType<Props> }),
    );
  });
  const Part = server ?? Lazy;
  // The boundary re-renders only when its props change: while it waits to hydrate, Later hands it the same ones.
  const Boundary = memo(function Boundary({ props, onHydrated }: { readonly props: Props; readonly onHydrated: (hydrated: true) => void }) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
        <HydratedSignal onHydrated={onHydrated} />
      </Suspense>
    );
  });
  return function Later(props: Props) {
    const [hydrated, setHydrated] = useState(false);
    const firstProps = useRef(props);
    return <Boundary props={hydrated ? props : firstProps.current} onHydrated={setHydrated} />;
  };
}

/** Renders nothing; tells its parent when the boundary around it has hydrated (or first rendered in the browser). */
function HydratedSignal({ onHydrated }: { readonly onHydrated: (hydrated: true) => void }) {
  useEffect(() => onHydrated(true), [onHydrated]);
  return null;
}

function PartUnavailable() {
  return <p className="notice">{couldNotLoad('This part of the page')}</p>;
}
