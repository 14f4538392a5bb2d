/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): a small seeded generator for the scripts, so every run of a benchmark or a fuzz tries the same cases.
 *
 * @param seed any 32-bit number
 * @returns a function giving numbers in [0, 1)
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
