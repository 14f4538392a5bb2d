import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import type { RatePeriod } from './convert-rate.ts';

/**
 * The tokens of the figures calculators' share codes (churn and retention, CLV): codes of the calculator family
 * (see `calculator-code.ts`) that carry typed figures instead of answer counts:
 *
 *     figure  = ""                     a field left blank
 *             | digits [ "p" digits ] [ "e" [ "n" ] digits ]
 *                                      "p" is the decimal point, "e"/"en" a power of ten (×10^n, ×10^−n):
 *                                      1000, 2p5 (2.5), 1e21, 1p5en7 (1.5e-7); the shortest digits that
 *                                      read back to the same number, so encoding loses nothing
 *     period  = "m" | "q" | "y"        month, quarter, year
 *     letter  = one of a field's own letters (e.g. CLV's timing: "e" end, "s" start of period)
 *
 * A part holds fields as "-"-joined tokens, in the order its layout (`TokenLayout`) gives.
 *
 * The calculators' own parts are in `churn-share-code.ts` and `clv-share-code.ts`.
 */

/** What a figures code's parts can get wrong, worded once for churn and CLV. */
export const BAD_FIGURE_CODE = {
  period: invalid(['Its period is not a month, a quarter or a year.']),
  currency: invalid(['Its currency is not one this calculator offers.']),
  figures: invalid(['Its figures are not numbers this calculator can take (whole or decimal, zero or more).']),
} as const;

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

/** What a token holds: a figure, or one of a field's letters (value → letter) with the error for any other token. */
export type TokenKind = 'figure' | { readonly letters: Readonly<Record<string, string>>; readonly error: PortableError };

/** A period token: "m", "q" or "y". */
export const PERIOD: TokenKind = { letters: PERIOD_CODES, error: BAD_FIGURE_CODE.period };

/** A part of a code: the field each of its "-"-joined tokens holds, in order. */
export type TokenLayout<Field extends string = string> = readonly (readonly [field: Field, kind: TokenKind])[];

/**
 * Write a part's fields as "-"-joined tokens. Throws on a negative or non-finite figure (a programmer error).
 *
 * @param layout the part's fields and their kinds
 * @param values the fields' values, by name
 * @example encodeTokens([['rate', 'figure'], ['period', PERIOD]], { rate: 2.5, period: 'month' }) // '2p5-m'
 */
export function encodeTokens(layout: TokenLayout, values: Readonly<Record<string, unknown>>): string {
  return layout
    .map(([field, kind]) => {
      const value = values[field];
      return kind === 'figure' ? encodeFigure(value as number | null) : (kind.letters[value as string] ?? '');
    })
    .join('-');
}

/**
 * Read parts written by `encodeTokens`, one layout per part. When several things are wrong, the code is said to be
 * malformed (a part with too few or too many tokens), else its figures, else the first wrong letter token (a period,
 * a timing) names its error. Never throws; O(length).
 *
 * @param layouts each part's layout
 * @param texts the parts, as many as layouts
 * @returns every field by name, or why they cannot be read
 * @example decodeTokens([[['rate', 'figure'], ['period', PERIOD]]], ['2p5-m']) // ok({ rate: 2.5, period: 'month' })
 */
export function decodeTokens(layouts: readonly TokenLayout[], texts: readonly string[]): Result<Record<string, number | null | string>, PortableError> {
  const tokens = texts.map((text) => text.split('-'));
  if (layouts.some((layout, index) => layout.length !== tokens[index]?.length)) return err({ kind: 'malformed', part: 'structure' });
  const values: Record<string, number | null | string> = {};
  let badLetter: PortableError | undefined;
  for (const [index, layout] of layouts.entries()) {
    for (const [position, [field, kind]] of layout.entries()) {
      const token = tokens[index]?.[position] ?? '';
      if (kind === 'figure') {
        const figure = decodeFigure(token);
        if (figure === undefined) return err(BAD_FIGURE_CODE.figures);
        values[field] = figure;
      } else {
        const value = Object.keys(kind.letters).find((key) => kind.letters[key] === token);
        if (value === undefined) badLetter ??= kind.error;
        else values[field] = value;
      }
    }
  }
  return badLetter ? err(badLetter) : ok(values);
}
