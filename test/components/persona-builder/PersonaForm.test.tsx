// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonaEditor } from '../../../src/components/persona-builder/PersonaEditor';
import { PersonaForm } from '../../../src/components/persona-builder/PersonaForm';
import { MAX_IMAGE_FILE_BYTES } from '../../../src/lib/persona/avatar-image';
import { PERSONA_LIMITS } from '../../../src/lib/persona/persona-limits';
import type { Persona } from '../../../src/lib/persona/persona-schema';
import { $personas, addPersona } from '../../../src/stores/personas';
import { makePersona } from '../../lib/persona/make-persona';
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

/** The editor over the real store, as the builder shows it: every change is saved and re-rendered. */
function Editing({ id, onDeleted = () => {} }: { readonly id: string; readonly onDeleted?: () => void }) {
  const persona = useStore($personas).find((known) => known.id === id);
  return persona ? <PersonaEditor persona={persona} onBack={() => {}} onOpen={() => {}} onDeleted={onDeleted} /> : <p>Gone</p>;
}

async function startEditing(templateId: string): Promise<Persona> {
  const added = await addPersona(templateId);
  if (!added.ok) throw new Error('could not add a persona');
  render(<Editing id={added.value.id} />);
  return added.value;
}

/** Replace the blank persona's placeholder name ("New persona"). */
async function typeName(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  const field = screen.getByLabelText('Name', { exact: true });
  await user.clear(field);
  await user.type(field, name);
}

const stored = (id: string) => $personas.get().find((persona) => persona.id === id);
const preview = () => screen.getByRole('region', { name: 'Card preview' });

describe('the persona form', () => {
  it('has the four guided sections, each linking to the personas guide, with a tip under each field', async () => {
    await startEditing('blank');
    const form = screen.getByRole('form');
    const sections = within(form).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(sections).toEqual(['Identity', 'Context', 'What drives them', 'Along the journey']);
    const guideLinks = within(form).getAllByRole('link', { name: /in the personas guide/ });
    expect(guideLinks).toHaveLength(4);
    for (const link of guideLinks) expect(link.getAttribute('href')).toMatch(/^\/guides\/personas\/#/);
    for (const label of ['Name', 'Role or title', 'Segment', 'One-line summary', 'Representative quote', 'Age range', 'Industry (B2B)', 'Buying role (B2B)', 'Tech comfort']) {
      const field = screen.getByLabelText(label, { exact: true });
      const tipId = field.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
      expect(document.getElementById(tipId)?.textContent, label).toBeTruthy();
    }
  });

  it('saves each change as it is typed and shows it in the live card preview', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    await typeName(user, 'Ana Silva');
    expect(stored(persona.id)?.name).toBe('Ana Silva');
    expect(savedPersonas(storage)[0]?.name).toBe('Ana Silva');
    expect(within(preview()).getByRole('heading', { level: 3 }).textContent).toBe('Ana Silva');
    expect(screen.getByText(/Saved in this browser at/)).toBeTruthy();

    await user.type(screen.getByLabelText('Role or title'), 'Nurse');
    await user.type(screen.getByLabelText('Segment'), 'Shift workers');
    expect(within(preview()).getByText('Nurse · Shift workers')).toBeTruthy();
  });

  it('keeps B2B context: industry, company size and the buying role', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    await user.type(screen.getByLabelText('Industry (B2B)'), 'Logistics');
    await user.type(screen.getByLabelText('Company size (B2B)'), '200–500');
    const role = screen.getByLabelText('Buying role (B2B)') as HTMLSelectElement;
    expect([...role.options].map((option) => option.text)).toEqual(['Not set', 'Decision maker', 'Influencer', 'User', 'Gatekeeper']);
    await user.selectOptions(role, 'gatekeeper');
    expect(stored(persona.id)?.b2b).toEqual({ industry: 'Logistics', companySize: '200–500', buyingRole: 'gatekeeper' });
    const context = within(preview()).getByText('Buying role').closest('div');
    expect(context?.textContent).toBe('Buying roleGatekeeper');
  });

  it('adds a statement with its evidence and source, moves focus to it, and updates the evidence share', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    await typeName(user, 'Ana');
    expect(within(preview()).getByText(/No statements yet/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Goal 1')));
    await user.keyboard('Finish the round before noon');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Goal 2')));
    await user.keyboard('Fewer phone calls');
    await user.selectOptions(screen.getByLabelText('Evidence for goal 1'), 'research');
    await user.type(screen.getByLabelText('Source for goal 1'), 'Interviews (6)');

    expect(stored(persona.id)?.goals).toEqual([
      { text: 'Finish the round before noon', evidence: 'research', source: 'Interviews (6)' },
      { text: 'Fewer phone calls', evidence: 'assumption', source: '' },
    ]);
    const card = preview();
    expect(within(card).getByText(/50% evidence-backed/).closest('p')?.textContent).toBe(
      '50% evidence-backed: 1 of 2 statements backed by research with a source, 1 assumption to check.',
    );
    const goals = within(card).getByRole('heading', { name: 'Goals' }).nextElementSibling;
    expect(goals?.textContent).toBe('Finish the round before noon Research: Interviews (6)Fewer phone calls Assumption');

    // Research with its source removed: shown as such, and no longer counted.
    await user.clear(screen.getByLabelText('Source for goal 1'));
    expect(within(preview()).getByText(/0% evidence-backed/).closest('p')?.textContent).toBe(
      '0% evidence-backed: 0 of 2 statements backed by research with a source, 1 marked as research with the source missing (not counted until a source is noted), 1 assumption to check.',
    );
    expect(within(preview()).getByRole('heading', { name: 'Goals' }).nextElementSibling?.textContent).toBe(
      'Finish the round before noon Research, source missingFewer phone calls Assumption',
    );
    expect(screen.getByText(/Research, source missing: name the study or data/)).toBeTruthy();
  });

  it('collapses and expands each section with its heading button, and all at once', async () => {
    const user = userEvent.setup();
    await startEditing('blank');
    const identity = await screen.findByRole('button', { name: 'Identity' });
    expect(identity.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Identity' })).toBeTruthy();
    await user.click(identity);
    expect(identity.getAttribute('aria-expanded')).toBe('false');
    // `hidden` content stays in the DOM (jsdom does not lay out), so check it sits in a hidden body.
    const isHidden = (label: string) => screen.getByLabelText(label).closest('[hidden]') !== null;
    expect(isHidden('One-line summary')).toBe(true);
    identity.focus();
    await user.keyboard('{Enter}');
    expect(isHidden('One-line summary')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Collapse all sections' }));
    for (const name of ['Identity', 'Context', 'What drives them', 'Along the journey']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-expanded'), name).toBe('false');
    }
    expect(isHidden('Age range')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Expand all sections' }));
    expect(isHidden('Age range')).toBe(false);
  });

  it('removes a statement and puts focus on the next one, or on "Add" when the list is empty', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('busy-shopper');
    // Queries stay inside the list: role queries over the whole template form are slow.
    const triggers = within(screen.getByRole('form')).getByText('Triggers', { selector: 'h4' }).closest('section') as HTMLElement;
    const before = stored(persona.id)?.triggers.map((item) => item.text);
    await user.click(within(triggers).getByRole('button', { name: 'Remove trigger 1' }));
    expect(stored(persona.id)?.triggers.map((item) => item.text)).toEqual(before?.slice(1));
    await waitFor(() => expect(document.activeElement).toBe(within(triggers).getByLabelText('Trigger 1')));
    await user.click(within(triggers).getByRole('button', { name: 'Remove trigger 1' }));
    await waitFor(() => expect(document.activeElement).toBe(within(triggers).getByRole('button', { name: 'Add trigger' })));
    expect(stored(persona.id)?.triggers).toEqual([]);
  });

  it('writes job stories in three parts and pain points with a severity', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    await user.click(screen.getByRole('button', { name: 'Add job story' }));
    const story = screen.getByRole('group', { name: 'Job story 1' });
    await user.type(within(story).getByLabelText('When…'), 'a shift ends late');
    await user.type(within(story).getByLabelText('I want to…'), 'order dinner in one tap');
    await user.type(within(story).getByLabelText('so I can…'), 'sleep sooner');
    await user.click(screen.getByRole('button', { name: 'Add pain point' }));
    await user.type(screen.getByLabelText('Pain point 1'), 'Hold music');
    const severity = screen.getByLabelText('Severity of pain point 1') as HTMLSelectElement;
    expect([...severity.options].map((option) => option.value)).toEqual(['low', 'medium', 'high', 'critical']);
    await user.selectOptions(severity, 'critical');

    expect(stored(persona.id)?.jobs).toEqual([
      { situation: 'a shift ends late', motivation: 'order dinner in one tap', outcome: 'sleep sooner', evidence: 'assumption', source: '' },
    ]);
    expect(stored(persona.id)?.painPoints).toEqual([{ text: 'Hold music', severity: 'critical', evidence: 'assumption', source: '' }]);
    expect(within(preview()).getByText(/When a shift ends late, I want to order dinner in one tap, so I can sleep sooner/)).toBeTruthy();
    expect(within(preview()).getByText('Critical severity')).toBeTruthy();
  });

  it('keeps notes for every journey stage: doing, thinking, feeling and what would delight them', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    await user.type(screen.getByLabelText('Doing at Awareness'), 'Asks colleagues');
    await user.type(screen.getByLabelText('Feeling at Purchase'), 'Anxious');
    await user.type(screen.getByLabelText('Would delight them at Advocacy'), 'A thank-you note');
    for (const stage of ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']) {
      expect(screen.getByRole('group', { name: stage })).toBeTruthy();
      for (const note of ['Doing', 'Thinking', 'Feeling', 'Would delight them']) expect(screen.getByLabelText(`${note} at ${stage}`)).toBeTruthy();
    }
    const journey = stored(persona.id)?.journey;
    expect(journey?.awareness.doing).toBe('Asks colleagues');
    expect(journey?.purchase.feeling).toBe('Anxious');
    expect(journey?.advocacy.delight).toBe('A thank-you note');
    expect(within(preview()).getByRole('heading', { name: 'Along the journey' })).toBeTruthy();
  });

  it('keeps text over a limit, counts it and names the problem; an empty item is flagged only once left', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    const name = screen.getByLabelText('Name', { exact: true });
    fireEvent.change(name, { target: { value: 'x'.repeat(PERSONA_LIMITS.name + 5) } });
    expect(stored(persona.id)?.name).toHaveLength(PERSONA_LIMITS.name + 5);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(`65 of ${PERSONA_LIMITS.name} characters`)).toBeTruthy();
    expect(screen.getByText('Name is 65 characters long; the limit is 60.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add need' }));
    const need = screen.getByLabelText('Need 1');
    expect(need.getAttribute('aria-invalid')).toBeNull();
    await user.tab();
    expect(screen.getByLabelText('Need 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Needs and expectations, item 1, text is empty; fill it in or remove it.')).toBeTruthy();
  });

  it('adds tags with Enter, refuses a duplicate with a message, and removes a tag by its button', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    const tags = screen.getByLabelText('Tags');
    await user.type(tags, 'healthcare{Enter}');
    await user.type(tags, 'nights{Enter}');
    expect(stored(persona.id)?.tags).toEqual(['healthcare', 'nights']);
    await user.type(tags, 'Healthcare{Enter}');
    expect(screen.getByText('“Healthcare” is already a tag.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove tag healthcare' }));
    expect(stored(persona.id)?.tags).toEqual(['nights']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Tags')));
  });

  it('refuses a picked file that is not an image, or one over the size limit, with the reason', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const persona = await startEditing('blank');
    const photo = screen.getByLabelText('Photo (optional)');
    await user.upload(photo, new File(['%PDF-1.4'], 'notes.pdf', { type: 'application/pdf' }));
    expect(screen.getByRole('alert').textContent).toBe('“notes.pdf” is not an image (it is application/pdf). Pick a PNG, JPEG, WebP or GIF photo.');

    const huge = new File(['x'], 'huge.jpg', { type: 'image/jpeg' });
    Object.defineProperty(huge, 'size', { value: MAX_IMAGE_FILE_BYTES + 5 * 1024 * 1024 });
    await user.upload(photo, huge);
    expect(screen.getByRole('alert').textContent).toBe('“huge.jpg” is 15.7 MB, over the 10.5 MB limit. Pick a smaller photo.');
    expect(stored(persona.id)?.avatar.image).toBe('');
  });

  it('shows the avatar as initials on the chosen colour', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    await typeName(user, 'Ana Silva');
    await user.click(screen.getByRole('radio', { name: 'Plum' }));
    expect(stored(persona.id)?.avatar).toEqual({ colour: 'plum', image: '' });
    const avatar = preview().querySelector('.pb-avatar') as HTMLElement;
    expect(avatar.textContent).toBe('AS');
    expect(avatar.style.backgroundColor).toBe('rgb(122, 59, 143)');
  });

  it('renders script-like text as text, never as HTML', async () => {
    const persona = await startEditing('blank');
    const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    fireEvent.change(screen.getByLabelText('Name', { exact: true }), { target: { value: attack } });
    fireEvent.change(screen.getByLabelText('Representative quote'), { target: { value: attack } });
    expect(stored(persona.id)?.name).toBe(attack);
    expect(within(preview()).getByRole('heading', { level: 3 }).textContent).toBe(attack);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says plainly when the browser refuses to save, keeps the change on the page and offers an export', async () => {
    const user = userEvent.setup();
    const persona = await startEditing('blank');
    storage.full = true;
    await typeName(user, 'Kept');
    expect(stored(persona.id)?.name).toBe('Kept');
    expect(screen.getByText(/Not saved:/).closest('p')?.textContent).toContain('They stay on this page until you close it.');
    await user.click(screen.getByRole('button', { name: 'Export all personas now' }));
    expect(downloads.files.map((file) => file.name)).toEqual(['persona-kept.json']);
    const file = JSON.parse(await (downloads.files[0]?.text ?? Promise.resolve('{}'))) as { personas: Persona[] };
    expect(file.personas.map((known) => known.name)).toEqual(['Kept']);
  });

  it('exports one persona as JSON and as Markdown', async () => {
    const user = userEvent.setup();
    await startEditing('b2b-decision-maker');
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(downloads.files.map((file) => file.name)).toEqual(['persona-daniel-okafor.json', 'persona-daniel-okafor.md']);
    expect(await downloads.files[1]?.text).toMatch(/^# Daniel Okafor/);
  });
});

describe('PersonaForm on its own', () => {
  it('is a controlled form: it reports each change through onChange and shows what it is given', async () => {
    const user = userEvent.setup();
    const changes = vi.fn();
    function Harness() {
      const [persona, setPersona] = useState(makePersona({ name: 'Start' }));
      return (
        <PersonaForm
          persona={persona}
          onChange={(change) => {
            changes();
            setPersona(change);
          }}
        />
      );
    }
    render(<Harness />);
    await user.clear(screen.getByLabelText('Name', { exact: true }));
    await user.type(screen.getByLabelText('Name', { exact: true }), 'Bo');
    expect((screen.getByLabelText('Name', { exact: true }) as HTMLInputElement).value).toBe('Bo');
    expect(changes).toHaveBeenCalledTimes(3);
    await user.click(screen.getByRole('radio', { name: 'Primary' }));
    expect((screen.getByRole('radio', { name: 'Primary' }) as HTMLInputElement).checked).toBe(true);
  });
});
