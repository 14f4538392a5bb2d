// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapEditConflict } from '../../../src/components/journey-map/JourneyMapEditConflict.tsx';
import type { JourneyMap } from '../../../src/lib/journey/journey-map-schema';
import { JOURNEY_MAP_VERSION } from '../../../src/lib/journey/journey-migrations';
import { encodeEnvelope } from '../../../src/lib/storage/stored-envelope';
import { resetItemEditSyncForTests } from '../../../src/stores/item-edit-sync';
import { $journeyCollection, changeMap } from '../../../src/stores/journey-maps';
import { setStorageForTests } from '../../../src/stores/persisted-atom';
import { makeMap } from '../../lib/journey/make-map';
import { tabStorage, type TabStorage } from '../../support/memory-storage.ts';

const KEY = 'touchpoint:journey-maps';
const first = makeMap({ id: 'map1', scenario: 'First purchase' });
let tabs: TabStorage;

function otherTabSaves(maps: readonly JourneyMap[]): void {
  tabs.otherTabWrites(KEY, encodeEnvelope(JOURNEY_MAP_VERSION, { maps, activeMapId: 'map1', setAside: [] }));
}

beforeAll(() => $journeyCollection.ready());

beforeEach(() => {
  resetItemEditSyncForTests();
  tabs = tabStorage();
  setStorageForTests(tabs.storage, tabs.events);
  keepMount($journeyCollection);
  $journeyCollection.set({ maps: [first], activeMapId: 'map1', setAside: [] });
});

afterEach(() => {
  cleanup();
  cleanStores($journeyCollection);
  setStorageForTests(undefined);
});

describe('JourneyMapEditConflict', () => {
  it('moves focus to the map’s heading once a choice is made, not to the page', () => {
    render(
      <>
        <h2 id="jm-map-heading" tabIndex={-1}>
          First purchase
        </h2>
        <JourneyMapEditConflict mapId="map1" />
      </>,
    );
    act(() => {
      changeMap('map1', (map) => ({ ...map, scenario: 'Mine' }));
      otherTabSaves([{ ...first, scenario: 'Theirs', updatedAt: '2030-01-01T00:00:00.000Z' }]);
    });
    const keepBoth = screen.getByRole('button', { name: 'Keep both as copies' });
    keepBoth.focus();
    fireEvent.click(keepBoth);
    expect(screen.queryByRole('button', { name: 'Keep both as copies' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'First purchase' }));
  });
});
