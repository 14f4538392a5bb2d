import { cleanStores, keepMount } from 'nanostores';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { $csatCalculator, $csatView, csatInput, csatMetric } from '../../src/stores/csat-calculator.ts';
import { $npsCalculator, $npsView, npsCurrentInput, npsMetric } from '../../src/stores/nps-calculator.ts';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { waitForMetric } from '../../src/stores/score-calculator-state.ts';
import { setParseWorkerFactoryForTests } from '../../src/stores/score-input-parser.ts';
import { memoryStorage } from '../support/memory-storage.ts';

// The calculators' metrics load as the calculator mounts (not with the first script). Here they are not preloaded
// (the other tests preload them), and CSAT's cannot load at all: offline before the site was cached.
vi.mock('../../src/lib/metrics/csat.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

beforeAll(async () => {
  setStorageForTests(memoryStorage());
  setParseWorkerFactoryForTests(() => null);
  await Promise.all([$npsCalculator.ready(), $csatCalculator.ready(), loadPasteAnalyser()]);
});
afterAll(() => {
  cleanStores($npsCalculator, $npsView, $csatCalculator, $csatView);
  setStorageForTests(undefined);
});

describe('a score calculator whose metric is still on its way', () => {
  it('shows nothing for counts until it arrives (as while the result parts load), then the result', async () => {
    npsCurrentInput.setText('10\n9\n3');
    expect(npsMetric.$state.get().kind).toBe('idle');
    keepMount($npsView);
    expect(npsMetric.$state.get().kind).toBe('loading');
    expect($npsView.get()).toEqual({ kind: 'waiting', outcome: { kind: 'scores', counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1], n: 3 } });
    await npsMetric.load();
    const view = $npsView.get();
    if (view.kind !== 'result') throw new Error(`expected a result, got ${view.kind}`);
    // 2 promoters and 1 detractor of 3: (2 − 1) / 3 = +33.3 (by hand).
    expect(view.result.nps).toBeCloseTo(100 / 3, 10);
  });

  it('says why there is no result when it cannot load, and leaves the prompt alone', async () => {
    keepMount($csatView);
    await expect(csatMetric.load()).rejects.toThrow();
    expect($csatView.get()).toEqual({ kind: 'waiting', outcome: { kind: 'prompt' } });
    csatInput.setText('5\n4\n2');
    const view = $csatView.get();
    expect(view.kind === 'waiting' && view.outcome).toEqual({
      kind: 'failed',
      message: 'the part that works out the result could not be loaded: check your connection, then reload the page',
    });
  });
});

describe('waitForMetric', () => {
  it('passes the outcome through while loading, and for anything but counts when it failed', () => {
    expect(waitForMetric({ kind: 'scores', counts: [1], n: 1 }, { kind: 'loading' })).toEqual({ kind: 'waiting', outcome: { kind: 'scores', counts: [1], n: 1 } });
    expect(waitForMetric({ kind: 'invalid-counts' }, { kind: 'failed' })).toEqual({ kind: 'waiting', outcome: { kind: 'invalid-counts' } });
    expect(waitForMetric({ kind: 'groups', groups: { promoters: 1, passives: 0, detractors: 0 }, n: 1 }, { kind: 'failed' }).outcome.kind).toBe('failed');
  });
});
