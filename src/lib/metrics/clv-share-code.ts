import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ClvTiming } from './clv-input.ts';
import type { RatePeriod } from './convert-rate.ts';
import type { DisplayCurrencyId } from './display-currency.ts';
import { isDisplayCurrencyId } from './display-currency.ts';
import { readCalculatorCode, writeCalculatorCode } from './calculator-code.ts';
import { BAD_FIGURE_CODE, PERIOD_CODES, decodeFigure, decodePeriod, encodeFigure } from './figure-share-code.ts';
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

const FORM_CODES = { simple: 's', subscription: 'u', discounted: 'd' } as const satisfies Record<ClvShareState['form'], string>;
const TIMING_CODES = { 'end-of-period': 'e', 'start-of-period': 's' } as const satisfies Record<ClvTiming, string>;

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
  let fields: string[];
  switch (state.form) {
    case 'simple':
      fields = [
        encodeFigure(state.averageOrderValue),
        encodeFigure(state.purchaseFrequency),
        PERIOD_CODES[state.frequencyPeriod],
        encodeFigure(state.lifespan),
        PERIOD_CODES[state.lifespanPeriod],
        encodeFigure(state.marginPercent),
      ];
      break;
    case 'subscription':
      fields = [
        encodeFigure(state.averageRevenuePerAccount),
        PERIOD_CODES[state.revenuePeriod],
        encodeFigure(state.grossMarginPercent),
        encodeFigure(state.churnPercent),
        PERIOD_CODES[state.churnPeriod],
      ];
      break;
    case 'discounted':
      fields = [
        encodeFigure(state.marginPerPeriod),
        PERIOD_CODES[state.marginPeriod],
        encodeFigure(state.retentionPercent),
        PERIOD_CODES[state.retentionPeriod],
        encodeFigure(state.discountPercent),
        PERIOD_CODES[state.discountPeriod],
        TIMING_CODES[state.timing],
      ];
      break;
    default:
      state satisfies never;
      throw new Error('encodeClvShareCode requires a known form');
  }
  return writeCalculatorCode('clv', [state.currency, FORM_CODES[state.form], fields.join('-')]);
}

/** Read tokens in order, each as a figure or a period; undefined marks one that is neither. */
function readTokens(tokens: readonly string[]) {
  let index = 0;
  return {
    figure: (): number | null | undefined => decodeFigure(tokens[index++] ?? 'x'),
    period: (): RatePeriod | undefined => decodePeriod(tokens[index++] ?? ''),
  };
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
  const [currency = '', formText = '', fieldsText = ''] = parts;
  if (!isDisplayCurrencyId(currency)) return err(BAD_FIGURE_CODE.currency);
  const tokens = fieldsText.split('-');
  const reader = readTokens(tokens);
  const figures = err(BAD_FIGURE_CODE.figures);
  const periods = err(BAD_FIGURE_CODE.period);
  switch (formText) {
    case FORM_CODES.simple: {
      if (tokens.length !== 6) return err({ kind: 'malformed', part: 'structure' });
      const averageOrderValue = reader.figure();
      const purchaseFrequency = reader.figure();
      const frequencyPeriod = reader.period();
      const lifespan = reader.figure();
      const lifespanPeriod = reader.period();
      const marginPercent = reader.figure();
      if (averageOrderValue === undefined || purchaseFrequency === undefined || lifespan === undefined || marginPercent === undefined) return figures;
      if (!frequencyPeriod || !lifespanPeriod) return periods;
      return ok({ form: 'simple', currency, averageOrderValue, purchaseFrequency, frequencyPeriod, lifespan, lifespanPeriod, marginPercent });
    }
    case FORM_CODES.subscription: {
      if (tokens.length !== 5) return err({ kind: 'malformed', part: 'structure' });
      const averageRevenuePerAccount = reader.figure();
      const revenuePeriod = reader.period();
      const grossMarginPercent = reader.figure();
      const churnPercent = reader.figure();
      const churnPeriod = reader.period();
      if (averageRevenuePerAccount === undefined || grossMarginPercent === undefined || churnPercent === undefined) return figures;
      if (!revenuePeriod || !churnPeriod) return periods;
      return ok({ form: 'subscription', currency, averageRevenuePerAccount, revenuePeriod, grossMarginPercent, churnPercent, churnPeriod });
    }
    case FORM_CODES.discounted: {
      if (tokens.length !== 7) return err({ kind: 'malformed', part: 'structure' });
      const marginPerPeriod = reader.figure();
      const marginPeriod = reader.period();
      const retentionPercent = reader.figure();
      const retentionPeriod = reader.period();
      const discountPercent = reader.figure();
      const discountPeriod = reader.period();
      const timingText = tokens[6] ?? '';
      if (marginPerPeriod === undefined || retentionPercent === undefined || discountPercent === undefined) return figures;
      if (!marginPeriod || !retentionPeriod || !discountPeriod) return periods;
      const timing = timingText === TIMING_CODES['end-of-period'] ? 'end-of-period' : timingText === TIMING_CODES['start-of-period'] ? 'start-of-period' : null;
      if (!timing) return err(invalid(['Its timing is not the start or the end of a period.']));
      return ok({ form: 'discounted', currency, marginPerPeriod, marginPeriod, retentionPercent, retentionPeriod, discountPercent, discountPeriod, timing });
    }
    default:
      return err(invalid(['Its CLV form is not simple, subscription or discounted.']));
  }
}
