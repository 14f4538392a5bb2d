/**
 * The day/month order to offer first when the cells cannot tell (every numeric date has both parts ≤ 12).
 */
import type { DateOrder } from './date-format.ts';

/** Survey tools whose export layouts Touchpoint knows (see `SURVEY-EXPORTS.md`). */
export type SurveyTool = 'qualtrics' | 'surveymonkey' | 'typeform' | 'google-forms';

/** Why an order is suggested: see `suggestDateOrder`. */
export type DateOrderReason = 'dots' | 'tool' | 'locale' | 'default';

/** The suggested order and why. */
export type DateOrderSuggestion = { readonly order: DateOrder; readonly reason: DateOrderReason };

/**
 * The day/month order of a locale's numeric dates, from `Intl` (day before month in en-GB, de, fr; month
 * first in en-US), or null for a locale that writes the year first (ja, zh, ko, hu, …) or is unknown.
 *
 * @param locale a BCP 47 tag
 * @returns its order, or null
 * @example getLocaleDateOrder('en-US') // 'month-day'
 * @see https://tc39.es/ecma402/#sec-intl.datetimeformat.prototype.formattoparts
 */
export function getLocaleDateOrder(locale: string): DateOrder | null {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2024, 0, 25));
  } catch {
    return null;
  }
  const types = parts.map((part) => part.type).filter((type) => type === 'day' || type === 'month' || type === 'year');
  if (types[0] === 'day') return 'day-month';
  if (types[0] === 'month') return 'month-day';
  return null;
}

/**
 * Suggest an order for an ambiguous column, in this priority:
 * 1. `dots`: every ambiguous date is written with dots (`05.01.2024`): day first, as in German, Russian,
 *    Polish… (US dates use slashes);
 * 2. `tool`: SurveyMonkey exports are month first (how public parsers read them, `%m/%d/%Y`);
 * 3. `locale`: the order of the reader's locale (a Google Sheet exports in its own locale, often the owner's);
 * 4. `default`: month first, as the two exports known to write numeric dates (SurveyMonkey, a Google Sheet in
 *    its default en-US locale) do.
 * The page still asks: this only picks which answer is offered first.
 *
 * @param allDotted whether every ambiguous cell used dots
 * @param tool the export's tool, when known
 * @param locale the reader's locale, when known
 * @returns the order and the reason
 * @example suggestDateOrder(false, 'surveymonkey', 'en-GB') // { order: 'month-day', reason: 'tool' }
 * @see https://en.wikipedia.org/wiki/Date_format_by_country
 */
export function suggestDateOrder(allDotted: boolean, tool: SurveyTool | null, locale: string | null): DateOrderSuggestion {
  if (allDotted) return { order: 'day-month', reason: 'dots' };
  if (tool === 'surveymonkey') return { order: 'month-day', reason: 'tool' };
  const localeOrder = locale === null ? null : getLocaleDateOrder(locale);
  if (localeOrder !== null) return { order: localeOrder, reason: 'locale' };
  return { order: 'month-day', reason: 'default' };
}
