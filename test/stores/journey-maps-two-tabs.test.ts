/**
 * Two tabs editing the same journey map: the store under test is "this tab"; the other tab writes the shared
 * storage and a `storage` event arrives here, as in the browser.
 */
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/lib/journey/journey-map-schema';
import { JOURNEY_MAP_VERSION } from '../../src/lib/journey/journey-migrations';
import { encodeEnvelope } from '../../src/lib/storage/stored-envelope';
import {
  $journeyCollection,
  $journeyEditConflict,
  changeMap,
  resolveJourneyMapEditConflict,
  watchJourneyMapEdits,
} from '../../src/stores/journey-maps';
import { resetItemEditSyncForTests } from '../../src/stores/item-edit-sync';
import { setStorageForTests } from '../../src/stores/persisted-atom';
import { makeMap } from '../lib/journey/make-map';
import { tabStorage, type TabStorage } from '../support/memory-storage.ts';

const KEY = 'touchpoint:journey-maps';
let tabs: TabStorage;
let unwatch: (() => void) | undefined;
const first = makeMap({ id: 'map1', scenario: 'First purchase' });
const second = makeMap({ id: 'map2', scenario: 'Returns' });

function otherTabSaves(maps: readonly JourneyMap[], activeMapId: string): void {
  tabs.otherTabWrites(KEY, encodeEnvelope(JOURNEY_MAP_VERSION, { maps, activeMapId, setAside: [] }));
}
const stored = () => (JSON.parse(tabs.storage.data.get(KEY) ?? 'null') as { data: { maps: JourneyMap[] } }).data.maps;

// The collection's parser loads on first use (it brings zod): once per file, as a page does after first render.
beforeAll(() => $journeyCollection.ready());

beforeEach(() => {
  resetItemEditSyncForTests();
  tabs = tabStorage();
  setStorageForTests(tabs.storage, tabs.events);
  keepMount($journeyCollection);
  $journeyCollection.set({ maps: [first, second], activeMapId: 'map1', setAside: [] });
});

afterEach(() => {
  unwatch?.();
  unwatch = undefined;
  cleanStores($journeyCollection);
  setStorageForTests(undefined);
});

describe('two tabs editing one journey map', () => {
  it('combines a scenario edit here with a persona rename there, and keeps the map this tab has open', () => {
    unwatch = watchJourneyMapEdits('map1');
    changeMap('map1', (map) => ({ ...map, scenario: 'First purchase online' }));
    otherTabSaves([{ ...first, personas: [{ key: 'p1', personaId: 'persona1', name: 'Ana Lima' }], updatedAt: '2030-01-01T00:00:00.000Z' }, second], 'map2');
    expect($journeyEditConflict.get()).toBeUndefined();
    expect(stored()[0]).toMatchObject({ scenario: 'First purchase online', personas: [{ name: 'Ana Lima' }] });
    expect($journeyCollection.get().activeMapId).toBe('map1');
  });

  it('asks when both changed the scenario, and keeps both as copies when chosen', () => {
    unwatch = watchJourneyMapEdits('map1');
    changeMap('map1', (map) => ({ ...map, scenario: 'Mine' }));
    otherTabSaves([{ ...first, scenario: 'Theirs', updatedAt: '2030-01-01T00:00:00.000Z' }, second], 'map1');
    expect($journeyEditConflict.get()).toMatchObject({ kind: 'changed', id: 'map1', fields: ['scenario'] });
    expect($journeyCollection.get().maps[0]?.scenario).toBe('Mine');
    expect(stored()[0]?.scenario).toBe('Theirs');
    resolveJourneyMapEditConflict('keep-both');
    expect(stored().map((map) => map.scenario)).toEqual(['Mine', 'Theirs (other tab)', 'Returns']);
  });

  it('keeps a map deleted in another tab open here until the person chooses', () => {
    unwatch = watchJourneyMapEdits('map1');
    otherTabSaves([second], 'map2');
    expect($journeyEditConflict.get()).toMatchObject({ kind: 'deleted', id: 'map1' });
    expect($journeyCollection.get().maps.map((map) => map.id)).toEqual(['map2', 'map1']);
    resolveJourneyMapEditConflict('restore');
    expect(stored().map((map) => map.id)).toEqual(['map2', 'map1']);
  });
});
