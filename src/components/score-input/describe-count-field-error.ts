import type { CountFieldError } from '../../lib/metrics/parse-count-field.ts';
import { formatNumber, STABLE_LOCALE } from '../../lib/text/format.ts';

/** The typed value as the person wrote it, give or take grouping: −2, 2.5 (not −2.00, 2.50). */
const asTyped = (value: number): string => formatNumber(value, { maximumDecimals: 6, locale: STABLE_LOCALE });

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
      return `A count cannot be negative (${asTyped(error.value)}).`;
    case 'not-whole':
      return `A count is a whole number of people, not ${asTyped(error.value)}.`;
    case 'too-large':
      return 'This count is too large to add up exactly.';
    default:
      error satisfies never;
      return 'This count cannot be used.';
  }
}
