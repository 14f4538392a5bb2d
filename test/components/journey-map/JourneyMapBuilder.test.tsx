// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JourneyMapBuilder } from '../../../src/components/journey-map/JourneyMapBuilder.tsx';
import { createJourneyFile } from '../../../src/lib/journey/journey-file.ts';
import { addPersona, deletePersona, renamePersona } from '../../../src/stores/personas.ts';
import { $journeyMaps } from '../../../src/stores/journey-maps.ts';
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

function stageNames(): string[] {
  return [...document.querySelectorAll('.jm-canvas__stage-name')].map((heading) => heading.textContent?.replace(/^Stage \d+: /, '') ?? '');
}

function liveRegion(): string {
  return document.querySelector('.jm > [aria-live="polite"]')?.textContent ?? '';
}

async function createFromTemplate(template: RegExp, persona?: string): Promise<ReturnType<typeof userEvent.setup>> {
  const user = userEvent.setup();
  await user.click(screen.getByRole('radio', { name: template }));
  if (persona !== undefined) await user.type(screen.getByLabelText('Persona name'), persona);
  await user.click(screen.getByRole('button', { name: 'Create map' }));
  // A map is made once the template's stages have loaded; the form closes then.
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Create map' })).toBeNull());
  return user;
}

describe('the journey map builder', () => {
  it('starts with a friendly prompt and makes a map from a template for a typed persona', async () => {
    render(<JourneyMapBuilder />);
    expect(screen.getByText(/No journey maps in this browser yet/)).toBeTruthy();
    expect(screen.getByText(/No personas in this browser yet/)).toBeTruthy();
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.querySelector('strong')?.textContent)).toEqual([
      'Blank map',
      'E-commerce purchase',
      'SaaS onboarding',
      'B2B procurement',
      'Service complaint',
    ]);
    await createFromTemplate(/^E-commerce purchase/, 'Maya');
    expect(screen.getByRole('heading', { level: 2, name: 'First purchase online' })).toBeTruthy();
    expect(stageNames()).toEqual(['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Advocacy']);
    expect(liveRegion()).toBe('Created the map “First purchase online” for Maya.');
    await waitFor(() => expect(document.activeElement?.id).toBe('jm-map-heading'));
    expect(savedMaps(storage)[0]?.['personas']).toEqual([{ key: 'id1', personaId: '', name: 'Maya' }]);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('asks for a persona name rather than making a map for nobody', async () => {
    render(<JourneyMapBuilder />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create map' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type the name of the persona this map is for.');
    expect(document.activeElement).toBe(screen.getByLabelText('Persona name'));
    expect(savedMaps(storage)).toEqual([]);
  });

  it('links a persona from the persona builder, and keeps its name after it is deleted there', async () => {
    const added = await addPersona('blank');
    if (!added.ok) throw new Error('no persona');
    renamePersona(added.value.id, 'Maya Chen');
    render(<JourneyMapBuilder />);
    expect((screen.getByLabelText('Persona') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Maya Chen');
    await createFromTemplate(/^Blank map/);
    expect(screen.getByText('from the persona builder')).toBeTruthy();

    act(() => renamePersona(added.value.id, 'Maya Lee'));
    await waitFor(() => expect(savedMaps(storage)[0]?.['personas']).toEqual([expect.objectContaining({ name: 'Maya Lee' })]));

    act(() => void deletePersona(added.value.id));
    expect(screen.getByRole('note').textContent).toMatch(/^“Maya Lee” is no longer in the persona builder of this browser/);
    expect(screen.getByText('no longer in the persona builder')).toBeTruthy();
    expect(savedMaps(storage)[0]?.['personas']).toEqual([expect.objectContaining({ name: 'Maya Lee' })]);
  });

  it('renames, moves, adds and removes stages with buttons, with an undo', async () => {
    render(<JourneyMapBuilder />);
    const user = await createFromTemplate(/^Blank map/, 'Alex');
    await user.click(screen.getByRole('button', { name: /^Edit\s?stage Consideration$/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Stage name')));
    await user.clear(screen.getByLabelText('Stage name'));
    await user.type(screen.getByLabelText('Stage name'), 'Comparing');
    await user.click(screen.getByRole('button', { name: 'Move right' }));
    expect(stageNames()).toEqual(['Awareness', 'Purchase', 'Comparing', 'Retention', 'Advocacy']);
    expect(liveRegion()).toBe('Moved “Comparing” to position 3 of 5.');

    await user.click(screen.getByRole('button', { name: 'Add a stage after this one' }));
    expect(stageNames()).toEqual(['Awareness', 'Purchase', 'Comparing', 'New stage', 'Retention', 'Advocacy']);
    await waitFor(() => expect((document.activeElement as HTMLInputElement).value).toBe('New stage'));

    // An empty stage goes at once, with an undo.
    await user.click(screen.getByRole('button', { name: 'Remove stage' }));
    expect(stageNames()).toEqual(['Awareness', 'Purchase', 'Comparing', 'Retention', 'Advocacy']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stageNames()).toEqual(['Awareness', 'Purchase', 'Comparing', 'New stage', 'Retention', 'Advocacy']);

    // A stage with content asks first.
    await user.click(screen.getByRole('button', { name: '1. Awareness' }));
    await user.type(screen.getByLabelText('Customer goals'), 'Hear about us');
    await user.click(screen.getByRole('button', { name: 'Remove stage' }));
    const question = screen.getByRole('group', { name: /Remove “Awareness” and everything in it\?/ });
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(stageNames()).toHaveLength(6);
    expect(savedMaps(storage)[0]?.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Purchase', 'Comparing', 'New stage', 'Retention', 'Advocacy']);
  });

  it('gathers pain points and opportunities into a backlog sorted by priority', async () => {
    render(<JourneyMapBuilder />);
    const user = await createFromTemplate(/^Blank map/, 'Alex');
    await user.click(screen.getByRole('button', { name: 'Add pain point' }));
    await user.type(screen.getByLabelText('Pain point'), 'Hidden delivery costs');
    await user.selectOptions(screen.getByLabelText('Severity'), 'high');
    await user.click(screen.getByRole('button', { name: /^Turn into an opportunity\s?\(pain point 1\)$/ }));
    await user.click(screen.getByRole('button', { name: 'Add opportunity' }));
    const texts = screen.getAllByLabelText('Opportunity');
    expect((texts[0] as HTMLInputElement).value).toBe('Fix: Hidden delivery costs');
    await user.type(texts[1] as HTMLElement, 'Free returns');
    await user.selectOptions(screen.getAllByLabelText('Impact')[1] as HTMLElement, '5');
    await user.selectOptions(screen.getAllByLabelText('Effort')[1] as HTMLElement, '1');

    const backlog = screen.getByRole('table', { name: '2 opportunities, highest priority first' });
    const rows = within(backlog).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['1', '25', 'Free returns'],
      // High severity suggests impact 4 (low 2, medium 3, high 4, critical 5): 4 × (6 − 3) = 12.
      ['2', '12', 'Fix: Hidden delivery costs'],
    ]);
    const canvas = screen.getByRole('region', { name: 'Journey map canvas (scrolls sideways)' });
    expect(canvas.textContent).toContain('Severity High Hidden delivery costs');
  });

  it('shows the same content in the table view as on the canvas', async () => {
    render(<JourneyMapBuilder />);
    const user = await createFromTemplate(/^Service complaint/, 'Pat');
    const canvasCells = [...document.querySelectorAll('.jm-canvas__cell')].map((cell) => cell.textContent?.replace(/^.*?: /, ''));
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /^Journey map: Getting a billing error fixed/ });
    const rowHeaders = within(table).getAllByRole('rowheader').map((header) => header.textContent);
    expect(rowHeaders).toEqual(['Customer goals', 'Actions', 'Touchpoints and channels', 'Owners (teams)', 'Thoughts', 'Emotion', 'Pain points', 'Opportunities', 'Measured metrics']);
    const tableCells = [...table.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(tableCells).toEqual(canvasCells);
  });

  it('says plainly when the browser refuses to save, and keeps the change on the page', async () => {
    render(<JourneyMapBuilder />);
    const user = await createFromTemplate(/^Blank map/, 'Kim');
    storage.full = true;
    await user.type(screen.getByRole('textbox', { name: 'Scenario' }), 'Renewal');
    expect(screen.getByText(/Not saved:/)).toBeTruthy();
    expect(screen.getAllByRole('alert').some((alert) => alert.textContent?.includes('storage for this site is full'))).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Renewal' })).toBeTruthy();
  });

  it('refuses an invalid import with the reason, and imports a valid file without touching other maps', async () => {
    render(<JourneyMapBuilder />);
    const user = userEvent.setup();
    const input = screen.getByTestId('journey-import-file');
    await user.upload(input, new File(['{"maps": ['], 'broken.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Nothing was imported. This file is not valid JSON/));
    expect($journeyMaps.get()).toEqual([]);

    const file = createJourneyFile([makeMap()], new Date('2025-03-02T10:00:00.000Z'));
    await user.upload(input, new File([file], 'maps.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'First purchase online' })).toBeTruthy());
    expect(document.getElementById('jm-import-result')?.textContent).toBe('Import done: added 1 map. “First purchase online” is open.');

    // The same file again: nothing changes until the person chooses.
    await user.upload(screen.getByTestId('journey-import-file'), new File([file], 'maps.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'A map in this file is already here' })).toBeTruthy());
    expect($journeyMaps.get()).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: 'Replace the one here' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(document.getElementById('jm-import-result')?.textContent).toBe('Import done: replaced 1. “First purchase online” is open.');
    expect($journeyMaps.get()).toEqual([{ ...makeMap(), updatedAt: expect.any(String) }]);
  });

  it('closes a delete confirmation with Escape, and keeps focus on the page after the undo bar is dismissed', async () => {
    render(<JourneyMapBuilder />);
    const user = await createFromTemplate(/^Blank map/, 'Alex');
    await user.click(screen.getByRole('button', { name: 'Delete map' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('jm-confirm-delete-map'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement?.id).toBe('jm-delete-map'));
    expect(screen.queryByRole('group', { name: /^Delete “/ })).toBeNull();
    expect($journeyMaps.get()).toHaveLength(1);

    // A stage with content asks before it goes; Escape keeps it.
    await user.type(screen.getByLabelText('Customer goals'), 'Hear about us');
    await user.click(screen.getByRole('button', { name: 'Remove stage' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Remove “Awareness”/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove stage' })));
    expect(stageNames()).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Delete map' }));
    await user.click(within(screen.getByRole('group', { name: /^Delete “/ })).getByRole('button', { name: 'Delete map' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('jm-undo-delete'));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    // No map is left: focus goes to starting a new one, not to the page.
    await waitFor(() => expect(document.activeElement?.id).toBe('jm-new-heading'));
  });
});
