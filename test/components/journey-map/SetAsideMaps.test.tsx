// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapBuilder } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { $journeyCollection } from '../../../src/stores/journey-maps.ts';
import { makeMap } from '../../lib/journey/make-map.ts';
import { releaseJourneyState, resetJourneyState } from './setup.ts';

beforeEach(() => {
  resetJourneyState();
});
afterEach(() => {
  cleanup();
  releaseJourneyState();
});

describe('saved maps that cannot be read', () => {
  it('are kept aside with the reason, to download before discarding, while the readable maps open', async () => {
    const raw = '{"id":"broken","stages":[]}';
    $journeyCollection.set({
      maps: [makeMap()],
      activeMapId: 'map1',
      setAside: [{ label: 'Renewal', reason: 'stages: a map needs at least one stage', raw }],
    });
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^One saved map could not be read, so it is kept aside/);
    expect(alert.textContent).toContain('Renewal: stages: a map needs at least one stage');
    const download = screen.getByRole('link', { name: 'Download map 1, “Renewal”' });
    expect(download.getAttribute('href')).toBe(`data:application/json;charset=utf-8,${encodeURIComponent(raw)}`);
    expect(screen.getByRole('heading', { level: 2, name: 'First purchase online' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Discard map 1, “Renewal”' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect($journeyCollection.get().setAside).toEqual([]);
  });

  it('give each entry buttons of its own, even when entries share a label', async () => {
    const entry = { label: 'A map without a scenario', reason: 'stages: a map needs at least one stage', raw: '{}' };
    $journeyCollection.set({ maps: [], activeMapId: null, setAside: [entry, { ...entry, raw: '{"second":true}' }] });
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    expect(screen.getByRole('alert').textContent).toMatch(/^2 saved maps could not be read, so they are kept aside/);
    const second = screen.getByRole('link', { name: 'Download map 2, “A map without a scenario”' });
    expect(second.getAttribute('download')).toBe('journey-map-kept-aside-2.json');
    expect(second.getAttribute('href')).toContain(encodeURIComponent('{"second":true}'));
    await user.click(screen.getByRole('button', { name: 'Discard map 1, “A map without a scenario”' }));
    expect($journeyCollection.get().setAside).toEqual([{ ...entry, raw: '{"second":true}' }]);
    expect(screen.getByRole('link', { name: 'Download map 1, “A map without a scenario”' }).getAttribute('href')).toContain(encodeURIComponent('{"second":true}'));
  });
});
