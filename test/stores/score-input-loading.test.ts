// @vitest-environment jsdom
import { atom, cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import { COUNTS_READER_UNAVAILABLE } from '../../src/lib/score-input/score-input-outcome.ts';
import { INITIAL_SCORE_INPUT, type ScoreInputState } from '../../src/lib/score-input/score-input-state.ts';
import { countFieldReaders, createScoreInput } from '../../src/stores/score-input.ts';

// Parts of the input load after the page's first script: the readers of typed counts as the input first shows,
// the file checks when a file is chosen. Here the counts readers' first attempt fails (offline before the site was
// cached) and the next one, started by typing, succeeds; the file checks never load.
let attempts = 0;
vi.mock('../../src/lib/metrics/parse-nps-group-fields.ts', async (importOriginal) => {
  attempts += 1;
  if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

vi.mock('../../src/lib/score-input/score-file.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

function makeInput(initial: Partial<ScoreInputState> = {}) {
  const $state = atom<ScoreInputState>({ ...INITIAL_SCORE_INPUT, mode: 'counts', ...initial });
  const $scale = atom(NPS_SCALE);
  const input = createScoreInput({ $state, update: (change) => $state.set(change($state.get())), $scale, ssrScale: NPS_SCALE, allowsGroups: true });
  return { $state, input };
}

afterEach(() => cleanStores());

describe('typed counts before their reader has loaded', () => {
  it('blank fields are the prompt at once, without the reader; counts wait for it, then say why it failed, and typing tries again', async () => {
    const { input } = makeInput({ countsKind: 'groups' });
    expect(countFieldReaders.$state.get().kind).toBe('idle');
    keepMount(input.$outcome);
    expect(countFieldReaders.$state.get().kind).toBe('loading');
    expect(input.$outcome.get()).toEqual({ kind: 'prompt' });

    input.setGroupField('promoters', '3');
    expect(input.$countsCheck.get()).toEqual({ kind: 'groups', parse: { kind: 'pending' } });
    expect(input.$outcome.get()).toEqual({ kind: 'loading' });

    await expect(countFieldReaders.load()).rejects.toThrow();
    expect(input.$outcome.get()).toEqual({ kind: 'failed', message: COUNTS_READER_UNAVAILABLE });

    input.setGroupField('detractors', '1');
    expect(countFieldReaders.$state.get().kind).toBe('loading');
    await countFieldReaders.load();
    // 3 promoters and 1 detractor typed: 4 answers.
    expect(input.$outcome.get()).toEqual({ kind: 'groups', groups: { promoters: 3, passives: 0, detractors: 1 }, n: 4 });
    expect(attempts).toBe(2);
  });

  it('counts restored from an earlier visit show once the reader is here, with a bad field marked', () => {
    const { input } = makeInput({ countsKind: 'scores', countFields: { '9': '4', '10': 'x' } });
    keepMount(input.$countsCheck);
    const check = input.$countsCheck.get();
    expect(check.kind === 'scores' && check.parse.kind === 'invalid' && check.parse.issues.map((issue) => issue.score)).toEqual([10]);
    expect(input.$outcome.get()).toEqual({ kind: 'invalid-counts' });
  });
});

describe('a file chosen when the file checks cannot load', () => {
  it('is refused with the reason, and typed answers stay', async () => {
    const { $state, input } = makeInput({ mode: 'paste' });
    keepMount(input.$fileStatus);
    input.setText('9\n10');
    await input.loadFile(new File(['7\n8\n'], 'scores.csv', { type: 'text/csv' }));
    expect(input.$fileStatus.get()).toEqual({
      kind: 'failed',
      name: 'scores.csv',
      problem: { kind: 'unreadable', message: 'the part that reads files could not be loaded: check your connection, then reload the page' },
      earlier: { kind: 'kept' },
    });
    expect($state.get().text).toBe('9\n10');
  });
});
