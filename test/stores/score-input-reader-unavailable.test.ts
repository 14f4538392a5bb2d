// @vitest-environment jsdom
import { atom, cleanStores, keepMount } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import { INITIAL_SCORE_INPUT, LARGE_PASTE_CHARACTERS, type ScoreInputState } from '../../src/lib/score-input/score-input-state.ts';
import { createScoreInput } from '../../src/stores/score-input.ts';

// The reader of large pastes and files loads when someone reaches for the input, not with the page's first script.
// Here it never loads (offline before the site was cached): each way in says why, and nothing typed is lost.
vi.mock('../../src/stores/score-input-parser.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

function makeInput() {
  const $state = atom<ScoreInputState>({ ...INITIAL_SCORE_INPUT, mode: 'paste' });
  const $scale = atom(NPS_SCALE);
  const input = createScoreInput({ $state, update: (change) => $state.set(change($state.get())), $scale, ssrScale: NPS_SCALE, allowsGroups: true });
  return { $state, input };
}

afterEach(() => cleanStores());

describe('when the reader of large pastes and files cannot load', () => {
  it('getting ready for input (a focus) fails quietly', async () => {
    const { input } = makeInput();
    expect(() => input.prepare()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('a large paste says the answers could not be read, and why', async () => {
    const { input } = makeInput();
    keepMount(input.$paste);
    input.setText('9\n'.repeat(LARGE_PASTE_CHARACTERS));
    await vi.waitFor(() => expect(input.$paste.get().kind).toBe('failed'));
    expect(input.$paste.get()).toEqual({
      kind: 'failed',
      message: 'The answers could not be read: the part that reads large pastes could not be loaded: check your connection, then reload the page.',
    });
  });

  it('a file is refused with the reason (its checks passed), and the typed answers stay', async () => {
    const { $state, input } = makeInput();
    keepMount(input.$fileStatus);
    input.setText('9\n10');
    await input.loadFile(new File(['7\n8\n'], 'scores.csv', { type: 'text/csv' }));
    const status = input.$fileStatus.get();
    expect(status.kind === 'failed' && status.problem).toEqual({ kind: 'unreadable', message: 'the part that reads files could not be loaded: check your connection, then reload the page' });
    expect([$state.get().text, status.kind === 'failed' && status.earlier.kind]).toEqual(['9\n10', 'kept']);
  });
});
