import { atom, keepMount } from 'nanostores';
import { describe, expect, it, vi } from 'vitest';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import { INITIAL_SCORE_INPUT, type ScoreInputState } from '../../src/lib/score-input/score-input-state.ts';

// The paste reader loads after first render (issue 17). A paste (or restored answers) that comes before it has
// loaded is read once it has: nothing is lost, and the paste state does not flash "reading" meanwhile.
describe('a paste before the paste reader has loaded', () => {
  it('stays empty, then shows the read answers; a newer paste meanwhile wins', async () => {
    vi.resetModules();
    // Fresh copies of the modules, so the reader is not loaded yet in this test.
    const { createScoreInput } = await import('../../src/stores/score-input.ts');
    const { getPasteAnalyser } = await import('../../src/stores/paste-analyser.ts');
    const { setParseWorkerFactoryForTests } = await import('../../src/stores/score-input-parser.ts');
    setParseWorkerFactoryForTests(() => null);
    expect(getPasteAnalyser()).toBeNull();
    const $state = atom<ScoreInputState>(INITIAL_SCORE_INPUT);
    const input = createScoreInput({ $state, update: (change) => $state.set(change($state.get())), $scale: atom(NPS_SCALE), ssrScale: NPS_SCALE, allowsGroups: true });
    keepMount(input.$outcome);
    input.setText('10\n9\nten');
    expect(input.$paste.get()).toEqual({ kind: 'empty' });
    input.setText('10\n9\n2');
    // 10, 9 and 2 by hand: one answer each at 2, 9 and 10 of 0–10; the first paste ("ten") is never shown.
    await expect.poll(() => input.$outcome.get(), { timeout: 5000 }).toEqual({ kind: 'scores', counts: [0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1], n: 3 });
    expect(getPasteAnalyser()).not.toBeNull();
    expect(input.$leftOut.get()).toBe(0);
    setParseWorkerFactoryForTests(undefined);
  });
});
