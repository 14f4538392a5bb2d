import { useStore } from '@nanostores/react';
import { useEffect, useRef } from 'react';
import type { LazyModule } from '../../stores/lazy-module.ts';
import { couldNotLoad } from './could-not-load.ts';

/**
 * "Try again" for a part of a page that loads after first render: loads it again and, once it is here, moves focus to
 * what it shows (the button pressed is gone by then).
 *
 * @param part the part, as the page loads it
 * @param focusTarget where focus goes once the retried part has rendered
 * @returns the retry, for LoadFailedNotice's button
 */
export function useRetryLoad(part: LazyModule<unknown>, focusTarget: () => HTMLElement | null): () => void {
  const kind = useStore(part.$state).kind;
  const retried = useRef(false);
  useEffect(() => {
    if (kind !== 'loaded' || !retried.current) return;
    retried.current = false;
    focusTarget()?.focus();
  }, [kind, focusTarget]);
  return () => {
    retried.current = true;
    part.load().catch(() => undefined);
  };
}

/** What could not load, in the one could-not-load wording, with a button that tries again. */
export function LoadFailedNotice({ what, onRetry }: { readonly what: string; readonly onRetry: () => void }) {
  return (
    <p className="notice" role="alert">
      {couldNotLoad(what)}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
