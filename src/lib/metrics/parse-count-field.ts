import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { parseNumberField } from './parse-number-field.ts';

/** Why a typed count cannot be used. */
export type CountFieldError =
  | { readonly kind: 'not-a-number'; readonly text: string }
  | { readonly kind: 'negative'; readonly value: number }
  | { readonly kind: 'not-whole'; readonly value: number }
  | { readonly kind: 'too-large'; readonly value: number };

/**
 * Read one typed count: blank is 0, otherwise a whole number >= 0 (thousands separators allowed).
 *
 * @param text the field's text
 * @returns the count or why it cannot be used
 * @example parseCountField('1.234') // { ok: true, value: 1234 }
 * @see https://en.wikipedia.org/wiki/Decimal_separator#Digit_grouping
 */
export function parseCountField(text: string): Result<number, CountFieldError> {
  const parsed = parseNumberField(text, { wholeNumber: true });
  if (!parsed.ok) {
    switch (parsed.error.kind) {
      case 'empty':
        return ok(0);
      case 'not-a-number':
      // Never for a count: a count's `1.250` is 1250.
      case 'ambiguous':
        return err({ kind: 'not-a-number', text: parsed.error.text });
      case 'not-whole':
        return parsed.error.value < 0
          ? err({ kind: 'negative', value: parsed.error.value })
          : err({ kind: 'not-whole', value: parsed.error.value });
      case 'too-large-to-count':
        return parsed.error.value < 0
          ? err({ kind: 'negative', value: parsed.error.value })
          : err({ kind: 'too-large', value: parsed.error.value });
      default:
        parsed.error satisfies never;
        return err({ kind: 'not-a-number', text });
    }
  }
  const value = parsed.value;
  if (value < 0) return err({ kind: 'negative', value });
  if (!Number.isSafeInteger(value)) return err({ kind: 'too-large', value });
  return ok(value);
}
