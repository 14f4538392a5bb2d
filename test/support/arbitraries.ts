/**
 * Shared fast-check arbitraries for tests.
 *
 * `fc.string({ unit: 'binary' })` builds a reverse table of all 1.1 million code points the first time it is
 * used in a test file (to place its "dangerous strings" slices), which took 1 s on an idle machine and 6-9 s
 * on a busy one, in every file that uses it. `anyString` draws exactly the same strings (the same index →
 * code point mapping over the same biased natural number) but maps back by arithmetic, so it costs nothing.
 */
import fc from 'fast-check';

const SURROGATES_START = 0xd800;
const SURROGATES_COUNT = 0x800;
const LAST_CODE_POINT = 0x10ffff;

/** One Unicode code point other than a surrogate, as fast-check's `unit: 'binary'` draws it. */
export const anyCodePoint: fc.Arbitrary<string> = fc.nat({ max: LAST_CODE_POINT - SURROGATES_COUNT }).map(
  (index) => String.fromCodePoint(index < SURROGATES_START ? index : index + SURROGATES_COUNT),
  (value) => {
    const codePoint = typeof value === 'string' ? value.codePointAt(0) : undefined;
    if (codePoint === undefined || String.fromCodePoint(codePoint) !== value || (codePoint >= SURROGATES_START && codePoint < SURROGATES_START + SURROGATES_COUNT)) {
      throw new Error('not one code point');
    }
    return codePoint < SURROGATES_START ? codePoint : codePoint - SURROGATES_COUNT;
  },
);

/** Any string of code points: what `fc.string({ unit: 'binary', ...constraints })` gives, without its start-up cost. */
export function anyString(constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: anyCodePoint });
}
