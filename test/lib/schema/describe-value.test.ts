import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../src/lib/schema/describe-value.ts';

describe('describeValue', () => {
  it('writes strings and numbers as found, other values by kind', () => {
    expect(describeValue('five')).toBe('"five"');
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue(7)).toBe('7');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({})).toBe('an object');
  });
});
