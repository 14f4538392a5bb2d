// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonaBuilder } from '../../../src/components/persona-builder/PersonaBuilder';
import { PersonaList } from '../../../src/components/persona-builder/PersonaList';
import { exportPersonasJson } from '../../../src/lib/persona/persona-file';
import { PERSONA_LIMITS } from '../../../src/lib/persona/persona-limits';
import { $personaCollection, $personas, addPersona, updatePersona } from '../../../src/stores/personas';
import { makeFromTemplate } from '../../lib/persona/make-persona';
import { releasePersonaState, resetPersonaState, savedPersonas, type Downloads } from './setup';
import type { MemoryStorage } from '../../support/memory-storage.ts';

let storage: MemoryStorage;
let downloads: Downloads;

beforeEach(() => {
  ({ storage, downloads } = resetPersonaState());
});
afterEach(() => {
  cleanup();
  releasePersonaState();
});

/** Three personas from templates: Maya Chen (primary, b2c), Daniel Okafor (primary, b2b), Priya Nair (secondary, b2c). */
async function seedThree(): Promise<void> {
  for (const template of ['busy-shopper', 'b2b-decision-maker', 'subscription-customer']) await addPersona(template);
}

const names = () => $personas.get().map((persona) => persona.name);
/** The on-screen part of the builder (the print-only cards beside it are hidden by CSS, which jsdom does not load). */
const onScreen = () => within(document.querySelector('.pb-screen') as HTMLElement);
const item = (name: string) => onScreen().getByRole('article', { name });

describe('the persona list', () => {
  it('starts empty, offering a blank persona and at least four templates', () => {
    render(<PersonaBuilder />);
    expect(screen.getByText(/No personas yet/)).toBeTruthy();
    const start = screen.getByRole('region', { name: 'Start a persona' });
    const options = within(start).getAllByRole('button').map((button) => button.textContent);
    expect(options).toEqual(['Blank persona', 'Busy B2C shopper', 'B2B decision maker', 'Subscription customer', 'First-time visitor']);
    expect(within(start).getByRole('link', { name: 'How to build personas from research' }).getAttribute('href')).toBe('/guides/personas/');
    expect((screen.getByRole('button', { name: 'Export all as JSON' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('creates a persona from a template and opens its form, with the address saying which', async () => {
    const user = userEvent.setup();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'B2B decision maker' }));
    expect(names()).toEqual(['Daniel Okafor']);
    expect(savedPersonas(storage).map((persona) => persona.name)).toEqual(['Daniel Okafor']);
    expect(location.hash).toBe(`#edit=${$personas.get()[0]?.id}`);
    // The form loads after the page's first render (usually while the page is idle, here on demand).
    expect(await screen.findByRole('form', { name: 'Edit Daniel Okafor' })).toBeTruthy();
    // The editor moves focus to its heading in an effect after the form appears: on a busy machine, a moment later.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Editing Daniel Okafor'));
  });

  it('shows each persona with its role, priority, tags and evidence share', async () => {
    await seedThree();
    render(<PersonaBuilder />);
    expect(screen.getByText('3 personas')).toBeTruthy();
    const daniel = item('Daniel Okafor');
    expect(within(daniel).getByText('Head of Operations')).toBeTruthy();
    expect(within(daniel).getByRole('list', { name: 'Priority and tags' }).textContent).toBe('Primaryb2bsaas');
    expect(within(daniel).getByText('0% evidence-backed (0 of 25 statements)')).toBeTruthy();
  });

  it('searches, and filters by priority and by tag, saying how many are shown', async () => {
    const user = userEvent.setup();
    await seedThree();
    render(<PersonaBuilder />);
    const shownNames = () => onScreen().getAllByRole('article').map((article) => within(article).getByRole('heading').textContent);

    await user.type(screen.getByLabelText('Search personas'), 'operations');
    expect(shownNames()).toEqual(['Daniel Okafor']);
    expect(screen.getByRole('status').textContent).toBe('1 of 3 personas shown');
    await user.clear(screen.getByLabelText('Search personas'));

    await user.selectOptions(screen.getByLabelText('Priority'), 'secondary');
    expect(shownNames()).toEqual(['Priya Nair']);
    await user.selectOptions(screen.getByLabelText('Priority'), 'all');

    const b2c = screen.getByRole('button', { name: 'b2c (2)' });
    await user.click(b2c);
    expect(b2c.getAttribute('aria-pressed')).toBe('true');
    expect(shownNames()).toEqual(['Maya Chen', 'Priya Nair']);
    await user.type(screen.getByLabelText('Search personas'), 'nobody');
    expect(screen.getByText(/No persona matches/)).toBeTruthy();
  });

  it('renames in place from the keyboard: Enter saves, Escape cancels, focus returns to Rename', async () => {
    const user = userEvent.setup();
    await seedThree();
    render(<PersonaBuilder />);
    const rename = within(item('Maya Chen')).getByRole('button', { name: 'Rename Maya Chen' });
    await user.click(rename);
    const field = screen.getByLabelText('New name for Maya Chen') as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    await user.keyboard('{Escape}');
    expect(names()[0]).toBe('Maya Chen');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Maya Chen' }));

    await user.click(screen.getByRole('button', { name: 'Rename Maya Chen' }));
    await user.clear(screen.getByLabelText('New name for Maya Chen'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A persona needs a name.');
    await user.type(screen.getByLabelText('New name for Maya Chen'), 'x'.repeat(PERSONA_LIMITS.name + 1));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('This name is 61 characters; a name holds up to 60.');
    await user.clear(screen.getByLabelText('New name for Maya Chen'));
    await user.type(screen.getByLabelText('New name for Maya Chen'), 'Maya Brooks{Enter}');
    expect(names()).toEqual(['Maya Brooks', 'Daniel Okafor', 'Priya Nair']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Maya Brooks' }));
  });

  it('duplicates a persona right after the original', async () => {
    const user = userEvent.setup();
    await seedThree();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Duplicate Maya Chen' }));
    expect(names()).toEqual(['Maya Chen', 'Maya Chen (copy)', 'Daniel Okafor', 'Priya Nair']);
    const [original, copy] = $personas.get();
    expect(copy?.id).not.toBe(original?.id);
    expect(copy?.goals).toEqual(original?.goals);
  });

  it('deletes with undo: the persona comes back in its place, and focus is on Undo meanwhile', async () => {
    const user = userEvent.setup();
    await seedThree();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Delete Daniel Okafor' }));
    // The journey maps are read first (their store loads on the first deletion), to name any map that uses it.
    await screen.findByText('Deleted “Daniel Okafor”.');
    expect(names()).toEqual(['Maya Chen', 'Priya Nair']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo delete' }));
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Maya Chen', 'Daniel Okafor', 'Priya Nair']);
    expect(savedPersonas(storage).map((persona) => persona.name)).toEqual(['Maya Chen', 'Daniel Okafor', 'Priya Nair']);
    expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
  });

  it('compares two or three personas, never one or four', async () => {
    const user = userEvent.setup();
    await seedThree();
    await addPersona('first-time-visitor');
    const onCompare = vi.fn();
    render(<PersonaList personas={$personas.get()} onOpen={() => {}} onCompare={onCompare} onDeleted={() => {}} onVisibleChange={() => {}} />);
    const compare = () => screen.getByRole('button', { name: /Compare selected/ }) as HTMLButtonElement;
    await user.click(screen.getByRole('checkbox', { name: 'Compare Maya Chen' }));
    expect(compare().disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Compare Priya Nair' }));
    expect(compare().disabled).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Compare Daniel Okafor' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare Sam Rivera' }));
    expect(compare().disabled).toBe(true);
    expect(screen.getByText('Select at most 3 personas to compare side by side.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Compare Sam Rivera' }));
    await user.click(compare());
    const [maya, daniel, priya] = $personas.get();
    expect(onCompare).toHaveBeenCalledWith([maya?.id, priya?.id, daniel?.id]);
  });

  it('shows a comparison side by side, field by field', async () => {
    const user = userEvent.setup();
    await seedThree();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('checkbox', { name: 'Compare Maya Chen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare Daniel Okafor' }));
    await user.click(screen.getByRole('button', { name: 'Compare selected (2)' }));
    expect(screen.getByRole('heading', { name: 'Compare 2 personas' })).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => within(header).getByRole('link').textContent)).toEqual(['Maya Chen', 'Daniel Okafor']);
    const buyingRole = within(table).getByRole('rowheader', { name: 'Buying role' }).closest('tr');
    expect(buyingRole?.textContent).toBe('Buying role—Decision maker');
  });

  it('exports all personas as JSON and as Markdown', async () => {
    const user = userEvent.setup();
    await seedThree();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Export all as JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export all as Markdown' }));
    expect(downloads.files.map((file) => file.name)).toEqual([expect.stringMatching(/^personas-\d{4}-\d{2}-\d{2}\.json$/), expect.stringMatching(/^personas-\d{4}-\d{2}-\d{2}\.md$/)]);
    const json = JSON.parse(await (downloads.files[0]?.text ?? Promise.resolve('{}'))) as { personas: { name: string }[] };
    expect(json.personas.map((persona) => persona.name)).toEqual(['Maya Chen', 'Daniel Okafor', 'Priya Nair']);
    const markdown = await (downloads.files[1]?.text ?? Promise.resolve(''));
    expect(markdown.match(/^# .+$/gm)).toEqual(['# Maya Chen', '# Daniel Okafor', '# Priya Nair']);
  });

  it('sees changes made in another tab', async () => {
    await seedThree();
    render(<PersonaBuilder />);
    const [maya] = $personas.get();
    // What persistedAtom does when another tab writes: the store takes the new value.
    act(() => updatePersona(maya?.id ?? '', (persona) => ({ ...persona, name: 'Changed elsewhere' })));
    expect(item('Changed elsewhere')).toBeTruthy();
  });
});

describe('importing from the list', () => {
  it('names each problem in a bad file and imports nothing until confirmed', async () => {
    const user = userEvent.setup();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    await user.type(await screen.findByLabelText('Or paste JSON'), 'not json');
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
    expect(screen.getByRole('alert').textContent).toContain('The pasted text: This text is not valid JSON');

    await user.clear(screen.getByLabelText('Or paste JSON'));
    await user.click(screen.getByLabelText('Or paste JSON'));
    await user.paste(JSON.stringify([{ name: 'Good one' }, { name: '', goals: [{ text: 'ok', evidence: 'proven' }] }]));
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
    const problems = screen.getByRole('heading', { name: '1 persona cannot be imported' }).parentElement as HTMLElement;
    expect(problems.textContent).toContain('Persona 2');
    expect(problems.textContent).toContain('Name must not be empty.');
    expect(problems.textContent).toContain('Goals, item 1, evidence flag should be one of "research", "assumption"; got "proven".');
    expect(names()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Import 1 persona' }));
    expect(names()).toEqual(['Good one']);
    expect(document.querySelector('.pb-notice')?.textContent).toBe('Import done: added “Good one”. 1 persona with problems not imported.');
  });

  it('asks before touching a persona that is already here: keep both by default, or merge, replace, skip', async () => {
    const user = userEvent.setup();
    const here = makeFromTemplate('busy-shopper', 'maya-1');
    $personaCollection.set({ personas: [here], setAside: [] });
    const incoming = { ...here, summary: 'From the file', goals: [] };
    const file = exportPersonasJson([incoming], new Date('2026-03-02T10:00:00.000Z'));
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    await user.upload(screen.getByLabelText('JSON file'), new File([file], 'maya.json', { type: 'application/json' }));
    const conflict = await screen.findByRole('group', { name: '“Maya Chen” is already here' });
    const choices = within(conflict).getAllByRole('radio') as HTMLInputElement[];
    expect(choices.map((choice) => choice.value)).toEqual(['keep-both', 'merge', 'replace', 'skip']);
    expect(choices.find((choice) => choice.checked)?.value).toBe('keep-both');
    expect($personas.get()).toEqual([here]);

    await user.click(within(conflict).getByRole('radio', { name: /Replace/ }));
    await user.click(screen.getByRole('button', { name: 'Import 1 persona' }));
    await waitFor(() => expect($personas.get()).toHaveLength(1));
    expect($personas.get()[0]?.summary).toBe('From the file');
    expect(document.querySelector('.pb-notice')?.textContent).toMatch(/^Import done: replaced “Maya Chen”\./);
  });
});
