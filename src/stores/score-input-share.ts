/**
 * Share links of the score calculators: `/tools/nps/#c=<share code>` (also csat, ces). The code carries
 * counts, never raw answers (see src/lib/metrics/share-code.ts), and sits in the URL fragment, which
 * browsers never send to a server.
 */
import { decodeShareCode, type ShareState } from '../lib/metrics/share-code.ts';
import { FRAGMENT_KEYS, getShareLink, readFragment } from '../lib/portable/fragment.ts';
import type { PortableError } from '../lib/portable/portable-error.ts';

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

/** What opening a share link did, for the notice above the calculator. */
export type ShareNotice =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded' }
  /** The code could not be read; the saved input was left alone. */
  | { readonly kind: 'invalid'; readonly error: PortableError }
  /** A valid code for another calculator. */
  | { readonly kind: 'other-calculator'; readonly calculator: ShareState['calculator']; readonly href: string };

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
 * Open a share link's fragment: decode it and, when it is for this calculator, hand it to `apply`.
 * A bad code changes nothing; the notice says which part is wrong.
 *
 * @param hash `location.hash`
 * @param accepts the calculators this page shows
 * @param apply puts the decoded inputs into the calculator
 * @returns the notice to show, or `none` when the fragment holds no code
 */
export function openShareFragment(
  hash: string,
  accepts: readonly ShareState['calculator'][],
  apply: (state: ShareState) => void,
): ShareNotice {
  const fragment = readFragment(hash, [SHARE_FRAGMENT_KEY]);
  if (fragment.kind !== 'code') return { kind: 'none' };
  const { code } = fragment;
  const decoded = decodeShareCode(code);
  if (!decoded.ok) return { kind: 'invalid', error: decoded.error };
  const { calculator } = decoded.value;
  if (!accepts.includes(calculator)) {
    return { kind: 'other-calculator', calculator, href: getShareLink('', CALCULATOR_PATHS[calculator], SHARE_FRAGMENT_KEY, code) };
  }
  apply(decoded.value);
  return { kind: 'loaded' };
}
