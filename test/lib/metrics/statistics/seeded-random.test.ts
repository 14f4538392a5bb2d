import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../../src/lib/metrics/statistics/seeded-random.ts';

describe('createSeededRandom (Mulberry32)', () => {
  // Expected values from an independent Python port of Mulberry32, run by hand:
  //   def m(seed):
  //       s = seed & 0xffffffff; out = []
  //       for _ in range(3):
  //           s = (s + 0x6d2b79f5) & 0xffffffff; v = s
  //           v = ((v ^ (v >> 15)) * (v | 1)) & 0xffffffff
  //           v = (v ^ (v + (((v ^ (v >> 7)) * (v | 61)) & 0xffffffff))) & 0xffffffff
  //           out.append(((v ^ (v >> 14)) & 0xffffffff) / 4294967296)
  //       return out
  it('gives the published sequence for seeds 42 and 0', () => {
    const fortyTwo = createSeededRandom(42);
    expect([fortyTwo(), fortyTwo(), fortyTwo()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    const zero = createSeededRandom(0);
    expect([zero(), zero(), zero()]).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
  });

  it('stays in [0, 1) and repeats itself from the same seed', () => {
    const first = createSeededRandom(-7);
    const second = createSeededRandom(-7);
    for (let draw = 0; draw < 1000; draw += 1) {
      const value = first();
      expect(value).toBe(second());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
