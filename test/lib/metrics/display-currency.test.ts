import { describe, expect, it } from 'vitest';
import { DISPLAY_CURRENCIES, DISPLAY_CURRENCY_IDS, isDisplayCurrencyId } from '../../../src/lib/metrics/display-currency.ts';
import { parseNumberField } from '../../../src/lib/metrics/parse-number-field.ts';

describe('display currencies', () => {
  it('lists no currency first, then the symbols', () => {
    expect(DISPLAY_CURRENCY_IDS).toEqual(['none', 'usd', 'eur', 'gbp', 'jpy', 'inr']);
    expect(DISPLAY_CURRENCIES.none.symbol).toBe('');
  });

  it('tells ids from anything else', () => {
    expect(isDisplayCurrencyId('gbp')).toBe(true);
    expect(isDisplayCurrencyId('GBP')).toBe(false);
    expect(isDisplayCurrencyId('toString')).toBe(false);
    expect(isDisplayCurrencyId(undefined)).toBe(false);
  });

  it('uses only symbols a figure field accepts typed before a number', () => {
    for (const id of DISPLAY_CURRENCY_IDS) {
      expect(parseNumberField(`${DISPLAY_CURRENCIES[id].symbol}1,250.5`)).toEqual({ ok: true, value: 1250.5 });
    }
  });
});
