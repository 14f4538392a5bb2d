import { useLayoutEffect } from 'react';
import { ASSESSMENT_FRAGMENT_KEYS, readFragment } from '../../lib/portable/fragment.ts';

/**
 * Lifts the cover SharedLinkScript.astro puts over the page for a shared link (or for saved work: the assessment's
 * answers, the journey maps), in the same commit that shows what the link holds (a layout effect runs before the
 * browser paints): so neither the intro nor a blank frame shows between them. Lifted at once when there is neither.
 *
 * @param linkShown whether what the link holds (results, a team, or why it cannot be opened) is rendered now
 * @param savedShown whether the saved work is rendered now (read with the code that loads after first render)
 */
export function useSharedLinkCover(linkShown: boolean, savedShown = true): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const hasCode = readFragment(window.location.hash, ASSESSMENT_FRAGMENT_KEYS).kind === 'code';
    if (hasCode ? linkShown : root.dataset.sharedLink !== 'saved' || savedShown) delete root.dataset.sharedLink;
  }, [linkShown, savedShown]);
}

/** The words shown under the cover, in the server-rendered page, until the link is read. */
export const SHARED_LINK_LOADING_TEXT = 'Opening the shared results…';

/** The assessment's words while its saved work is read. */
export const SAVED_WORK_LOADING_TEXT = 'Opening your saved assessment…';
