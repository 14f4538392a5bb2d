/**
 * `npm run fuzz` seeds its mutations with the golden fixtures, read by its own table of decoders (the ones the pages
 * call, returning errors instead of throwing). That table is not run by `npm test`, so it once fell behind a new
 * code format and the script stopped at its first seed; this test opens every seed through it.
 */
import { describe, expect, it } from 'vitest';
import { DECODERS, openSeeds } from '../../scripts/fuzz-decoders.ts';
import { DECODERS as GOLDEN_DECODERS } from './decoders.ts';

describe('the fuzz script', () => {
  it.each(Object.keys(DECODERS))('opens every golden seed of “%s”', async (name) => {
    const originals = await openSeeds(name);
    expect(originals.size).toBeGreaterThan(0);
  });

  it('seeds every kind of code and file the golden fixtures hold', () => {
    const seeded = new Set(Object.values(DECODERS).flatMap((decoder) => decoder.seeds));
    const codesAndFiles = Object.keys(GOLDEN_DECODERS).filter((kind) => /-(share-code|json-file|file)$/.test(kind));
    expect(codesAndFiles.filter((kind) => !seeded.has(kind))).toEqual([]);
  });
});
