import { cleanStores, keepMount } from 'nanostores';
import { $cesCalculator, cesMetric, clearCesCalculator, dismissCesShareNotice } from '../../../src/stores/ces-calculator.ts';
import { $csatCalculator, clearCsatCalculator, csatMetric, dismissCsatShareNotice } from '../../../src/stores/csat-calculator.ts';
import { $npsCalculator, clearNpsCalculator, dismissNpsShareNotice, npsComparison, npsMetric } from '../../../src/stores/nps-calculator.ts';
import { setStorageForTests } from '../../../src/stores/persisted-atom.ts';
import { setParseWorkerFactoryForTests } from '../../../src/stores/score-input-parser.ts';
import { $storageNotices } from '../../../src/stores/storage-notices.ts';
import { memoryStorage } from '../../support/memory-storage.ts';
import { scoreInputParts } from '../../../src/components/score-input/ScoreInput.tsx';
import { npsResultParts } from '../../../src/components/nps-calculator/NpsCalculator.tsx';
import { csatResultParts } from '../../../src/components/csat-calculator/CsatCalculator.tsx';
import { cesResultParts } from '../../../src/components/ces-calculator/CesCalculator.tsx';
import { samplePlannerModule } from '../../../src/components/score-input/later-sample-size-planner.tsx';
import { loadPasteAnalyser } from '../../../src/stores/paste-analyser.ts';
import { scoreShareCodec } from '../../../src/stores/score-input-share.ts';

// The parts a page loads after first render (shared/deferred-module.ts, the calculators' metrics) are loaded before
// the tests, as a page loads them while idle or as the calculator mounts, so each test sees a paste's result in the same render as it would on a settled page.
await Promise.all([loadPasteAnalyser(), scoreInputParts.load(), npsResultParts.load(), csatResultParts.load(), cesResultParts.load(), samplePlannerModule.load(), npsComparison.load(), scoreShareCodec.load(), npsMetric.load(), csatMetric.load(), cesMetric.load()]);

const persisted = [$npsCalculator, $csatCalculator, $cesCalculator] as const;

/** Fresh in-memory storage, empty calculators, pastes read on the main thread, and the tool page's address. */
export function resetScoreCalculators(path: string): ReturnType<typeof memoryStorage> {
  const storage = memoryStorage();
  setStorageForTests(storage);
  setParseWorkerFactoryForTests(() => null);
  for (const store of persisted) keepMount(store);
  clearNpsCalculator();
  clearCsatCalculator();
  clearCesCalculator();
  // Clear offers the cleared input back: a test starts with no notice.
  dismissNpsShareNotice();
  dismissCsatShareNotice();
  dismissCesShareNotice();
  $storageNotices.set([]);
  storage.data.clear();
  window.history.replaceState(null, '', path);
  return storage;
}

export function releaseScoreCalculators(): void {
  cleanStores(...persisted);
  setStorageForTests(undefined);
  setParseWorkerFactoryForTests(undefined);
}
