import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSequentialIds } from '../../src/lib/text/id.ts';
import { addLaneItem } from '../../src/lib/journey/lane-items';
import { renameStage } from '../../src/lib/journey/stage-operations';
import {
  $activeJourneyMap,
  $journeyCollection,
  $journeyMaps,
  $journeySaveState,
  changeMap,
  createMap,
  deleteMap,
  discardSetAsideMap,
  duplicateMap,
  importMaps,
  nextJourneyId,
  restoreMap,
  selectMap,
  setJourneyClockForTests,
  syncMapPersonaNames,
} from '../../src/stores/journey-maps';
import { setStorageForTests } from '../../src/stores/persisted-atom';
import { $storageNotices } from '../../src/stores/storage-notices';
import { makeMap } from '../lib/journey/make-map';
import { memoryStorage } from '../support/memory-storage.ts';

let storage: ReturnType<typeof memoryStorage>;
let clock: number;

// The collection's parser loads on first use (it brings zod): once per file, as a page does after first render.
beforeAll(() => $journeyCollection.ready());

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  $storageNotices.set([]);
  clock = Date.parse('2025-03-01T10:00:00.000Z');
  setJourneyClockForTests({ createId: createSequentialIds('id'), now: () => new Date((clock += 60_000)) });
  keepMount($journeyCollection);
  $journeyCollection.set({ maps: [], activeMapId: null, setAside: [] });
});

afterEach(() => {
  cleanStores($journeyCollection, $journeyMaps, $activeJourneyMap, $journeySaveState);
  setStorageForTests(undefined);
});

const saved = () => JSON.parse(storage.data.get('touchpoint:journey-maps') ?? 'null') as { v: number; data: { maps: { scenario: string }[]; activeMapId: string } };

describe('the journey maps store', () => {
  it('makes a map from a template for a persona, opens it and saves it under a versioned key', async () => {
    const result = await createMap({ templateId: 'saas-onboarding', persona: { personaId: 'abc', name: 'Sam' } });
    if (!result.ok) throw new Error('not created');
    expect($activeJourneyMap.get()?.id).toBe(result.value.id);
    expect(result.value.stages[0]?.name).toBe('Sign-up');
    expect(saved().v).toBe(2);
    expect(saved().data.maps[0]?.scenario).toBe('Getting started with a new software tool');
    expect(saved().data.activeMapId).toBe(result.value.id);
  });

  it('makes a blank map with its scenario, and refuses a map without a persona or template', async () => {
    const blank = await createMap({ templateId: 'blank', persona: { personaId: '', name: 'Ana' }, scenario: 'Renewing a subscription' });
    expect(blank.ok && blank.value.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(blank.ok && blank.value.scenario).toBe('Renewing a subscription');
    expect(await createMap({ templateId: 'blank', persona: { personaId: '', name: ' ' } })).toEqual({ ok: false, error: { kind: 'empty-persona' } });
    expect(await createMap({ templateId: 'nope', persona: { personaId: '', name: 'Ana' } })).toEqual({ ok: false, error: { kind: 'no-such-template', templateId: 'nope' } });
    const named = await createMap({ templateId: 'service-complaint', persona: { personaId: '', name: 'Ana' }, scenario: 'Lost parcel' });
    expect(named.ok && named.value.scenario).toBe('Lost parcel');
  });

  it('says so, and makes nothing, when a template’s stages cannot be loaded (offline before the site was cached)', async () => {
    vi.doMock('../../src/lib/journey/journey-template-stages.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      expect(await createMap({ templateId: 'saas-onboarding', persona: { personaId: '', name: 'Ana' } })).toEqual({ ok: false, error: { kind: 'template-unavailable' } });
      expect($journeyCollection.get().maps).toEqual([]);
    } finally {
      vi.doUnmock('../../src/lib/journey/journey-template-stages.ts');
    }
    expect((await createMap({ templateId: 'saas-onboarding', persona: { personaId: '', name: 'Ana' } })).ok).toBe(true);
  });

  it('refuses a 51st map', async () => {
    $journeyCollection.set({ maps: Array.from({ length: 50 }, (_unused, index) => makeMap({ id: `m${index}` })), activeMapId: 'm0', setAside: [] });
    expect(await createMap({ templateId: 'blank', persona: { personaId: '', name: 'Ana' } })).toEqual({ ok: false, error: { kind: 'too-many-maps', limit: 50 } });
    expect(duplicateMap('m0')).toEqual({ ok: false, error: { kind: 'too-many-maps', limit: 50 } });
  });

  it('changes a map through lib functions and stamps the change time', async () => {
    const created = await createMap({ templateId: 'blank', persona: { personaId: '', name: 'Ana' } });
    if (!created.ok) throw new Error('not created');
    const stageId = created.value.stages[0]?.id ?? '';
    changeMap(created.value.id, (map) => renameStage(map, stageId, 'Discover'));
    changeMap(created.value.id, (map) => {
      const added = addLaneItem(map, stageId, 'painPoints', { id: nextJourneyId(), text: 'No reviews', severity: 'medium' });
      return added.ok ? added.value : map;
    });
    const map = $activeJourneyMap.get();
    expect(map?.stages[0]?.name).toBe('Discover');
    expect(map?.stages[0]?.painPoints[0]?.text).toBe('No reviews');
    expect(map?.createdAt).toBe('2025-03-01T10:01:00.000Z');
    expect(map?.updatedAt).toBe('2025-03-01T10:03:00.000Z');
  });

  it('writes nothing when a change returns the same map, or for a missing map', async () => {
    const created = await createMap({ templateId: 'blank', persona: { personaId: '', name: 'Ana' } });
    if (!created.ok) throw new Error('not created');
    const before = storage.data.get('touchpoint:journey-maps');
    changeMap(created.value.id, (map) => map);
    changeMap('nope', (map) => ({ ...map, scenario: 'x' }));
    expect(storage.data.get('touchpoint:journey-maps')).toBe(before);
  });

  it('switches between maps and keeps the choice', async () => {
    const first = await createMap({ templateId: 'blank', persona: { personaId: '', name: 'Ana' } });
    await createMap({ templateId: 'blank', persona: { personaId: '', name: 'Bo' } });
    if (!first.ok) throw new Error('not created');
    selectMap(first.value.id);
    expect($activeJourneyMap.get()?.id).toBe(first.value.id);
    selectMap('nope');
    expect($activeJourneyMap.get()?.id).toBe(first.value.id);
  });

  it('duplicates a map next to the original, and deletes with undo', () => {
    $journeyCollection.set({ maps: [makeMap({ id: 'a' }), makeMap({ id: 'b' })], activeMapId: 'a', setAside: [] });
    const copy = duplicateMap('a');
    expect(copy.ok && copy.value.scenario).toBe('First purchase online (copy)');
    expect($journeyMaps.get().map((map) => map.id)).toEqual(['a', 'id1', 'b']);
    expect(duplicateMap('nope')).toEqual({ ok: false, error: { kind: 'missing' } });

    const deleted = deleteMap('id1');
    if (!deleted) throw new Error('not deleted');
    expect($journeyMaps.get().map((map) => map.id)).toEqual(['a', 'b']);
    expect($activeJourneyMap.get()?.id).toBe('b');
    restoreMap(deleted);
    expect($journeyMaps.get().map((map) => map.id)).toEqual(['a', 'id1', 'b']);
    expect($activeJourneyMap.get()?.id).toBe('id1');
    expect(deleteMap('nope')).toBeUndefined();
  });

  it('opens nothing after the last map is deleted, and restores under a new id if the old one was taken', () => {
    $journeyCollection.set({ maps: [makeMap({ id: 'a' })], activeMapId: 'a', setAside: [] });
    const deleted = deleteMap('a');
    if (!deleted) throw new Error('not deleted');
    expect($activeJourneyMap.get()).toBeNull();
    $journeyCollection.set({ maps: [makeMap({ id: 'a', scenario: 'Other' })], activeMapId: 'a', setAside: [] });
    expect(restoreMap(deleted).id).toBe('id1');
  });

  it('imports maps, asking before replacing, and opens the first one added', () => {
    $journeyCollection.set({ maps: [makeMap({ id: 'a' })], activeMapId: 'a', setAside: [] });
    const result = importMaps([makeMap({ id: 'a', scenario: 'Theirs' }), makeMap({ id: 'c' })], new Map());
    expect(result.ok && result.value.added.map((map) => map.scenario)).toEqual(['Theirs (imported)', 'First purchase online']);
    expect($journeyMaps.get()).toHaveLength(3);
    expect($activeJourneyMap.get()?.scenario).toBe('Theirs (imported)');
    importMaps([makeMap({ id: 'a', scenario: 'Replaced' })], new Map([[0, 'replace']]));
    expect($journeyMaps.get()[0]?.scenario).toBe('Replaced');
  });

  it('follows persona renames without touching maps of deleted personas', () => {
    $journeyCollection.set({ maps: [makeMap({ id: 'a' })], activeMapId: 'a', setAside: [] });
    const before = $journeyCollection.get();
    syncMapPersonaNames([]);
    expect($journeyCollection.get()).toBe(before);
    syncMapPersonaNames([{ id: 'persona1', name: 'Ana Lima' }]);
    expect($journeyMaps.get()[0]?.personas[0]?.name).toBe('Ana Lima');
  });

  it('keeps an unreadable saved map aside until the person discards it', () => {
    storage.data.set(
      'touchpoint:journey-maps',
      JSON.stringify({ v: 1, data: { maps: [makeMap({ id: 'a' }), { id: 'b', scenario: 'Broken', stages: 'x' }], activeMapId: 'a' } }),
    );
    cleanStores($journeyCollection);
    keepMount($journeyCollection);
    expect($journeyMaps.get().map((map) => map.id)).toEqual(['a']);
    expect($journeyCollection.get().setAside[0]?.label).toBe('Broken');
    discardSetAsideMap(0);
    expect($journeyCollection.get().setAside).toEqual([]);
  });

  it('keeps working in memory and says so when storage is full', async () => {
    storage.full = true;
    const created = await createMap({ templateId: 'blank', persona: { personaId: '', name: 'Ana' } });
    expect(created.ok).toBe(true);
    expect($journeyMaps.get()).toHaveLength(1);
    expect($journeySaveState.get()).toBe('not-saved');
    expect($storageNotices.get()[0]).toMatchObject({ kind: 'write-failed', key: 'touchpoint:journey-maps' });
  });
});
