/**
 * Share links of the score calculators (`/tools/nps/#c=<share code>`, also csat, ces; see
 * src/lib/metrics/score-share-link.ts): opening one, and each calculator's code of what it shows. The codec
 * loads when a link is opened or there is a result to share, not with the page.
 */
import { computed, onMount, type ReadableAtom } from 'nanostores';
import type { ShareState } from '../lib/metrics/share-code.ts';
import { isCalculatorShareFragment, type ScoreShareProblem } from '../lib/metrics/score-share-link.ts';
import { err } from '../lib/result.ts';
import { lazyModule } from './lazy-module.ts';
import type { PersistedAtom } from './persisted-atom.ts';
import { createShareLink, type ShareLink, type ShareLinkNotice } from './share-link.ts';

/** What opening a share link did, for the notice above a score calculator (`previous`: the input it replaced). */
export type ScoreShareNotice<State> = ShareLinkNotice<State, ScoreShareProblem>;

/** encodeShareCode and readScoreShareFragment (lib/metrics/score-share-codec.ts). */
export const scoreShareCodec = lazyModule(() => import('../lib/metrics/score-share-codec.ts'));

/**
 * A calculator's share code of what it shows: null while there is nothing to share, and until the codec has
 * loaded (it starts loading once there is something to share and the code is in use).
 *
 * @param $shared the inputs to share, or null
 * @example export const $npsShareCode = shareCodeStore($npsShared);
 */
export function shareCodeStore($shared: ReadableAtom<ShareState | null>): ReadableAtom<string | null> {
  const $code = computed([$shared, scoreShareCodec.$state], (shared, codec) => (shared !== null && codec.kind === 'loaded' ? codec.module.encodeShareCode(shared) : null));
  onMount($code, () =>
    $shared.subscribe((shared) => {
      if (shared !== null) scoreShareCodec.load().catch(() => undefined);
    }),
  );
  return $code;
}

/** A score calculator's share-link handling: the shared one, plus opening whatever fragment the page has. */
export interface ScoreShareLink<State> extends ShareLink<State, ScoreShareProblem> {
  /**
   * Open the fragment when it is a share link: a valid code for this page loads its counts (the person's own
   * input kept to put back); anything wrong leaves the saved input alone and the notice says what is wrong.
   *
   * @param hash `location.hash`
   * @returns the notice (also in `$notice`), `none` when the fragment holds no code, once the codec has loaded
   */
  open(hash: string): Promise<ScoreShareNotice<State>>;
}

/**
 * Share links of a score calculator page, over createShareLink.
 *
 * @param $state the calculator's saved state
 * @param accepts the calculators this page shows
 * @param withShared the state with a decoded link's inputs put in
 * @returns the notice and its actions
 * @example const npsShareLink = createScoreShareLink($npsCalculator, ['nps', 'nps-comparison'], withSharedNps);
 */
export function createScoreShareLink<State>(
  $state: PersistedAtom<State>,
  accepts: readonly ShareState['calculator'][],
  withShared: (state: State, shared: ShareState) => State,
): ScoreShareLink<State> {
  const link = createShareLink(
    $state,
    (hash: string) => {
      const codec = scoreShareCodec.$state.get();
      return codec.kind === 'loaded' ? codec.module.readScoreShareFragment(hash, accepts) : err({ kind: 'unavailable' } as const);
    },
    withShared,
  );
  return {
    ...link,
    async open(hash) {
      if (!isCalculatorShareFragment(hash)) return { kind: 'none' };
      // A failed load is the link's problem to show (decode above answers 'unavailable'), not a crash.
      await scoreShareCodec.load().catch(() => undefined);
      link.apply(hash);
      return link.$notice.get();
    },
  };
}
