import { cleanStores, keepMount } from 'nanostores';
import { journeyMapParts } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { $journeyImportState } from '../../../src/stores/journey-import.ts';
import { createSequentialIds } from '../../../src/lib/text/id.ts';
import { $activeJourneyMap, $journeyCollection, $journeyMaps, $journeySaveState, setJourneyClockForTests } from '../../../src/stores/journey-maps.ts';
import { setStorageForTests } from '../../../src/stores/persisted-atom.ts';
import { $personaCollection, $personas, $personaSaveState, $personaSummaries } from '../../../src/stores/personas.ts';
import { $storageNotices } from '../../../src/stores/storage-notices.ts';
import { memoryStorage, type MemoryStorage } from '../../support/memory-storage.ts';

/** Fresh storage, empty maps and personas, predictable ids and times, no fragment in the address. */
export function resetJourneyState(): MemoryStorage {
  const storage = memoryStorage();
  setStorageForTests(storage);
  keepMount($journeyCollection);
  keepMount($personaCollection);
  $journeyCollection.set({ maps: [], activeMapId: null, setAside: [] });
  $personaCollection.set({ personas: [], setAside: [] });
  $storageNotices.set([]);
  $journeyImportState.set({ kind: 'idle' });
  let clock = Date.parse('2025-03-01T10:00:00.000Z');
  setJourneyClockForTests({ createId: createSequentialIds('id'), now: () => new Date((clock += 60_000)) });
  storage.data.clear();
  window.history.replaceState(null, '', '/tools/journey-map/');
  return storage;
}

export function releaseJourneyState(): void {
  // Computed stores too: a computed store left mounted would keep listening to a cleaned one.
  cleanStores($journeyCollection, $journeyMaps, $activeJourneyMap, $journeySaveState, $personaCollection, $personas, $personaSummaries, $personaSaveState);
  setStorageForTests(undefined);
}

/** The maps saved in storage. */
export function savedMaps(storage: MemoryStorage): { scenario: string; stages: { name: string; [key: string]: unknown }[]; [key: string]: unknown }[] {
  return (JSON.parse(storage.data.get('touchpoint:journey-maps') ?? '{"data":{"maps":[]}}') as { data: { maps: never[] } }).data.maps;
}

/**
 * Load the open map's views and editors (the page loads them after its first render): once loaded, the builder
 * renders a map at once, so a test can act on it without waiting. JourneyMapParts.test.tsx covers the wait.
 */
export async function loadJourneyMapParts(): Promise<void> {
  await journeyMapParts.load();
}
