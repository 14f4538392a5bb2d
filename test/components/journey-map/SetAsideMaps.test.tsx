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
    expect(alert.textContent).toMatch(/^One saved map could not be read and is kept aside/);
    expect(alert.textContent).toContain('Renewal: stages: a map needs at least one stage');
    const download = screen.getByRole('link', { name: /^Download\s?“Renewal”$/ });
    expect(download.getAttribute('href')).toBe(`data:application/json;charset=utf-8,${encodeURIComponent(raw)}`);
    expect(screen.getByRole('heading', { level: 2, name: 'First purchase online' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Discard\s?“Renewal”$/ }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect($journeyCollection.get().setAside).toEqual([]);
  });
});
