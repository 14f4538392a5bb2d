// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapBuilder, journeyMapParts } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { $journeyCollection } from '../../../src/stores/journey-maps.ts';
import { makeMap } from '../../lib/journey/make-map.ts';
import { releaseJourneyState, resetJourneyState } from './setup.ts';

// This file does not load the map's parts up front (the other builder tests do): it checks what the page shows
// while they arrive after the first render.
beforeEach(() => {
  resetJourneyState();
});
afterEach(() => {
  cleanup();
  releaseJourneyState();
});

describe('the open map’s views, loaded after the first render', () => {
  it('shows the map’s title and says it is loading until the views arrive, then shows them', async () => {
    expect(journeyMapParts.get()).toBeNull();
    $journeyCollection.set({ maps: [makeMap()], activeMapId: 'map1', setAside: [] });
    render(<JourneyMapBuilder />);
    expect(screen.getByRole('heading', { level: 2, name: 'First purchase online' })).toBeTruthy();
    expect(screen.getByText('Loading the map…')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'The map' })).toBeTruthy();
    expect(screen.queryByText('Loading the map…')).toBeNull();
    expect(journeyMapParts.get()).not.toBeNull();
  });
});
