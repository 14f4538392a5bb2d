import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCodePoint, anyString } from './arbitraries.ts';

describe('anyString', () => {
  it('draws the very code points fast-check’s binary unit draws, seed for seed', () => {
    // fast-check's 'binary' unit is mapToConstant over the code points below and above the surrogates
    // (StringUnitArbitrary, fullAlphabetRanges); sampling it does not build the costly reverse table.
    const binaryUnit = fc.mapToConstant(
      { num: 0xd800, build: (index) => String.fromCodePoint(index) },
      { num: 0x10ffff - 0xe000 + 1, build: (index) => String.fromCodePoint(0xe000 + index) },
    );
    const options = { seed: 20261202, numRuns: 2_000 };
    expect(fc.sample(anyCodePoint, options)).toEqual(fc.sample(binaryUnit, options));
    // anyString is fc.string over that unit, as fc.string({ unit: 'binary' }) is.
    expect(fc.sample(anyString({ maxLength: 5 }), { seed: 7, numRuns: 50 }).every((text) => [...text].length <= 5)).toBe(true);
  });

  it('maps every code point back to the index it came from, and refuses anything else', () => {
    const unmap = (value: unknown) => anyCodePoint.canShrinkWithoutContext(value);
    expect([unmap('a'), unmap('\u{10ffff}'), unmap('\ue000'), unmap('\ud7ff')]).toEqual([true, true, true, true]);
    expect([unmap('\ud800'), unmap('ab'), unmap(''), unmap(7)]).toEqual([false, false, false, false]);
  });
});
