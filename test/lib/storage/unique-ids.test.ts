import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUniqueIds } from '../../../src/lib/storage/unique-ids.ts';

/** The rule written the slow, obvious way (count up from 2 for every item): the reference the fast one must match. */
function uniqueIdsByCountingUp(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((original) => {
    let id = original;
    for (let copy = 2; taken.has(id); copy++) id = `${original.slice(0, 36)}-${String(copy)}`;
    taken.add(id);
    return id;
  });
}

describe('createUniqueIds', () => {
  it('keeps the first of each id and numbers the later ones from 2', () => {
    const unique = createUniqueIds();
    expect(['a', 'b', 'a', 'a', 'b'].map(unique)).toEqual(['a', 'b', 'a-2', 'a-3', 'b-2']);
  });

  it('skips a number another item already has', () => {
    const unique = createUniqueIds();
    // The saved 'a-2' takes that name first, so the second 'a' becomes 'a-3'; a later repeat of 'a-2' gets 'a-2-2'.
    expect(['a', 'a-2', 'a', 'a-2'].map(unique)).toEqual(['a', 'a-2', 'a-3', 'a-2-2']);
  });

  it('keeps the first 36 characters of a long id before the number', () => {
    const long = 'x'.repeat(50);
    const unique = createUniqueIds();
    expect([long, long].map(unique)).toEqual([long, `${'x'.repeat(36)}-2`]);
  });

  it('gives the same ids as counting up from 2 for every item, on any list', { timeout: 30_000 }, () => {
    // Few distinct ids, so repeats and "-n" collisions are common.
    const id = fc.oneof(fc.constantFrom('a', 'b', 'a-2', 'a-3', 'b-2', 'a-2-2'), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), (ids) => {
        expect(ids.map(createUniqueIds())).toEqual(uniqueIdsByCountingUp(ids));
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('renames 20,000 items sharing one id in linear time', { timeout: 30_000 }, () => {
    const unique = createUniqueIds();
    const started = performance.now();
    const ids = Array.from({ length: 20_000 }, () => unique('same'));
    const elapsed = performance.now() - started;
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.at(-1)).toBe('same-20000');
    // Counting up from 2 for each item tries 200 million names (tens of seconds); one pass takes milliseconds.
    // The bound is loose so a busy machine does not fail it, yet far below the quadratic time.
    expect(elapsed).toBeLessThan(2_000);
  });
});
