// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PersonaBuilder } from '../../../src/components/persona-builder/PersonaBuilder';
import { exportPersonasJson } from '../../../src/lib/persona/persona-file';
import { $personaCollection, $personas } from '../../../src/stores/personas';
import { makeFromTemplate, NOW } from '../../lib/persona/make-persona';
import { releasePersonaState, resetPersonaState } from './setup';

beforeEach(() => {
  resetPersonaState();
});
afterEach(() => {
  cleanup();
  releasePersonaState();
});

describe('importing a persona that is already here, with "Merge"', () => {
  it('keeps the newer local summary the review shows, and adds the file’s new statement (the reported case)', async () => {
    const local = makeFromTemplate('busy-shopper', 'maya-1', { summary: 'Edited here today' });
    $personaCollection.set({ personas: [{ ...local, updatedAt: '2026-03-05T09:00:00.000Z' }], setAside: [] });
    const older = { ...local, summary: 'The older text from the file', goals: [...local.goals, { text: 'Compare prices in one place', evidence: 'assumption' as const, source: '' }], updatedAt: '2026-02-01T09:00:00.000Z' };
    const user = userEvent.setup();
    render(<PersonaBuilder />);

    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    await user.click(await screen.findByLabelText('Or paste JSON'));
    await user.paste(exportPersonasJson([older], NOW));
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
    await user.click(screen.getByRole('radio', { name: /^Merge/ }));
    await user.click(screen.getByRole('button', { name: 'Import 1 persona' }));

    const [merged] = $personas.get();
    expect($personas.get()).toHaveLength(1);
    expect(merged?.summary).toBe('Edited here today');
    expect(merged?.goals.map((goal) => goal.text)).toEqual([...local.goals.map((goal) => goal.text), 'Compare prices in one place']);
  });

  it('says a file with an empty list holds no personas, and changes nothing', async () => {
    const local = makeFromTemplate('busy-shopper', 'maya-1');
    $personaCollection.set({ personas: [local], setAside: [] });
    const user = userEvent.setup();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    await user.click(await screen.findByLabelText('Or paste JSON'));
    await user.paste(exportPersonasJson([], NOW));
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
    expect(screen.getByText(/its list is empty/).textContent).toBe('The pasted text holds no personas (its list is empty). Nothing was imported and nothing changed.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect($personas.get()).toEqual([local]);
  });
});

describe('the import review says what will not be imported before anything is', () => {
  it('names the personas that would not fit, counts only the rest on the button, and imports exactly those', async () => {
    // 98 here: of 3 new personas in the file, the last one would be the 101st.
    const here = Array.from({ length: 98 }, (_, index) => makeFromTemplate('busy-shopper', `here-${String(index)}`, { name: `Here ${String(index)}` }));
    $personaCollection.set({ personas: here, setAside: [] });
    const incoming = ['New A', 'New B', 'New C'].map((name, index) => makeFromTemplate('busy-shopper', `new-${String(index)}`, { name }));
    const user = userEvent.setup();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    await user.click(await screen.findByLabelText('Or paste JSON'));
    await user.paste(exportPersonasJson(incoming, NOW));
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));

    expect(screen.getByText(/would not be imported/).textContent).toBe(
      'This browser keeps up to 100 personas and holds 98, so this one would not be imported: “New C”. Delete personas you no longer need first, or choose Merge, Replace or Skip for those already here.',
    );
    await user.click(screen.getByRole('button', { name: 'Import 2 personas' }));
    expect($personas.get().map((persona) => persona.name).slice(98)).toEqual(['New A', 'New B']);
  });

  it('does not offer "the others" when every persona in the file has a problem', async () => {
    const user = userEvent.setup();
    render(<PersonaBuilder />);
    await user.click(screen.getByRole('button', { name: 'Import JSON' }));
    await user.click(await screen.findByLabelText('Or paste JSON'));
    await user.paste('[{"name": ""}, {"name": ""}]');
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
    expect(screen.getByText(/None of the file’s personas can be imported/).textContent).toBe('None of the file’s personas can be imported: fix these in the file and import it again.');
    expect(screen.queryByText(/the others can be imported/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
  });
});
