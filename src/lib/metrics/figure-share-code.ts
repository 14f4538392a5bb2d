import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { RatePeriod } from './convert-rate.ts';
import { SHARE_CODE_VERSION, getShareCodeCheck } from './share-code.ts';

/**
 * What the share codes of the figures calculators (churn and retention, CLV) have in common. They belong to
 * the same family as `share-code.ts` (same version number first, same four FNV-1a check digits last, same
 * characters: a-z 0-9 "." "-"), but carry typed figures instead of answer counts:
 *
 *     code    = "1" "." calculator "." part *( "." part ) "." check
 *     figure  = ""                     a field left blank
 *             | digits [ "p" digits ] [ "e" [ "n" ] digits ]
 *                                      "p" is the decimal point, "e"/"en" a power of ten (×10^n, ×10^−n):
 *                                      1000, 2p5 (2.5), 1e21, 1p5en7 (1.5e-7); the shortest digits that
 *                                      read back to the same number, so encoding loses nothing
 *     period  = "m" | "q" | "y"        month, quarter, year
 *
 * The calculators' own parts are in `churn-share-code.ts` and `clv-share-code.ts`.
 */

/** Longest code a figures calculator will read. */
export const MAX_FIGURE_SHARE_CODE_LENGTH = 1000;

/** The part of a code that is not what the format allows. */
export type FigureShareCodePart = 'structure' | 'period' | 'currency' | 'figures' | 'form' | 'timing';

/** Why a figures calculator's share code cannot be read. */
export type FigureShareCodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number; readonly max: number }
  /** Made by a newer (or unknown) version of the format. */
  | { readonly kind: 'unsupported-version'; readonly version: string }
  /** A sound code for another calculator (e.g. `nps`), or one this site does not have. */
  | { readonly kind: 'other-calculator'; readonly calculator: string }
  /** The code was cut short or changed: its check digits do not match. */
  | { readonly kind: 'checksum-mismatch' }
  /** A part is missing or not what the format allows. */
  | { readonly kind: 'malformed'; readonly part: FigureShareCodePart };

/** Period letters in a code. */
export const PERIOD_CODES = { month: 'm', quarter: 'q', year: 'y' } as const satisfies Record<RatePeriod, string>;

const FIGURE_TOKEN = /^(\d+)(?:p(\d+))?(?:e(n?)(\d+))?$/;

/**
 * One figure as a code token; null (a blank field) is the empty token. Throws on a negative or non-finite
 * figure, which no calculator lets anyone share (a programmer error).
 *
 * @param value a finite figure >= 0, or null
 * @returns e.g. "2p5" for 2.5
 * @example encodeFigure(1.5e-7) // '1p5en7'
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2.3 (unreserved characters)
 */
export function encodeFigure(value: number | null): string {
  if (value === null) return '';
  if (!Number.isFinite(value) || value < 0) throw new Error(`encodeFigure requires a finite figure >= 0, got ${String(value)}`);
  return String(value === 0 ? 0 : value)
    .replace('.', 'p')
    .replace('e+', 'e')
    .replace('e-', 'en');
}

/**
 * Read one figure token back; the empty token is null (a blank field).
 *
 * @param token what `encodeFigure` wrote
 * @returns the figure, null, or undefined when the token is not a figure
 * @example decodeFigure('2p5') // 2.5
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2.3
 */
export function decodeFigure(token: string): number | null | undefined {
  if (token === '') return null;
  const match = FIGURE_TOKEN.exec(token);
  if (!match) return undefined;
  const [, whole = '', fraction, negative, exponent] = match;
  const value = Number(`${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${negative === 'n' ? '-' : ''}${exponent}`}`);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Read a period letter.
 *
 * @param token "m", "q" or "y"
 * @returns the period, or undefined
 * @example decodePeriod('q') // 'quarter'
 * @see https://en.wikipedia.org/wiki/Churn_rate
 */
export function decodePeriod(token: string): RatePeriod | undefined {
  const entry = Object.entries(PERIOD_CODES).find(([, letter]) => letter === token);
  return entry?.[0] as RatePeriod | undefined;
}

/**
 * Put the version first and the check digits last around a calculator's parts.
 *
 * @param calculator e.g. "churn"
 * @param parts the calculator's parts, none containing "."
 * @returns the whole code
 * @example signFigureShareCode('clv', ['none', 'u', '50-m-80-2p5-m']) // '1.clv.none.u.50-m-80-2p5-m.' + 4 check digits
 * @see http://www.isthe.com/chongo/tech/comp/fnv/ (FNV-1a)
 */
export function signFigureShareCode(calculator: string, parts: readonly string[]): string {
  const body = [String(SHARE_CODE_VERSION), calculator, ...parts].join('.');
  return `${body}.${getShareCodeCheck(body)}`;
}

/**
 * Check a code's version, check digits and calculator, and return its parts. Never throws.
 *
 * Accepts a leading "#" or "c=" (from a link's fragment), surrounding blanks and upper case. Checks, in
 * order: blank, length, shape and version, check digits, calculator. O(length).
 *
 * @param code what was in the link or pasted
 * @param calculator the calculator expected, e.g. "churn"
 * @returns the parts between the calculator and the check digits, or why the code cannot be read
 * @example readFigureShareCode(signFigureShareCode('churn', ['m', 'none']), 'churn') // { ok: true, value: ['m', 'none'] }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5 (fragment)
 */
export function readFigureShareCode(code: string, calculator: string): Result<string[], FigureShareCodeError> {
  const text = String(code)
    .trim()
    .replace(/^#/, '')
    .replace(/^c=/i, '')
    .trim()
    .toLowerCase();
  if (text === '') return err({ kind: 'empty' });
  if (text.length > MAX_FIGURE_SHARE_CODE_LENGTH) return err({ kind: 'too-long', length: text.length, max: MAX_FIGURE_SHARE_CODE_LENGTH });
  const parts = text.split('.');
  const version = parts[0] ?? '';
  if (!/^\d{1,9}$/.test(version) || parts.length < 3) return err({ kind: 'malformed', part: 'structure' });
  if (version !== String(SHARE_CODE_VERSION)) return err({ kind: 'unsupported-version', version });
  const lastDot = text.lastIndexOf('.');
  if (getShareCodeCheck(text.slice(0, lastDot)) !== text.slice(lastDot + 1)) return err({ kind: 'checksum-mismatch' });
  const found = parts[1] ?? '';
  if (found !== calculator) return err({ kind: 'other-calculator', calculator: found.slice(0, 20) });
  return ok(parts.slice(2, -1));
}
