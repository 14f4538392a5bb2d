import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ClvTiming } from './clv-input.ts';
import type { RatePeriod } from './convert-rate.ts';
import type { DisplayCurrencyId } from './display-currency.ts';
import { isDisplayCurrencyId } from './display-currency.ts';
import { readCalculatorCode, writeCalculatorCode } from './calculator-code.ts';
import { BAD_FIGURE_CODE, PERIOD, decodeTokens, encodeTokens, type TokenLayout } from './figure-share-code.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';

/**
 * The CLV calculator's inputs for the form in use; null is a field left blank. Each figure that belongs to a
 * period carries it. Percentages are carried as typed (80 for 80%).
 */
export type ClvShareState =
  | {
      readonly form: 'simple';
      readonly currency: DisplayCurrencyId;
      readonly averageOrderValue: number | null;
      /** Orders per customer per `frequencyPeriod`. */
      readonly purchaseFrequency: number | null;
      readonly frequencyPeriod: RatePeriod;
      /** How long a customer stays, in `lifespanPeriod`s. */
      readonly lifespan: number | null;
      readonly lifespanPeriod: RatePeriod;
      readonly marginPercent: number | null;
    }
  | {
      readonly form: 'subscription';
      readonly currency: DisplayCurrencyId;
      /** ARPA per `revenuePeriod`. */
      readonly averageRevenuePerAccount: number | null;
      readonly revenuePeriod: RatePeriod;
      readonly grossMarginPercent: number | null;
      /** Churn per `churnPeriod`, in percent. */
      readonly churnPercent: number | null;
      readonly churnPeriod: RatePeriod;
    }
  | {
      readonly form: 'discounted';
      readonly currency: DisplayCurrencyId;
      /** Margin per customer per `marginPeriod`. */
      readonly marginPerPeriod: number | null;
      readonly marginPeriod: RatePeriod;
      readonly retentionPercent: number | null;
      readonly retentionPeriod: RatePeriod;
      readonly discountPercent: number | null;
      readonly discountPeriod: RatePeriod;
      readonly timing: ClvTiming;
    };

type Fields<Form extends ClvShareState['form']> = Exclude<keyof Extract<ClvShareState, { form: Form }>, 'form' | 'currency'> & string;

const TIMING = {
  letters: { 'end-of-period': 'e', 'start-of-period': 's' } satisfies Record<ClvTiming, string>,
  error: invalid(['Its timing is not the start or the end of a period.']),
};

/** Each form's letter in a code and the fields its last part holds. */
const FORMS: { readonly [Form in ClvShareState['form']]: { readonly letter: string; readonly layout: TokenLayout<Fields<Form>> } } = {
  simple: {
    letter: 's',
    layout: [['averageOrderValue', 'figure'], ['purchaseFrequency', 'figure'], ['frequencyPeriod', PERIOD], ['lifespan', 'figure'], ['lifespanPeriod', PERIOD], ['marginPercent', 'figure']],
  },
  subscription: {
    letter: 'u',
    layout: [['averageRevenuePerAccount', 'figure'], ['revenuePeriod', PERIOD], ['grossMarginPercent', 'figure'], ['churnPercent', 'figure'], ['churnPeriod', PERIOD]],
  },
  discounted: {
    letter: 'd',
    layout: [['marginPerPeriod', 'figure'], ['marginPeriod', PERIOD], ['retentionPercent', 'figure'], ['retentionPeriod', PERIOD], ['discountPercent', 'figure'], ['discountPeriod', PERIOD], ['timing', TIMING]],
  },
};

/**
 * Encode the CLV calculator's inputs as a share code for a URL fragment.
 *
 * Format (see `figure-share-code.ts` for figures, periods and the check):
 *
 *     1.clv.<currency>.s.<order value>-<frequency>-<period>-<lifespan>-<period>-<margin %>.<check>
 *     1.clv.<currency>.u.<ARPA>-<period>-<gross margin %>-<churn %>-<period>.<check>
 *     1.clv.<currency>.d.<margin>-<period>-<retention %>-<period>-<discount %>-<period>-<timing e|s>.<check>
 *
 * Throws on a negative or non-finite figure (a programmer error: only valid figures are shared). O(1).
 *
 * @param state the inputs of the form in use
 * @returns the code
 * @example encodeClvShareCode({ form: 'subscription', currency: 'gbp', averageRevenuePerAccount: 50, revenuePeriod: 'month', grossMarginPercent: 80, churnPercent: 2.5, churnPeriod: 'month' }) // '1.clv.gbp.u.50-m-80-2p5-m.' + 4 check digits
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5 (the fragment is never sent to a server)
 */
export function encodeClvShareCode(state: ClvShareState): string {
  const { letter, layout } = FORMS[state.form];
  return writeCalculatorCode('clv', [state.currency, letter, encodeTokens(layout, state)]);
}

/**
 * Read a CLV calculator share code back into its inputs. Never throws, whatever the string. O(length).
 *
 * @param code the code, possibly with a leading "#" or "#c=" (from `location.hash`)
 * @returns the inputs, or why the code cannot be read
 * @example decodeClvShareCode(encodeClvShareCode(state)) // { ok: true, value: state }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5
 */
export function decodeClvShareCode(code: string): Result<ClvShareState, PortableError> {
  const read = readCalculatorCode(code, ['clv']);
  if (!read.ok) return read;
  const parts = read.value.parts;
  if (parts.length !== 3) return err({ kind: 'malformed', part: 'structure' });
  const [currency = '', letter = '', fieldsText = ''] = parts;
  if (!isDisplayCurrencyId(currency)) return err(BAD_FIGURE_CODE.currency);
  const form = (Object.keys(FORMS) as ClvShareState['form'][]).find((name) => FORMS[name].letter === letter);
  if (!form) return err(invalid(['Its CLV form is not simple, subscription or discounted.']));
  const fields = decodeTokens([FORMS[form].layout], [fieldsText]);
  return fields.ok ? ok({ form, currency, ...fields.value } as ClvShareState) : fields;
}
