/**
 * Share links of the score calculators: `/tools/nps/#c=<share code>` (also csat, ces). The code carries
 * counts, never raw answers (see src/lib/metrics/share-code.ts), and sits in the URL fragment, which
 * browsers never send to a server.
 */
import { decodeShareCode, type ShareState } from '../lib/metrics/share-code.ts';
import { FRAGMENT_KEYS, getShareLink, readFragment } from '../lib/portable/fragment.ts';
import type { PortableError } from '../lib/portable/portable-error.ts';
import type { WritableAtom } from 'nanostores';
import { err, type Result } from '../lib/result.ts';
import { createShareLink, type ShareLink, type ShareLinkNotice } from './share-link.ts';

/** The fragment key: `#c=<code>`. */
export const SHARE_FRAGMENT_KEY = FRAGMENT_KEYS.calculator;

/** Each calculator's page. */
export const CALCULATOR_PATHS: Readonly<Record<ShareState['calculator'], string>> = {
  nps: '/tools/nps/',
  'nps-comparison': '/tools/nps/',
  csat: '/tools/csat/',
  ces: '/tools/ces/',
  'ces-effort': '/tools/ces/',
};

/** Why a score calculator's share link was not opened (its saved input left alone). */
export type ScoreShareProblem =
  /** The code could not be read. */
  | { readonly kind: 'invalid'; readonly error: PortableError }
  /** A valid code for another calculator. */
  | { readonly kind: 'other-calculator'; readonly calculator: ShareState['calculator']; readonly href: string };

/** What opening a share link did, for the notice above a score calculator (`previous`: the input it replaced). */
export type ScoreShareNotice<State> = ShareLinkNotice<State, ScoreShareProblem>;

/**
 * The full share link for a code.
 *
 * @param origin e.g. `location.origin`
 * @param calculator which calculator the code is for
 * @param code from `encodeShareCode`
 * @returns e.g. "https://touchpoint.example/tools/nps/#c=1.nps.95.1e-u-k.abcd"
 */
export function getShareUrl(origin: string, calculator: ShareState['calculator'], code: string): string {
  return getShareLink(origin, CALCULATOR_PATHS[calculator], SHARE_FRAGMENT_KEY, code);
}

/**
 * Read a share link's fragment for a calculator page: its decoded inputs when it is a valid code for one of
 * the calculators the page shows, or why not.
 *
 * @param hash `location.hash` holding a code (see isScoreShareFragment)
 * @param accepts the calculators this page shows
 * @returns the decoded inputs, or the problem to show
 * @example readScoreShareFragment('#c=1.nps.95.1e-u-k.abcd', ['nps']) // ok({ calculator: 'nps', … }) when the check digits match
 */
export function readScoreShareFragment(hash: string, accepts: readonly ShareState['calculator'][]): Result<ShareState, ScoreShareProblem> {
  const fragment = readFragment(hash, [SHARE_FRAGMENT_KEY]);
  const code = fragment.kind === 'code' ? fragment.code : '';
  const decoded = decodeShareCode(code);
  if (!decoded.ok) return err({ kind: 'invalid', error: decoded.error });
  const { calculator } = decoded.value;
  if (!accepts.includes(calculator)) {
    return err({ kind: 'other-calculator', calculator, href: getShareLink('', CALCULATOR_PATHS[calculator], SHARE_FRAGMENT_KEY, code) });
  }
  return decoded;
}

/**
 * Whether a fragment is a share link (`#c=…`, even a broken one) rather than a heading anchor or a link cut
 * right after `#c=`.
 *
 * @param hash `location.hash`
 * @example isScoreShareFragment('#method') // false
 */
export function isScoreShareFragment(hash: string): boolean {
  return readFragment(hash, [SHARE_FRAGMENT_KEY]).kind === 'code';
}

/** A score calculator's share-link handling: the shared one, plus opening whatever fragment the page has. */
export interface ScoreShareLink<State> extends ShareLink<State, ScoreShareProblem> {
  /**
   * Open the fragment when it is a share link: a valid code for this page loads its counts (the person's own
   * input kept to put back); anything wrong leaves the saved input alone and the notice says what is wrong.
   *
   * @param hash `location.hash`
   * @returns the notice (also in `$notice`), `none` when the fragment holds no code
   */
  open(hash: string): ScoreShareNotice<State>;
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
  $state: WritableAtom<State>,
  accepts: readonly ShareState['calculator'][],
  withShared: (state: State, shared: ShareState) => State,
): ScoreShareLink<State> {
  const link = createShareLink($state, (hash: string) => readScoreShareFragment(hash, accepts), withShared);
  return {
    ...link,
    open(hash) {
      if (!isScoreShareFragment(hash)) return { kind: 'none' };
      link.apply(hash);
      return link.$notice.get();
    },
  };
}
