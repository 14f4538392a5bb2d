import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus, after the next render, to the element with an id: for an action that removes or replaces the element
 * focus was on (a removed row, a view that opens), so keyboard and screen-reader users land on what changed. An id
 * not in the page yet (its view still loading) is looked for again after each render.
 *
 * @returns `focus(id)`, to call in the event handler that causes the render
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = pending.current;
    if (id === undefined) return;
    const target = document.getElementById(id);
    if (target === null) return;
    pending.current = undefined;
    target.focus();
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
