import { useLayoutEffect } from 'react';
import { ASSESSMENT_FRAGMENT_KEYS, readFragment } from '../../lib/portable/fragment.ts';

/**
 * Lifts the cover SharedLinkScript.astro puts over the page for a shared link, in the same commit that shows what
 * the link holds (a layout effect runs before the browser paints): so neither the intro nor a blank frame shows
 * between them. Lifted at once when the address holds no code.
 *
 * @param shown whether what the link holds (results, a team, or why it cannot be opened) is rendered now
 */
export function useSharedLinkCover(shown: boolean): void {
  useLayoutEffect(() => {
    if (shown || readFragment(window.location.hash, ASSESSMENT_FRAGMENT_KEYS).kind !== 'code') delete document.documentElement.dataset.sharedLink;
  }, [shown]);
}

/** The words shown under the cover, in the server-rendered page, until the link is read. */
export const SHARED_LINK_LOADING_TEXT = 'Opening the shared results…';
