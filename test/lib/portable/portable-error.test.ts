import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describePortableError, formatPortableMessage, invalid, type PortableError } from '../../../src/lib/portable/portable-error.ts';

const SUBJECT = { thing: 'share link', tool: 'journey map builder' };

const EVERY_ERROR: readonly PortableError[] = [
  { kind: 'empty' },
  { kind: 'too-long', length: 1_000_001, limit: 1_000_000 },
  { kind: 'too-large', bytes: 5_000_000, limit: 4_000_000 },
  { kind: 'too-large', limit: 4_000_000 },
  { kind: 'invalid-characters', position: 0, character: '😀' },
  { kind: 'truncated' },
  { kind: 'malformed', part: 'version' },
  { kind: 'checksum-mismatch' },
  { kind: 'future-version', found: 3, supported: 1 },
  { kind: 'unsupported-version', found: 0, supported: 1 },
  { kind: 'migration-failed', from: 1, message: 'expected an object' },
  { kind: 'other-tool', found: 'the persona builder (/tools/personas/)' },
  { kind: 'other-tool' },
  { kind: 'unreadable' },
  { kind: 'no-decompression' },
  { kind: 'not-json', line: 3, column: 5 },
  { kind: 'not-json' },
  invalid(['Stage 1 has no name.', 'Stage 2 has no name.']),
];

describe('describePortableError', () => {
  test('words every error as a sentence naming the thing, with numbers people read', () => {
    for (const error of EVERY_ERROR) {
      const message = describePortableError(error, SUBJECT);
      expect(message.headline).toMatch(/^This /);
      expect(message.headline).toMatch(/[.:]$/);
      expect(formatPortableMessage(message)).not.toMatch(/undefined|NaN|Infinity|\[object/);
    }
    expect(describePortableError({ kind: 'too-long', length: 1_000_001, limit: 1_000_000 }, SUBJECT).headline).toBe(
      'This share link is 1,000,001 characters long; the journey map builder reads at most 1,000,000 characters. Check that nothing else was pasted with it.',
    );
    expect(describePortableError({ kind: 'invalid-characters', position: 4, character: ' ' }, SUBJECT).headline).toContain('position 5');
    expect(describePortableError({ kind: 'not-json', line: 3, column: 5 }, { thing: 'file', tool: 'persona builder' }).details).toEqual(['The first problem is at line 3, column 5.']);
  });

  test('makes a single problem the headline: the domain’s sentence, or a place and message inside one', () => {
    expect(describePortableError(invalid(['The file holds no journey maps.']), SUBJECT)).toEqual({ headline: 'The file holds no journey maps.', details: [] });
    expect(describePortableError(invalid(['stage 2, name: must not be empty']), SUBJECT).headline).toBe('This share link has a problem: stage 2, name: must not be empty.');
  });

  test('lists a domain’s issues and says how many more there were', () => {
    const issues = Array.from({ length: 11 }, (_, index) => `Problem ${String(index + 1)}.`);
    const message = describePortableError(invalid(issues), SUBJECT);
    expect(message.headline).toBe('This share link has 11 problems:');
    expect(message.details).toHaveLength(9);
    expect(message.details.at(-1)).toBe('and 3 more problems');
  });

  test('never throws and never prints a non-number for any numbers', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (length, limit) => {
        expect(describePortableError({ kind: 'too-long', length, limit }, SUBJECT).headline).not.toMatch(/NaN|undefined/);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2000 },
    );
  });
});
