/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): small, fast, seeded, so a "random" sample (comments to check,
 * a benchmark's data, a fuzz run's cases) is the same every time it is drawn from the same seed. Not for
 * anything secret.
 *
 * @param seed any number (taken as an unsigned 32-bit integer)
 * @returns a function giving numbers in [0, 1)
 * @example const random = createSeededRandom(42); random() // 0.6011037519201636, the same on every run
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
