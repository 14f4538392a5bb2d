import type { CountFieldError } from '../../lib/metrics/parse-count-field.ts';
import { formatNumber } from './format.ts';

/**
 * Say why a typed count cannot be used.
 *
 * @param error from parseCountFields or parseNpsGroupFields
 * @returns a short sentence for under the field
 */
export function describeCountFieldError(error: CountFieldError): string {
  switch (error.kind) {
    case 'not-a-number':
      return `“${error.text}” is not a number: type how many answered, e.g. 12.`;
    case 'negative':
      return `A count cannot be negative (${formatNumber(error.value, 2)}).`;
    case 'not-whole':
      return `A count is a whole number of people, not ${formatNumber(error.value, 2)}.`;
    case 'too-large':
      return 'This count is too large to add up exactly.';
    default:
      error satisfies never;
      return 'This count cannot be used.';
  }
}
