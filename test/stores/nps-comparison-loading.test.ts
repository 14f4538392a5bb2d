import { cleanStores } from 'nanostores';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { $npsCalculator, $npsComparisonView, npsBaselineInput, npsComparison, npsCurrentInput, npsMetric, setNpsCompare } from '../../src/stores/nps-calculator.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { setParseWorkerFactoryForTests } from '../../src/stores/score-input-parser.ts';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { memoryStorage } from '../support/memory-storage.ts';

// The comparison's code is not preloaded here (nps-calculator.test.ts preloads it): this file is the page before
// anyone compares.
beforeAll(async () => {
  setStorageForTests(memoryStorage());
  setParseWorkerFactoryForTests(() => null);
  await Promise.all([$npsCalculator.ready(), loadPasteAnalyser(), npsMetric.load()]);
});

afterEach(() => {
  cleanStores($npsCalculator, $npsComparisonView);
});

it('loads the comparison only once comparing is on, says "loading" meanwhile, then compares', async () => {
  const seen: string[] = [];
  const unsubscribe = $npsComparisonView.subscribe((view) => seen.push(view.kind));
  npsCurrentInput.setText('10\n10\n10\n9');
  npsBaselineInput.setText('0\n3\n10\n9');
  expect(npsComparison.$state.get()).toEqual({ kind: 'idle' });
  setNpsCompare(true);
  expect(npsComparison.$state.get()).toEqual({ kind: 'loading' });
  expect($npsComparisonView.get()).toEqual({ kind: 'loading' });
  await npsComparison.load();
  const view = $npsComparisonView.get();
  if (view.kind !== 'result') throw new Error(`expected a comparison, got ${view.kind}`);
  // 4 promoters of 4 (NPS 100) against 2 promoters and 2 detractors of 4 (NPS 0): a change of 100 points.
  expect(view.comparison.difference).toBeCloseTo(100, 10);
  // Each kind in turn (a view is computed again on every input change, so repeats are dropped).
  expect(seen.filter((kind, index) => kind !== seen[index - 1])).toEqual(['off', 'loading', 'result']);
  unsubscribe();
});
