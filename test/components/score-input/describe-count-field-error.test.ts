import { describe, expect, it } from 'vitest';
import { describeCountFieldError } from '../../../src/components/score-input/describe-count-field-error.ts';
import { parseCountField } from '../../../src/lib/metrics/parse-count-field.ts';

/** The error parseCountField gives for a typed text (it must refuse it). */
function errorFor(text: string) {
  const parsed = parseCountField(text);
  if (parsed.ok) throw new Error(`expected "${text}" to be refused`);
  return parsed.error;
}

describe('describeCountFieldError', () => {
  it('repeats the typed value as it was written, not padded to two decimals', () => {
    expect(describeCountFieldError(errorFor('-2'))).toBe('A count cannot be negative (−2).');
    expect(describeCountFieldError(errorFor('2.5'))).toBe('A count is a whole number of people, not 2.5.');
    expect(describeCountFieldError(errorFor('1234.5'))).toBe('A count is a whole number of people, not 1,234.5.');
    expect(describeCountFieldError(errorFor('abc'))).toBe('“abc” is not a number: type how many answered, e.g. 12.');
  });
});
