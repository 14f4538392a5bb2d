import { useEffect, useState } from 'react';

/** Removes a share link's fragment from the address, without reloading or adding a history entry. */
function clearFragment(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** Any fragment but none at all: without one there is nothing to open, and the saved state need not be read for it. */
const anyFragment = (hash: string): boolean => hash !== '' && hash !== '#';

/**
 * Open a share link's `#c=…` fragment when the page loads and whenever the fragment changes. Other fragments
 * (heading anchors) are left alone. A fragment that was applied is removed from the address, so a reload
 * shows the saved figures (and any later edits) rather than the link's again.
 *
 * @param apply reads the fragment; returns (or resolves to) whether it was applied. Pass a function defined once (module level),
 *   or the effect re-subscribes on every render.
 * @param isShareFragment which fragments are share links (default: any but an empty one, and `apply` decides)
 * @param enabled false for an embedded calculator, which leaves the host page's address alone
 * @param ready the calculator's saved state being read (`$store.ready`): the link is opened after it, so its
 *   figures replace the saved ones (kept to put back) instead of being replaced by them
 */
export function useShareFragment(
  apply: (hash: string) => boolean | Promise<boolean>,
  isShareFragment: (hash: string) => boolean = anyFragment,
  enabled = true,
  ready: () => Promise<void> = () => Promise.resolve(),
): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let mounted = true;
    const open = async () => {
      const hash = window.location.hash;
      if (!isShareFragment(hash)) return;
      // Offline before the schema was cached: open the link all the same; saving waits (see persistedAtom).
      await ready().catch(() => undefined);
      if (!mounted || hash !== window.location.hash) return;
      // Applying may wait for the code that reads the link: clear the fragment only if it is still this one.
      if ((await apply(hash)) && hash === window.location.hash) clearFragment();
    };
    const openNow = () => void open();
    openNow();
    window.addEventListener('hashchange', openNow);
    return () => {
      mounted = false;
      window.removeEventListener('hashchange', openNow);
    };
  }, [apply, isShareFragment, enabled, ready]);
}

/** The page's origin, once in the browser (undefined while rendering on the server and hydrating). */
export function useOrigin(): string | undefined {
  const [origin, setOrigin] = useState<string>();
  useEffect(() => setOrigin(window.location.origin), []);
  return origin;
}
