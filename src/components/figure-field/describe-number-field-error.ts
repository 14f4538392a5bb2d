import type { NumberFieldError } from '../../lib/metrics/parse-number-field.ts';

/**
 * Say why a typed figure cannot be read, naming the field.
 *
 * @param label the field's label, e.g. "Customers at start"
 * @param error from parseNumberField (never `empty`: a blank field is a prompt, not an error)
 */
export function describeNumberFieldError(label: string, error: Exclude<NumberFieldError, { kind: 'empty' }>): string {
  switch (error.kind) {
    case 'not-a-number':
      return `${label}: “${error.text}” is not a number. Type digits, like 1250 or 1,250.5.`;
    case 'not-whole':
      return `${label}: “${error.text}” is not a whole number. Count whole customers.`;
    case 'too-large-to-count':
      return `${label}: “${error.text}” is too large to count exactly. Counts up to 9,007,199,254,740,991 work.`;
    case 'ambiguous':
      // Plain digits in the advice: "1250" and "1.25" each read one way only.
      return `${label}: “${error.text}” could mean ${String(error.grouped)} or ${String(error.decimal)}. Type ${String(error.grouped)} or ${String(error.decimal)}.`;
    default:
      return error satisfies never;
  }
}
