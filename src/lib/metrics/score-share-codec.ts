/**
 * Reading and writing the score calculators' share links: the part a page loads only once it opens a link or has
 * a result to share (see score-share-link.ts for what it needs before that).
 */
import { getShareLink, readFragment } from '../portable/fragment.ts';
import { err, type Result } from '../result.ts';
import { CALCULATOR_PATHS, SHARE_FRAGMENT_KEY, type ScoreShareProblem } from './score-share-link.ts';
import { decodeShareCode, type ShareState } from './share-code.ts';
import { readCalculatorCode } from './calculator-code.ts';

export { encodeShareCode } from './share-code.ts';

/** Where the figures calculators open their codes (the same `#c=` fragment). */
const FIGURE_CALCULATOR_PATHS = { churn: '/tools/churn-retention/', clv: '/tools/clv/' } as const;

/**
 * Read a share link's fragment for a calculator page: its decoded inputs when it is a valid code for one of
 * the calculators the page shows, or why not.
 *
 * @param hash `location.hash` holding a code (see isCalculatorShareFragment)
 * @param accepts the calculators this page shows
 * @returns the decoded inputs, or the problem to show
 * @example readScoreShareFragment('#c=1.nps.95.1e-u-k.abcd', ['nps']) // ok({ calculator: 'nps', … }) when the check digits match
 */
export function readScoreShareFragment(hash: string, accepts: readonly ShareState['calculator'][]): Result<ShareState, ScoreShareProblem> {
  const fragment = readFragment(hash, [SHARE_FRAGMENT_KEY]);
  const code = fragment.kind === 'code' ? fragment.code : '';
  const decoded = decodeShareCode(code);
  if (!decoded.ok) {
    // A churn or CLV code opened here: sent there with a link, as a score calculator's code is.
    const figures = decoded.error.kind === 'other-tool' ? readCalculatorCode(code, ['churn', 'clv']) : null;
    if (figures?.ok) {
      const calculator = figures.value.calculator === 'churn' ? 'churn' : 'clv';
      return err({ kind: 'other-calculator', calculator, href: getShareLink('', FIGURE_CALCULATOR_PATHS[calculator], SHARE_FRAGMENT_KEY, code) });
    }
    return err({ kind: 'invalid', error: decoded.error });
  }
  const { calculator } = decoded.value;
  if (!accepts.includes(calculator)) {
    return err({ kind: 'other-calculator', calculator, href: getShareLink('', CALCULATOR_PATHS[calculator], SHARE_FRAGMENT_KEY, code) });
  }
  return decoded;
}
