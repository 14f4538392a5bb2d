import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { RatePeriod } from './convert-rate.ts';
import type { DisplayCurrencyId } from './display-currency.ts';
import { isDisplayCurrencyId } from './display-currency.ts';
import { readCalculatorCode, writeCalculatorCode } from './calculator-code.ts';
import { BAD_FIGURE_CODE, PERIOD, PERIOD_CODES, decodePeriod, decodeTokens, encodeTokens, type TokenLayout } from './figure-share-code.ts';
import type { PortableError } from '../portable/portable-error.ts';

/**
 * The churn and retention calculator's inputs as figures; null is a field left blank.
 * Percentages are carried as typed (5 for 5%), so a shared link fills the fields with the same numbers.
 */
export type ChurnShareState = {
  /** The period the customer and revenue figures cover. */
  readonly period: RatePeriod;
  readonly currency: DisplayCurrencyId;
  readonly customersAtStart: number | null;
  readonly customersAtEnd: number | null;
  readonly newCustomers: number | null;
  readonly lostCustomers: number | null;
  readonly startingRevenue: number | null;
  readonly expansionRevenue: number | null;
  readonly contractionRevenue: number | null;
  readonly churnedRevenue: number | null;
  /** A churn rate to convert between periods, in percent. */
  readonly rateToConvertPercent: number | null;
  readonly rateToConvertPeriod: RatePeriod;
};

/**
 * Encode the churn calculator's inputs as a share code for a URL fragment.
 *
 * Format (see `figure-share-code.ts` for figures, periods and the check):
 *
 *     1.churn.<period>.<currency>.<S>-<E>-<N>-<L>.<start>-<expansion>-<contraction>-<churned>.<rate>-<ratePeriod>.<check>
 *
 * Throws on a negative or non-finite figure (a programmer error: only valid figures are shared). O(1).
 *
 * @param state the inputs
 * @returns the code
 * @example encodeChurnShareCode({ period: 'quarter', currency: 'gbp', customersAtStart: 2000, customersAtEnd: 2100, newCustomers: 300, lostCustomers: null, startingRevenue: null, expansionRevenue: null, contractionRevenue: null, churnedRevenue: null, rateToConvertPercent: 5, rateToConvertPeriod: 'month' }) // '1.churn.q.gbp.2000-2100-300-.---.5-m.' + 4 check digits
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5 (the fragment is never sent to a server)
 */
export function encodeChurnShareCode(state: ChurnShareState): string {
  return writeCalculatorCode('churn', [PERIOD_CODES[state.period], state.currency, ...PARTS.map((layout) => encodeTokens(layout, state))]);
}

/** The code's last three parts: customer counts, revenue, and the rate to convert. */
const PARTS: readonly TokenLayout<keyof ChurnShareState>[] = [
  [['customersAtStart', 'figure'], ['customersAtEnd', 'figure'], ['newCustomers', 'figure'], ['lostCustomers', 'figure']],
  [['startingRevenue', 'figure'], ['expansionRevenue', 'figure'], ['contractionRevenue', 'figure'], ['churnedRevenue', 'figure']],
  [['rateToConvertPercent', 'figure'], ['rateToConvertPeriod', PERIOD]],
];

/**
 * Read a churn calculator share code back into its inputs. Never throws, whatever the string. O(length).
 *
 * @param code the code, possibly with a leading "#" or "#c=" (from `location.hash`)
 * @returns the inputs, or why the code cannot be read
 * @example decodeChurnShareCode(encodeChurnShareCode(state)) // { ok: true, value: state }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5
 */
export function decodeChurnShareCode(code: string): Result<ChurnShareState, PortableError> {
  const read = readCalculatorCode(code, ['churn']);
  if (!read.ok) return read;
  const [periodText = '', currency = '', ...parts] = read.value.parts;
  if (parts.length !== PARTS.length) return err({ kind: 'malformed', part: 'structure' });
  const period = decodePeriod(periodText);
  if (!period) return err(BAD_FIGURE_CODE.period);
  if (!isDisplayCurrencyId(currency)) return err(BAD_FIGURE_CODE.currency);
  const fields = decodeTokens(PARTS, parts);
  return fields.ok ? ok({ period, currency, ...fields.value } as ChurnShareState) : fields;
}
