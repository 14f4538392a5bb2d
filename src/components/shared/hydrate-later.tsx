import { lazy, memo, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { couldNotLoad } from './could-not-load.ts';
import { whenIdle, type DeferredModule } from './deferred-module.ts';
import type { BeforeHydration } from './watch-before-hydration.ts';

/**
 * A part the server renders in full whose code the browser fetches while idle after the island mounts, and which
 * React hydrates later: when the part comes near the screen, when focus, a pointer or an edit gets into it, or
 * when the island gives it new props (it is below the fold on every calculator and most visits never reach it,
 * so hydrating it at once was a long task at load for nothing). Until then React keeps the server's HTML in
 * place, as a dehydrated Suspense boundary: nothing moves and nothing is missing meanwhile, and the island's
 * first script leaves the part out. What the person typed or chose in it meanwhile is given back after
 * hydration. A part first rendered in the browser (no server HTML to keep) renders as soon as its code is here.
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
  // Settled once the part is reached (its code is fetched while the page is idle, but React renders the part,
  // and the page pays for its first numbers, only then).
  let reach = () => {};
  const reached = new Promise<Module>((resolve, reject) => {
    let asked = false;
    reach = () => {
      if (!asked) void deferred.load().then(resolve, reject);
      asked = true;
    };
  });
  const Part =
    server ??
    lazy((): Promise<Loaded> => {
      const loaded = deferred.get();
      // Already loaded (a part first rendered after its code arrived): a thenable that calls back at once, which
      // React reads without suspending, so nothing blinks.
      if (loaded !== null) return { then: (resolve: (value: Loaded) => void) => resolve({ default: pick(loaded) }) } as unknown as Promise<Loaded>;
      return reached.then(
        (module) => ({ default: pick(module) }),
        () => ({ default: PartUnavailable as ComponentType<Props> }),
      );
    });
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
    const wrapper = useRef<HTMLDivElement>(null);
    const watch = useRef<BeforeHydration | 'done' | null>(null);
    useEffect(() => {
      whenIdle(() => void deferred.load().catch(() => undefined));
      // The watcher is not needed for the first render: it loads after it (and if it cannot, the part hydrates now).
      import('./watch-before-hydration.ts').then(
        ({ watchBeforeHydration }) => {
          if (watch.current === null) watch.current = watchBeforeHydration(wrapper.current, reach);
        },
        () => reach(),
      );
      return () => {
        if (watch.current !== 'done') watch.current?.stop();
        watch.current = 'done';
      };
    }, []);
    // New props (a result to plan from) change what the part shows: hydrate it now, not when it is reached, so it
    // shows them while the person's change is recent (and a shift it causes is theirs, not the page's).
    useEffect(() => {
      if (!hydrated && hasNewProps(firstProps.current, props)) reach();
    });
    useEffect(() => {
      if (!hydrated) return;
      if (watch.current !== 'done') void watch.current?.replay();
      watch.current = 'done';
    }, [hydrated]);
    return (
      <div ref={wrapper} className="hydrate-later" data-hydrated={hydrated || undefined}>
        <Boundary props={hydrated ? props : firstProps.current} onHydrated={setHydrated} />
      </div>
    );
  };
}

/** Whether any prop differs from the first render's (each compared as React compares a memo's). */
function hasNewProps(first: object, now: object): boolean {
  const keys = new Set([...Object.keys(first), ...Object.keys(now)]);
  return [...keys].some((key) => !Object.is((first as Record<string, unknown>)[key], (now as Record<string, unknown>)[key]));
}

/** Renders nothing; tells its parent when the boundary around it has hydrated (or first rendered in the browser). */
function HydratedSignal({ onHydrated }: { readonly onHydrated: (hydrated: true) => void }) {
  useEffect(() => onHydrated(true), [onHydrated]);
  return null;
}

function PartUnavailable() {
  return (
    <p className="notice" role="alert">
      {couldNotLoad('This part of the page')}
    </p>
  );
}
