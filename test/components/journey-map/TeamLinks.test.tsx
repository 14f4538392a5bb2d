// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapBuilder } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { $journeyCollection } from '../../../src/stores/journey-maps.ts';
import { makeMap, makeStage } from '../../lib/journey/make-map.ts';
import { releaseJourneyState, resetJourneyState, savedMaps } from './setup.ts';
import type { MemoryStorage } from '../../support/memory-storage.ts';

let storage: MemoryStorage;
const GUIDES = [{ slug: 'customer-journey', title: 'Customer journey mapping' }];

beforeEach(() => {
  storage = resetJourneyState();
});
afterEach(() => {
  cleanup();
  releaseJourneyState();
});

describe('a link from the assessment (?template=…&dimension=…&guide=…)', () => {
  it('opens the new-map form with the template chosen, the dimension and the guide, and creates nothing until confirmed', async () => {
    window.history.replaceState(null, '', '/tools/journey-map/?template=saas-onboarding&dimension=journeys-touchpoints&guide=customer-journey');
    $journeyCollection.set({ maps: [makeMap()], activeMapId: 'map1', setAside: [] });
    render(<JourneyMapBuilder guides={GUIDES} />);
    expect((screen.getByRole('radio', { name: /^SaaS onboarding/ }) as HTMLInputElement).checked).toBe(true);
    const notice = document.querySelector('.jm-start-link') as HTMLElement;
    expect(notice.textContent).toMatch(/The link chose the SaaS onboarding template below.*nothing is created until you do/);
    expect(notice.textContent).toMatch(/meant to improve Journey mapping & touchpoints/);
    expect(within(notice).getByRole('link', { name: 'Customer journey mapping' }).getAttribute('href')).toBe('/guides/customer-journey/');
    expect(savedMaps(storage).map((map) => map.scenario)).toEqual(['First purchase online']);

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Persona name'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Create map' }));
    await waitFor(() => expect(savedMaps(storage).map((map) => map.scenario)).toEqual(['First purchase online', 'Getting started with a new software tool']));
    // Done with the link: the query goes, so a reload opens the map.
    expect(window.location.search).toBe('');
  });

  it('says so clearly when the template does not exist', () => {
    window.history.replaceState(null, '', '/tools/journey-map/?template=onboarding');
    render(<JourneyMapBuilder guides={GUIDES} />);
    expect(screen.getByRole('alert').textContent).toMatch(/a journey template called “onboarding”, and there is no such template/);
    expect((screen.getByRole('radio', { name: /^Blank map/ }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('template emotion scores as examples', () => {
  it('marks them on the canvas and in the editor until edited or kept', async () => {
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    await user.click(screen.getByRole('radio', { name: /^E-commerce purchase/ }));
    await user.type(screen.getByLabelText('Persona name'), 'Maya');
    await user.click(screen.getByRole('button', { name: 'Create map' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Create map' })).toBeNull());
    const emotionCells = () => [...document.querySelectorAll('.jm-canvas__cell--emotion')].map((cell) => cell.textContent ?? '');
    expect(emotionCells().every((text) => /example/.test(text))).toBe(true);
    // The editor is a part the page loads after first render.
    expect((await screen.findByText(/is the template’s/)).textContent).toMatch(/example/);

    await user.selectOptions(screen.getByLabelText('Maya, as is'), '-1');
    expect(emotionCells()[0]).not.toMatch(/example/);
    expect(emotionCells()[1]).toMatch(/example/);
    expect(savedMaps(storage)[0]?.stages[0]).not.toHaveProperty('emotionIsExample');

    await user.click(screen.getByRole('button', { name: '2. Consideration' }));
    await user.click(screen.getByRole('button', { name: 'Keep it as our estimate' }));
    expect(emotionCells()[1]).not.toMatch(/example/);
    expect(document.activeElement?.id).toMatch(/-emotion-.*-as-is$/);
  });
});

describe('opportunities tagged with a maturity dimension', () => {
  it('offers the assessment’s dimensions, saves the choice, shows it and clears it with None', async () => {
    $journeyCollection.set({
      maps: [makeMap({ stages: [makeStage('s1', 'A', { opportunities: [{ id: 'o1', text: 'Close the loop', owner: '', impact: 3, effort: 3 }] })] })],
      activeMapId: 'map1',
      setAside: [],
    });
    const user = userEvent.setup();
    render(<JourneyMapBuilder />);
    const select = (await screen.findByLabelText('Improves maturity dimension')) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'None',
      'Strategy & leadership',
      'Customer understanding & personas',
      'Journey mapping & touchpoints',
      'Measurement & metrics',
      'Voice of the customer & closing the loop',
      'Employee engagement & culture',
      'Omnichannel, technology & data',
      'Governance & continuous improvement',
    ]);
    await user.selectOptions(select, 'voice-of-customer');
    const saved = () => (savedMaps(storage)[0]?.stages[0]?.['opportunities'] as Record<string, unknown>[])[0];
    expect(saved()).toMatchObject({ id: 'o1', dimension: 'voice-of-customer' });
    expect(document.querySelector('.jm-canvas__cell--opportunities')?.textContent).toMatch(/Improves: Voice of the customer & closing the loop/);
    await user.selectOptions(select, '');
    expect(saved()).not.toHaveProperty('dimension');
  });
});
