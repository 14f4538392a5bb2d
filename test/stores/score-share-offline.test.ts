import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { $npsCalculator, $npsShareCode, INITIAL_NPS_CALCULATOR, npsCurrentInput, openNpsShareLink } from '../../src/stores/nps-calculator.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { setParseWorkerFactoryForTests } from '../../src/stores/score-input-parser.ts';
import { memoryStorage } from '../support/memory-storage.ts';

// The share codec cannot load, as offline before the site was cached: its import fails.
vi.mock('../../src/lib/metrics/score-share-codec.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

beforeAll(async () => {
  setStorageForTests(memoryStorage());
  setParseWorkerFactoryForTests(() => null);
  await Promise.all([$npsCalculator.ready(), loadPasteAnalyser()]);
});
afterAll(() => setStorageForTests(undefined));

it('a share link that cannot be read for want of the codec says so and leaves the input alone', async () => {
  npsCurrentInput.setText('10\n9\n3');
  const before = $npsCalculator.get();
  expect(before).not.toEqual(INITIAL_NPS_CALCULATOR);
  expect(await openNpsShareLink('#c=1.nps.95.0-0-1-2-5-a-k-u-14-1e-u.7itq')).toEqual({ kind: 'failed', error: { kind: 'unavailable' } });
  expect($npsCalculator.get()).toEqual(before);
  // With nothing to encode with, there is no share code (and no share link button), rather than a wrong one.
  const unsubscribe = $npsShareCode.listen(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect($npsShareCode.get()).toBeNull();
  unsubscribe();
});
