import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CHECKSUM_LENGTH, getChecksum } from '../../../src/lib/assessment/checksum.ts';

test('is four URL-safe characters and always the same for the same text', () => {
  expect(getChecksum('1.q33333333.')).toMatch(/^[A-Za-z0-9_-]{4}$/);
  expect(getChecksum('1.q33333333.')).toBe(getChecksum('1.q33333333.'));
  expect(CHECKSUM_LENGTH).toBe(4);
});

test('changes when any one character changes', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[1-5dn-]{8,32}$/), fc.nat(), fc.constantFrom('1', '2', '3', '4', '5', 'd', 'n', '-'), (answers, at, replacement) => {
      const index = at % answers.length;
      fc.pre(answers[index] !== replacement);
      const changed = `${answers.slice(0, index)}${replacement}${answers.slice(index + 1)}`;
      expect(getChecksum(`1.f${changed}.`)).not.toBe(getChecksum(`1.f${answers}.`));
    }),
    { numRuns: 100, interruptAfterTimeLimit: 2_000 },
  );
});
