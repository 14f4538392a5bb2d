/**
 * Currency symbols a figures calculator can show next to money. Display only: nothing is converted.
 * The symbols are the ones `parseNumberField` also accepts typed in a field ($ € £ ¥ ₹).
 */
export const DISPLAY_CURRENCIES = {
  none: { symbol: '', label: 'No currency symbol' },
  usd: { symbol: '$', label: '$ (dollar)' },
  eur: { symbol: '€', label: '€ (euro)' },
  gbp: { symbol: '£', label: '£ (pound)' },
  jpy: { symbol: '¥', label: '¥ (yen, yuan)' },
  inr: { symbol: '₹', label: '₹ (rupee)' },
} as const;

/** A currency shown next to money, or `none`. */
export type DisplayCurrencyId = keyof typeof DISPLAY_CURRENCIES;

/** Every currency id, in the order a selector lists them. */
export const DISPLAY_CURRENCY_IDS = Object.keys(DISPLAY_CURRENCIES) as [DisplayCurrencyId, ...DisplayCurrencyId[]];

/**
 * Whether a value is a display currency id.
 *
 * @param value anything, e.g. a select's value or a share-code part
 * @returns true for none, usd, eur, gbp, jpy, inr
 * @example isDisplayCurrencyId('gbp') // true
 * @see https://en.wikipedia.org/wiki/Currency_symbol
 */
export function isDisplayCurrencyId(value: unknown): value is DisplayCurrencyId {
  return DISPLAY_CURRENCY_IDS.some((id) => id === value);
}
