import { describe, expect, it } from 'vitest';
import { applyPersonaImport, findImportConflicts } from '../../../src/lib/persona/apply-persona-import.ts';
import type { AcceptedPersona } from '../../../src/lib/persona/import-personas.ts';
import { mergePersonas } from '../../../src/lib/persona/merge-personas.ts';
import { MAX_PERSONAS } from '../../../src/lib/persona/persona-limits.ts';
import { counterIds, makePersona, NOW } from './make-persona.ts';

const accept = (persona: ReturnType<typeof makePersona>, index = 0): AcceptedPersona => ({ index, persona, ignored: [], filledIn: [] });
const context = () => ({ createId: counterIds(), now: NOW });
const item = (text: string, evidence: 'research' | 'assumption' = 'assumption') => ({ text, evidence, source: '' });

describe('findImportConflicts', () => {
  it('finds imported personas with the id of one already here', () => {
    const maya = makePersona({ id: 'maya', name: 'Maya' });
    const conflicts = findImportConflicts([maya], [accept({ ...maya, name: 'Maya 2' }, 0), accept(makePersona({ id: 'sam' }), 1)]);
    expect(conflicts).toEqual([{ index: 0, incoming: { ...maya, name: 'Maya 2' }, existing: maya }]);
  });
});

describe('applyPersonaImport', () => {
  const maya = makePersona({ id: 'maya', name: 'Maya', goals: [item('Save time')] });
  const imported = { ...maya, summary: 'New summary', goals: [item('Save money')] };

  it('adds new personas at the end', () => {
    const sam = makePersona({ id: 'sam', name: 'Sam' });
    const outcome = applyPersonaImport([maya], [accept(sam)], new Map(), context());
    expect(outcome.personas).toEqual([maya, sam]);
    expect(outcome.added).toEqual(['Sam']);
  });

  it('keeps both when nothing was chosen: never overwrites without asking', () => {
    const outcome = applyPersonaImport([maya], [accept(imported)], new Map(), context());
    expect(outcome.personas).toEqual([maya, { ...imported, id: 'new-1', name: 'Maya (imported)' }]);
  });

  it('replaces, merges or skips as chosen', () => {
    expect(applyPersonaImport([maya], [accept(imported)], new Map([[0, 'replace']]), context()).personas).toEqual([imported]);
    const merged = applyPersonaImport([maya], [accept(imported)], new Map([[0, 'merge']]), context());
    expect(merged.personas[0]?.goals).toEqual([item('Save time'), item('Save money')]);
    expect(merged.merged).toEqual(['Maya']);
    const skipped = applyPersonaImport([maya], [accept(imported)], new Map([[0, 'skip']]), context());
    expect(skipped.personas).toEqual([maya]);
    expect(skipped.skipped).toEqual(['Maya']);
  });

  it('refuses personas past the limit and names them', () => {
    const full = Array.from({ length: MAX_PERSONAS }, (_, index) => makePersona({ id: `p${index}` }));
    const outcome = applyPersonaImport(full, [accept(makePersona({ id: 'extra', name: 'Extra' }))], new Map(), context());
    expect(outcome.personas).toHaveLength(MAX_PERSONAS);
    expect(outcome.refused).toEqual(['Extra']);
  });
});

describe('mergePersonas', () => {
  it('keeps every text this browser has and fills only its empty ones from the file', () => {
    const existing = makePersona({ id: 'maya', name: 'Maya', role: 'Parent', summary: 'Mine', quote: '', createdAt: '2025-01-01T00:00:00.000Z' });
    const incoming = makePersona({ id: 'maya', name: 'Maya', role: '', summary: 'Theirs', quote: 'From the file' });
    const { persona } = mergePersonas(existing, incoming, NOW);
    expect(persona).toMatchObject({ role: 'Parent', summary: 'Mine', quote: 'From the file', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: NOW.toISOString() });
  });

  it('adds only new items, fills the evidence of an unsourced assumption from the file, and reports what did not fit', () => {
    const existing = makePersona({ goals: [item('Save time'), ...Array.from({ length: 8 }, (_, index) => item(`Goal ${index}`))], tags: ['b2c'] });
    const incoming = makePersona({ goals: [item('save TIME ', 'research'), item('New one'), item('No room')], tags: ['B2C', 'retail'] });
    const { persona, leftOut } = mergePersonas(existing, incoming, NOW);
    expect(persona.goals).toHaveLength(10);
    // The local wording stays; only its default evidence (assumption, no source) takes the file's research flag.
    expect(persona.goals[0]).toEqual(item('Save time', 'research'));
    expect(persona.goals.at(-1)).toEqual(item('New one'));
    expect(leftOut).toEqual(['Goals: “No room” (the list holds 10)']);
    expect(persona.tags).toEqual(['b2c', 'retail']);
  });
});
