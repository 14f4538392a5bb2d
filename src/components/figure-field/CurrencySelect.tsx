import { DISPLAY_CURRENCIES, DISPLAY_CURRENCY_IDS, type DisplayCurrencyId } from '../../lib/metrics/display-currency.ts';

export interface CurrencySelectProps {
  readonly id: string;
  readonly value: DisplayCurrencyId;
  readonly onChange: (currency: DisplayCurrencyId) => void;
}

/** The currency symbol shown next to money. Display only: nothing is converted. */
export function CurrencySelect({ id, value, onChange }: CurrencySelectProps) {
  return (
    <div className="field figure-field figure-field--currency">
      <label htmlFor={id}>Currency symbol</label>
      <p id={`${id}-hint`} className="field__hint">
        Only changes how amounts are shown.
      </p>
      <select id={id} value={value} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value as DisplayCurrencyId)}>
        {DISPLAY_CURRENCY_IDS.map((currency) => (
          <option key={currency} value={currency}>
            {DISPLAY_CURRENCIES[currency].label}
          </option>
        ))}
      </select>
    </div>
  );
}
