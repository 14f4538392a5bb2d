/**
 * Share links of the score calculators: `/tools/nps/#c=<share code>` (also csat, ces). The code carries counts,
 * never raw answers (see share-code.ts), and sits in the URL fragment, which browsers never send to a server.
 * This module holds what a page needs before it reads or writes a code; the codec itself (score-share-codec.ts)
 * loads when a link is opened or a result can be shared.
 */
import { FRAGMENT_KEYS, getShareLink, readFragment } from '../portable/fragment.ts';
import type { PortableError } from '../portable/portable-error.ts';
import type { ShareState } from './share-code.ts';

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
  /** A valid code for another calculator: a score calculator, or churn's or CLV's. */
  | { readonly kind: 'other-calculator'; readonly calculator: ShareState['calculator'] | 'churn' | 'clv'; readonly href: string }
  /** The code that reads links could not be loaded (offline before the site was cached). */
  | { readonly kind: 'unavailable' };

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
 * Whether a fragment is a calculator's share link (`#c=…`, any calculator's, even a broken one) rather than a
 * heading anchor or a link cut right after `#c=`; the key read as every fragment's is (any case, escapes undone).
 *
 * @param hash `location.hash`
 * @example isCalculatorShareFragment('#method') // false
 */
export function isCalculatorShareFragment(hash: string): boolean {
  return readFragment(hash, [SHARE_FRAGMENT_KEY]).kind === 'code';
}
