import { describe, expect, it } from 'vitest';
import { describeNumberFieldError } from '../../../src/components/figure-field/describe-number-field-error.ts';

describe('describeNumberFieldError', () => {
  it('names the field, quotes the text and says why', () => {
    expect(describeNumberFieldError('Customers at start', { kind: 'not-a-number', text: 'ten' })).toBe(
      'Customers at start: “ten” is not a number. Type digits, like 1250 or 1,250.5.',
    );
    expect(describeNumberFieldError('New customers', { kind: 'not-whole', text: '2,5', value: 2.5 })).toBe(
      'New customers: “2,5” is not a whole number. Count whole customers.',
    );
    expect(describeNumberFieldError('Customers at end', { kind: 'too-large-to-count', text: '1e30', value: 1e30 })).toBe(
      'Customers at end: “1e30” is too large to count exactly. Counts up to 9,007,199,254,740,991 work.',
    );
    expect(describeNumberFieldError('Starting recurring revenue', { kind: 'ambiguous', text: '100.000', grouped: 100000, decimal: 100 })).toBe(
      'Starting recurring revenue: “100.000” could mean 100000 or 100. Type 100000 or 100.',
    );
  });
});
