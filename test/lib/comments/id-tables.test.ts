import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdPairTable, IntList } from '../../../src/lib/comments/id-tables.ts';

describe('IdPairTable', { timeout: 30_000 }, () => {
  it('finds what was added and nothing else, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3000), fc.nat(3000)), { maxLength: 3000 }), (pairs) => {
        const table = new IdPairTable();
        const reference = new Map<string, number>();
        pairs.forEach(([first, second], value) => {
          const key = `${String(first)},${String(second)}`;
          expect(table.get(first, second)).toBe(reference.get(key) ?? -1);
          if (!reference.has(key)) {
            table.add(first, second, value);
            reference.set(key, value);
          }
        });
        for (const [key, value] of reference) {
          const [first, second] = key.split(',').map(Number);
          expect(table.get(first ?? 0, second ?? 0)).toBe(value);
        }
        expect(table.get(3001, 0)).toBe(-1);
      }),
      { numRuns: 30 },
    );
  });
});

describe('IntList', () => {
  it('grows and keeps its values', () => {
    const list = new IntList();
    for (let value = 0; value < 5000; value += 1) expect(list.push(value * 3)).toBe(value);
    list.set(10, -7);
    expect(list.length).toBe(5000);
    expect([list.get(0), list.get(10), list.get(4999), list.get(5000)]).toEqual([0, -7, 14997, 0]);
    expect(list.toInt32Array().length).toBe(5000);
  });
});
