// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapBuilder } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { $journeyCollection } from '../../../src/stores/journey-maps.ts';
import { makeMap } from '../../lib/journey/make-map.ts';
import { loadJourneyMapParts, releaseJourneyState, resetJourneyState, savedMaps } from './setup.ts';
import type { MemoryStorage } from '../../support/memory-storage.ts';

let storage: MemoryStorage;


beforeAll(loadJourneyMapParts);
beforeEach(() => {
  storage = resetJourneyState();
  $journeyCollection.set({ maps: [makeMap()], activeMapId: 'map1', setAside: [] });
});
afterEach(() => {
  cleanup();
  releaseJourneyState();
});

describe('the stage editor', () => {
  it('adds touchpoints with a channel, an owner and an emotion, and extends the list of channels', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    const touchpoints = screen.getByRole('group', { name: 'Touchpoints and channels' });
    await user.click(within(touchpoints).getByRole('button', { name: 'Add touchpoint' }));
    expect(document.activeElement).toBe(within(touchpoints).getByLabelText('Touchpoint'));
    await user.type(within(touchpoints).getByLabelText('Touchpoint'), 'Store kiosk');
    await user.type(within(touchpoints).getByLabelText('Add a channel to the list'), 'Kiosk{Enter}');
    expect(within(touchpoints).getByRole('status').textContent).toBe('Added “Kiosk” to the channels of this map.');
    const channel = within(touchpoints).getByLabelText('Channel') as HTMLSelectElement;
    expect([...channel.options].map((option) => option.textContent)).toEqual([
      'Not set',
      'Website',
      'App',
      'Store',
      'Phone',
      'Email',
      'Chat',
      'Social media',
      'In person',
      'Kiosk',
    ]);
    await user.selectOptions(channel, 'Kiosk');
    await user.type(within(touchpoints).getByLabelText('Owner (team)'), 'Retail ops');
    await user.selectOptions(within(touchpoints).getByLabelText('Emotion here'), '-1');

    await user.type(within(touchpoints).getByLabelText('Add a channel to the list'), 'kiosk');
    await user.click(within(touchpoints).getByRole('button', { name: 'Add channel' }));
    expect(within(touchpoints).getByRole('status').textContent).toMatch(/is already in the list of channels\.$/);

    const canvas = screen.getByRole('region', { name: 'Journey map canvas (scrolls sideways)' });
    const cell = canvas.querySelector('.jm-canvas__cell--touchpoints') as HTMLElement;
    expect(cell.textContent).toBe('Touchpoints and channels, Awareness: Store kioskKioskOwner: Retail opsEmotion −1 (negative)');
    expect((canvas.querySelector('.jm-canvas__cell--owners') as HTMLElement).textContent).toContain('Retail ops');
    // A stage scored only through its touchpoints takes their average on the curve.
    expect((canvas.querySelector('.jm-canvas__cell--emotion') as HTMLElement).textContent).toContain('Ana, as is (touchpoint average): −1 (negative)');
    expect(savedMaps(storage)[0]?.['customChannels']).toEqual(['Kiosk']);
  });

  it('removes an item with a button named after it, and moves focus to the lane’s add button', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    const touchpoints = screen.getByRole('group', { name: 'Touchpoints and channels' });
    const add = within(touchpoints).getByRole('button', { name: 'Add touchpoint' });
    await user.click(add);
    await user.click(add);
    expect(within(touchpoints).getAllByLabelText('Touchpoint')).toHaveLength(2);
    await user.click(within(touchpoints).getByRole('button', { name: /^Remove\s?touchpoint 2$/ }));
    expect(within(touchpoints).getAllByLabelText('Touchpoint')).toHaveLength(1);
    expect(within(touchpoints).queryByRole('button', { name: /^Remove\s?touchpoint 2$/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(add));
  });

  it('names a stage whose name was cleared by its place, so no column is blank', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.click(screen.getByRole('button', { name: '2. Consideration' }));
    await user.clear(screen.getByLabelText('Stage name'));
    expect(screen.getByRole('heading', { level: 3, name: 'Stage 2 of 3: Stage 2' })).toBeTruthy();
    expect([...document.querySelectorAll('.jm-canvas__stage-name')].map((heading) => heading.textContent)).toEqual([
      'Stage 1: Awareness',
      'Stage 2: Stage 2',
      'Stage 3: Purchase',
    ]);
  });

  it('scores each persona’s emotion at a stage, as is and to be', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.selectOptions(screen.getByLabelText('Ana, as is'), '-2');
    await user.selectOptions(screen.getByLabelText('Ana, to be'), '1');
    expect(savedMaps(storage)[0]?.stages[0]?.['emotions']).toEqual([
      { personaKey: 'p1', curve: 'as-is', score: -2 },
      { personaKey: 'p1', curve: 'to-be', score: 1 },
    ]);
    await user.selectOptions(screen.getByLabelText('Ana, to be'), '');
    expect(savedMaps(storage)[0]?.stages[0]?.['emotions']).toEqual([{ personaKey: 'p1', curve: 'as-is', score: -2 }]);
  });
});
