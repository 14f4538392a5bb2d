// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapBuilder } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { decodeJourneyShareCode, encodeJourneyShareCode } from '../../../src/lib/journey/share-code.ts';
import { $journeyCollection, $journeyMaps } from '../../../src/stores/journey-maps.ts';
import { makeMap } from '../../lib/journey/make-map.ts';
import { loadJourneyMapParts, releaseJourneyState, resetJourneyState, savedMaps } from './setup.ts';
import type { MemoryStorage } from '../../support/memory-storage.ts';

let storage: MemoryStorage;


beforeAll(loadJourneyMapParts);
beforeEach(() => {
  storage = resetJourneyState();
});
afterEach(() => {
  cleanup();
  releaseJourneyState();
});

describe('keeping and sharing a map', () => {
  it('makes a share link that carries the map in the fragment, and drops it after a change', async () => {
    $journeyCollection.set({ maps: [makeMap()], activeMapId: 'map1', setAside: [] });
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.click(screen.getByRole('button', { name: 'Make a share link' }));
    const link = (await screen.findByLabelText(/^Share link/)) as HTMLInputElement;
    const url = new URL(link.value);
    expect(url.pathname).toBe('/tools/journey-map/');
    expect(url.hash).toMatch(/^#map=/);
    const decoded = await decodeJourneyShareCode(url.hash.slice('#map='.length));
    expect(decoded).toEqual({ ok: true, value: makeMap() });

    await user.type(screen.getByRole('textbox', { name: 'Scenario' }), '!');
    await waitFor(() => expect(screen.queryByLabelText(/^Share link/)).toBeNull());
    expect(screen.getByRole('button', { name: 'Make a share link' })).toBeTruthy();
  });

  it('offers a shared map before adding it, and adds it only when asked', async () => {
    const code = await encodeJourneyShareCode(makeMap());
    window.history.replaceState(null, '', `/tools/journey-map/#map=${code}`);
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await screen.findByRole('heading', { name: 'A journey map was shared with you' });
    expect(screen.getByText(/“First purchase online” for Ana: 3 stages, 0 pain points, 0 opportunities/)).toBeTruthy();
    expect(savedMaps(storage)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add to my maps' }));
    expect($journeyMaps.get()).toHaveLength(1);
    expect(window.location.hash).toBe('');
    expect(screen.getByRole('heading', { level: 2, name: 'First purchase online' })).toBeTruthy();
  });

  it('asks whether to keep both or replace when the shared map is already here', async () => {
    $journeyCollection.set({ maps: [makeMap({ scenario: 'Mine' })], activeMapId: 'map1', setAside: [] });
    const code = await encodeJourneyShareCode(makeMap());
    window.history.replaceState(null, '', `/tools/journey-map/#map=${code}`);
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await screen.findByText(/You already have this map \(“Mine”/);
    await user.click(screen.getByRole('button', { name: 'Replace mine' }));
    expect($journeyMaps.get().map((map) => map.scenario)).toEqual(['First purchase online']);
  });

  it('says a broken share link could not be opened, and changes nothing', async () => {
    $journeyCollection.set({ maps: [makeMap()], activeMapId: 'map1', setAside: [] });
    window.history.replaceState(null, '', '/tools/journey-map/#map=1.garbage');
    render(<JourneyMapBuilder />);
    await screen.findByRole('heading', { name: 'The shared map could not be opened' });
    expect(screen.getByText('Nothing was added and your own maps are unchanged.')).toBeTruthy();
    expect($journeyMaps.get()).toEqual([makeMap()]);
  });

  it('prints on the landscape paper chosen', async () => {
    $journeyCollection.set({ maps: [makeMap()], activeMapId: 'map1', setAside: [] });
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    const pageRule = () => document.querySelector('.jm > style')?.textContent;
    expect(pageRule()).toBe('@page { size: A4 landscape; margin: 10mm; }');
    await user.selectOptions(screen.getByLabelText('Paper (landscape)'), 'A3');
    expect(pageRule()).toBe('@page { size: A3 landscape; margin: 10mm; }');
  });

  it('deletes a map after asking, with an undo', async () => {
    $journeyCollection.set({ maps: [makeMap(), makeMap({ id: 'map2', scenario: 'Renewal' })], activeMapId: 'map1', setAside: [] });
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.click(screen.getByRole('button', { name: 'Delete map' }));
    expect($journeyMaps.get()).toHaveLength(2);
    const question = screen.getByRole('group', { name: /^Delete “First purchase online \(Ana\)”\?/ });
    await user.click(question.querySelector('#jm-confirm-delete-map') as HTMLElement);
    expect($journeyMaps.get().map((map) => map.id)).toEqual(['map2']);
    expect(screen.getByRole('heading', { level: 2, name: 'Renewal' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect($journeyMaps.get().map((map) => map.id)).toEqual(['map1', 'map2']);
  });
});
