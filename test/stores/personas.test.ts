import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PERSONAS } from '../../src/lib/persona/persona-limits';
import { setStorageForTests } from '../../src/stores/persisted-atom';
import {
  $personaCollection,
  $personaSaveState,
  $personas,
  $personaSummaries,
  addPersona,
  deletePersona,
  discardSetAsidePersona,
  duplicatePersona,
  getPersonaById,
  importPersonas,
  renamePersona,
  restorePersona,
  setPersonaPriority,
  updatePersona,
} from '../../src/stores/personas';
import { $storageNotices } from '../../src/stores/storage-notices';
import { makePersona } from '../lib/persona/make-persona';
import { memoryStorage } from '../support/memory-storage.ts';

let storage: ReturnType<typeof memoryStorage>;

// The collection's parser loads on first use (it brings zod): once per file, as a page does after first render.
beforeAll(() => $personaCollection.ready());

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  $storageNotices.set([]);
  keepMount($personaCollection);
  $personaCollection.set({ personas: [], setAside: [] });
});

afterEach(() => {
  cleanStores($personaCollection, $personas, $personaSummaries, $personaSaveState);
  setStorageForTests(undefined);
});

const saved = () => JSON.parse(storage.data.get('touchpoint:personas') ?? 'null') as { v: number; data: { personas: { name: string }[] } };

describe('the personas store', () => {
  it('adds a persona from a template or blank, and saves it under a versioned key', async () => {
    const fromTemplate = await addPersona('busy-shopper');
    const blank = await addPersona('blank');
    expect(fromTemplate.ok && fromTemplate.value.name).toBe('Maya Chen');
    expect(blank.ok && blank.value.name).toBe('New persona');
    expect(saved().v).toBe(1);
    expect(saved().data.personas.map((persona) => persona.name)).toEqual(['Maya Chen', 'New persona']);
    expect(await addPersona('no-such-template')).toEqual({ ok: false, error: { kind: 'missing' } });
  });

  it('says so, and adds nothing, when a template’s content cannot be loaded (offline before the site was cached)', async () => {
    vi.doMock('../../src/lib/persona/persona-template-content.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      expect(await addPersona('busy-shopper')).toEqual({ ok: false, error: { kind: 'unavailable' } });
      expect($personas.get()).toEqual([]);
    } finally {
      vi.doUnmock('../../src/lib/persona/persona-template-content.ts');
    }
    expect((await addPersona('busy-shopper')).ok).toBe(true);
  });

  it('refuses a new persona past the limit', async () => {
    $personaCollection.set({ personas: Array.from({ length: MAX_PERSONAS }, (_, index) => makePersona({ id: `p${index}` })), setAside: [] });
    expect(await addPersona('blank')).toEqual({ ok: false, error: { kind: 'full', limit: MAX_PERSONAS } });
  });

  it('updates, renames and reprioritises a persona, keeping its id and creation date', async () => {
    const added = await addPersona('blank');
    if (!added.ok) throw new Error('not added');
    const { id, createdAt } = added.value;
    updatePersona(id, (persona) => ({ ...persona, id: 'hijack', summary: 'Typed text' }));
    renamePersona(id, 'Sam');
    setPersonaPriority(id, 'primary');
    expect(getPersonaById(id)).toMatchObject({ id, createdAt, name: 'Sam', summary: 'Typed text', priority: 'primary' });
    expect(getPersonaById('hijack')).toBeUndefined();
  });

  it('duplicates a persona right after the original', async () => {
    await addPersona('busy-shopper');
    const second = await addPersona('blank');
    const first = $personas.get()[0];
    if (!first || !second.ok) throw new Error('not added');
    const copy = duplicatePersona(first.id);
    expect(copy.ok && copy.value.id).not.toBe(first.id);
    expect($personas.get().map((persona) => persona.name)).toEqual(['Maya Chen', 'Maya Chen (copy)', 'New persona']);
    expect(duplicatePersona('missing')).toEqual({ ok: false, error: { kind: 'missing' } });
  });

  it('deletes a persona and puts it back where it was on undo', async () => {
    await addPersona('busy-shopper');
    await addPersona('b2b-decision-maker');
    await addPersona('blank');
    const middle = $personas.get()[1];
    if (!middle) throw new Error('not added');
    const deleted = deletePersona(middle.id);
    expect($personas.get().map((persona) => persona.name)).toEqual(['Maya Chen', 'New persona']);
    if (!deleted) throw new Error('not deleted');
    restorePersona(deleted);
    expect($personas.get().map((persona) => persona.name)).toEqual(['Maya Chen', 'Daniel Okafor', 'New persona']);
    expect(getPersonaById(middle.id)).toEqual(middle);
    expect(deletePersona('missing')).toBeUndefined();
  });

  it('imports personas and asks nothing when there is no conflict', () => {
    const outcome = importPersonas([{ index: 0, persona: makePersona({ id: 'imp', name: 'Imported' }), ignored: [], filledIn: [] }], new Map());
    expect(outcome.added).toEqual(['Imported']);
    expect(getPersonaById('imp')?.name).toBe('Imported');
  });

  it('offers summaries for other islands, primary personas first', async () => {
    await addPersona('blank');
    await addPersona('busy-shopper');
    expect($personaSummaries.get().map(({ name, initials, colourHex, priority }) => ({ name, initials, colourHex, priority }))).toEqual([
      { name: 'Maya Chen', initials: 'MC', colourHex: '#0a6b5c', priority: 'primary' },
      { name: 'New persona', initials: 'NP', colourHex: '#0a6b5c', priority: 'secondary' },
    ]);
  });

  it('reads what another tab or an earlier visit saved, setting aside what it cannot read', () => {
    cleanStores($personaCollection);
    storage.data.set(
      'touchpoint:personas',
      JSON.stringify({ v: 1, data: { personas: [makePersona({ id: 'kept', name: 'Kept' }), { name: 'Broken' }] } }),
    );
    keepMount($personaCollection);
    expect($personas.get().map((persona) => persona.name)).toEqual(['Kept']);
    expect($personaCollection.get().setAside.map((entry) => entry.label)).toEqual(['Broken']);
    discardSetAsidePersona(0);
    expect($personaCollection.get().setAside).toEqual([]);
  });

  it('says so when the browser refuses to save, and keeps the change in memory', async () => {
    keepMount($personaSaveState);
    expect($personaSaveState.get()).toBe('saved');
    storage.full = true;
    const added = await addPersona('busy-shopper');
    expect(added.ok).toBe(true);
    expect($personas.get()).toHaveLength(1);
    expect($personaSaveState.get()).toBe('not-saved');
    expect($storageNotices.get()[0]).toMatchObject({ kind: 'write-failed', key: 'touchpoint:personas' });
  });
});
