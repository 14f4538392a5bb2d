// @vitest-environment jsdom
import { act, cleanup, waitFor } from '@testing-library/react';
import { cleanStores } from 'nanostores';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SavedDataGate } from '../../../src/components/shared/SavedDataGate';
import { ok } from '../../../src/lib/result';
import { persistedAtom, setStorageForTests } from '../../../src/stores/persisted-atom';
import { memoryStorage, type MemoryStorage } from '../../support/memory-storage.ts';

let storage: MemoryStorage;

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
});

afterEach(() => {
  cleanup();
  setStorageForTests(undefined);
});

/** A store whose validator arrives when the test says (as a lazily loaded schema chunk does). */
function createDraftStore(key: string) {
  let arrive: () => void = () => {
    throw new Error('no load was asked for');
  };
  const parse = (data: unknown) => ok(data as { text: string });
  const $draft = persistedAtom<{ text: string }>({
    key,
    version: 1,
    initial: { text: '' },
    parse: { load: () => new Promise((resolve) => (arrive = () => resolve(parse))) },
  });
  return { $draft, arrive: () => arrive() };
}

/** The server's HTML of a form in the gate, hydrated in the page; returns its fieldset and input. */
async function hydrateGate(stores: readonly { readonly storageKey: string }[]) {
  const form = () => (
    <SavedDataGate stores={stores}>
      <input aria-label="Figure" />
    </SavedDataGate>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(form());
  document.body.append(container);
  const fieldset = container.querySelector('fieldset') as HTMLFieldSetElement;
  const input = container.querySelector('input') as HTMLInputElement;
  const serverDisabled = fieldset.disabled;
  const errors: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, form(), { onRecoverableError: (error) => errors.push(error) });
  });
  return { fieldset, input, serverDisabled, errors };
}

describe('SavedDataGate', () => {
  it('is disabled in the server’s HTML, and opens once hydrated when nothing is saved', async () => {
    const { $draft } = createDraftStore('gate-empty');
    const { fieldset, input, serverDisabled, errors } = await hydrateGate([$draft]);
    expect(serverDisabled).toBe(true);
    expect(fieldset.disabled).toBe(false);
    expect(input.matches(':disabled')).toBe(false);
    expect(errors).toEqual([]);
    cleanStores($draft);
  });

  it('stays disabled while saved data is read, so nothing typed is replaced by it, and opens when it is in', async () => {
    storage.data.set('touchpoint:gate-saved', '{"v":1,"data":{"text":"saved yesterday"}}');
    const { $draft, arrive } = createDraftStore('gate-saved');
    const other = createDraftStore('gate-other');
    const { fieldset, input, errors } = await hydrateGate([$draft, other.$draft]);
    expect(fieldset.disabled).toBe(true);
    expect(input.matches(':disabled')).toBe(true);
    // Mounted by the island (here by the test): the validator is asked for, and the saved text read once it is in.
    const unsubscribe = $draft.listen(() => {});
    act(() => arrive());
    await waitFor(() => expect(fieldset.disabled).toBe(false));
    expect($draft.get()).toEqual({ text: 'saved yesterday' });
    expect(input.matches(':disabled')).toBe(false);
    expect(errors).toEqual([]);
    unsubscribe();
    cleanStores($draft, other.$draft);
  });

  it('waits only for its own stores', async () => {
    storage.data.set('touchpoint:gate-elsewhere', '{"v":1,"data":{"text":"another island’s"}}');
    const elsewhere = createDraftStore('gate-elsewhere');
    const own = createDraftStore('gate-own');
    const { fieldset } = await hydrateGate([own.$draft]);
    expect(fieldset.disabled).toBe(false);
    cleanStores(elsewhere.$draft, own.$draft);
  });
});
