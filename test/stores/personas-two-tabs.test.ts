/**
 * Two tabs editing the same personas. "This tab" is the store under test; "the other tab" is simulated the way
 * the browser shows it: it writes the shared storage and a `storage` event arrives here.
 */
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Persona } from '../../src/lib/persona/persona-schema';
import { encodeEnvelope } from '../../src/lib/storage/stored-envelope';
import { resetItemEditSyncForTests } from '../../src/stores/item-edit-sync';
import { setStorageForTests } from '../../src/stores/persisted-atom';
import {
  $personaCollection,
  $personaEditConflict,
  addPersona,
  deletePersona,
  resolvePersonaEditConflict,
  updatePersona,
  watchPersonaEdits,
} from '../../src/stores/personas';
import { makePersona } from '../lib/persona/make-persona';
import { memoryStorage } from '../support/memory-storage.ts';

const KEY = 'touchpoint:personas';
let storage: ReturnType<typeof memoryStorage>;
let listeners: ((event: { key: string; newValue: string }) => void)[];
let unwatch: (() => void) | undefined;

const maya = makePersona({ id: 'maya', name: 'Maya', summary: 'Shops weekly', updatedAt: '2026-03-01T10:00:00.000Z' });
const sam = makePersona({ id: 'sam', name: 'Sam', updatedAt: '2026-03-01T10:00:00.000Z' });

/** The other tab saves its whole collection, noting which revision each changed persona was made from. */
function otherTabSaves(personas: readonly Persona[], parents?: Readonly<Record<string, string>>): void {
  const raw = encodeEnvelope(1, { personas, setAside: [] }, parents ? { parents } : undefined);
  storage.data.set(KEY, raw);
  for (const listener of listeners) listener({ key: KEY, newValue: raw });
}
const stored = () => (JSON.parse(storage.data.get(KEY) ?? 'null') as { data: { personas: Persona[] } }).data.personas;
const here = () => $personaCollection.get().personas;
let stamp = 0;
/** A new revision, later than any this test made before (the other tab's clock). */
const later = () => new Date(Date.parse('2030-01-01T00:00:00.000Z') + ++stamp).toISOString();
/** This tab types `text` at the end of a field, one character per save, as the form does. */
function typeHere(id: string, field: 'summary' | 'name', text: string): void {
  for (const character of text) updatePersona(id, (persona) => ({ ...persona, [field]: persona[field] + character }));
}

// The collection's parser loads on first use (it brings zod): once per file, as a page does after first render.
beforeAll(() => $personaCollection.ready());

beforeEach(() => {
  resetItemEditSyncForTests();
  storage = memoryStorage();
  listeners = [];
  setStorageForTests(storage, { addEventListener: (_key, listener) => void listeners.push(listener), removeEventListener: () => {} });
  storage.data.set(KEY, encodeEnvelope(1, { personas: [maya, sam], setAside: [] }));
  keepMount($personaCollection);
  $personaCollection.set({ personas: [maya, sam], setAside: [] });
});

afterEach(() => {
  unwatch?.();
  unwatch = undefined;
  cleanStores($personaCollection);
  setStorageForTests(undefined);
});

describe('two tabs editing one persona', () => {
  it('takes the other tab’s version without asking when it was made from this tab’s latest one, even in the same field', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' aaaaa');
    const mine = here()[0] as Persona;
    // The other tab received every keystroke, then typed on: its note says it started from this tab's revision.
    otherTabSaves([{ ...mine, summary: `${mine.summary}b`, updatedAt: later() }, sam], { maya: mine.updatedAt });
    expect($personaEditConflict.get()).toBeUndefined();
    expect(here()[0]?.summary).toBe('Shops weekly aaaaab');
  });

  it('asks when the other tab’s version was made from an older one of this tab’s, and the same field changed', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' aa');
    const afterOne = JSON.parse(JSON.stringify(here()[0])) as Persona;
    typeHere('maya', 'summary', 'a');
    // Made from the version with ' aa', not from the latest ' aaa': interleaved typing in one field.
    const parent = (stored()[0] as Persona).updatedAt === afterOne.updatedAt ? afterOne.updatedAt : afterOne.updatedAt;
    otherTabSaves([{ ...afterOne, summary: 'Shops weekly aab', updatedAt: later() }, sam], { maya: parent });
    expect($personaEditConflict.get()).toMatchObject({ kind: 'changed', fields: ['summary'] });
  });

  it('keeps this tab’s version when the other tab saves an older revision it already had', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' x');
    otherTabSaves([maya, { ...sam, role: 'Buyer', updatedAt: later() }], { sam: sam.updatedAt });
    expect($personaEditConflict.get()).toBeUndefined();
    expect(stored().map((persona) => [persona.summary, persona.role])).toEqual([
      ['Shops weekly x', ''],
      ['', 'Buyer'],
    ]);
  });

  it('combines edits to different fields, in this tab and in storage', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' on Sundays');
    otherTabSaves([{ ...maya, name: 'Maya Chen', updatedAt: '2026-03-01T10:05:00.000Z' }, sam]);
    expect(here()[0]).toMatchObject({ name: 'Maya Chen', summary: 'Shops weekly on Sundays' });
    expect(stored()[0]).toMatchObject({ name: 'Maya Chen', summary: 'Shops weekly on Sundays' });
    expect($personaEditConflict.get()).toBeUndefined();
  });

  it('asks when both typed into the same field, keeps this tab’s text on screen and the other’s in storage until the person chooses', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' aaaaaaaaaa');
    const theirs = { ...maya, summary: 'Shops weekly bbbbbbbbbb', updatedAt: '2026-03-01T10:05:00.000Z' };
    otherTabSaves([theirs, sam]);
    expect($personaEditConflict.get()).toMatchObject({ kind: 'changed', id: 'maya', fields: ['summary'], theirs });
    expect(here()[0]?.summary).toBe('Shops weekly aaaaaaaaaa');
    // Typing on: every character is kept here, and the other tab's version is not overwritten meanwhile.
    typeHere('maya', 'summary', 'cc');
    expect(here()[0]?.summary).toBe('Shops weekly aaaaaaaaaacc');
    expect(stored()[0]?.summary).toBe('Shops weekly bbbbbbbbbb');
    expect($personaEditConflict.get()).toMatchObject({ mine: { summary: 'Shops weekly aaaaaaaaaacc' } });

    const copyId = resolvePersonaEditConflict('keep-both');
    expect($personaEditConflict.get()).toBeUndefined();
    expect(stored().map((persona) => [persona.name, persona.summary])).toEqual([
      ['Maya', 'Shops weekly aaaaaaaaaacc'],
      ['Maya (other tab)', 'Shops weekly bbbbbbbbbb'],
      ['Sam', ''],
    ]);
    expect(stored()[1]?.id).toBe(copyId);
  });

  it('asks again, dropping nothing, when both tabs keep both at once (each saved before hearing of the other’s choice)', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' aaaaaa');
    const before = here()[0] as Persona;
    otherTabSaves([{ ...maya, summary: 'Shops weekly bbb', updatedAt: later() }, sam]);
    typeHere('maya', 'summary', 'aaaa');
    resolvePersonaEditConflict('keep-both');
    // The other tab settled its own clash from this tab's version as it last heard of it (6 a's, not 10): its
    // version, and a copy of that older one of ours.
    const olderCopy = { ...before, id: 'copy-there', name: 'Maya (other tab)', updatedAt: later() };
    otherTabSaves([{ ...maya, summary: 'Shops weekly bbbbbbbbbb', updatedAt: later() }, olderCopy, sam], { maya: before.updatedAt });
    // This tab's 10 a's are on screen, and asked about again rather than replaced.
    expect(here()[0]?.summary).toBe('Shops weekly aaaaaaaaaa');
    expect($personaEditConflict.get()).toMatchObject({ kind: 'changed', id: 'maya', fields: ['summary'] });
    resolvePersonaEditConflict('keep-both');
    const summaries = stored().map((persona) => persona.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Shops weekly aaaaaaaaaa', 'Shops weekly bbbbbbbbbb']));
  });

  it('keeps the latest of the other tab’s versions in the choice, and takes it when asked', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' a');
    otherTabSaves([{ ...maya, summary: 'Shops weekly b', updatedAt: later() }, sam]);
    otherTabSaves([{ ...maya, summary: 'Shops weekly bb', name: 'Maya C', updatedAt: later() }, sam]);
    expect($personaEditConflict.get()).toMatchObject({ theirs: { summary: 'Shops weekly bb', name: 'Maya C' }, fields: ['name', 'summary'] });
    resolvePersonaEditConflict('take-theirs');
    expect(here()[0]).toMatchObject({ name: 'Maya C', summary: 'Shops weekly bb' });
    expect(stored()[0]).toMatchObject({ name: 'Maya C', summary: 'Shops weekly bb' });
  });

  it('saves this tab’s version as a new revision when the person keeps theirs', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', ' a');
    otherTabSaves([{ ...maya, summary: 'Shops weekly b', updatedAt: later() }, sam]);
    resolvePersonaEditConflict('keep-mine');
    expect(stored()[0]?.summary).toBe('Shops weekly a');
    expect(stored()[0]?.updatedAt).not.toBe(maya.updatedAt);
    // The other tab then edits another field on top of this version: no new conflict.
    const kept = stored()[0] as Persona;
    otherTabSaves([{ ...kept, role: 'Parent', updatedAt: later() }, sam], { maya: kept.updatedAt });
    expect($personaEditConflict.get()).toBeUndefined();
    expect(here()[0]).toMatchObject({ summary: 'Shops weekly a', role: 'Parent' });
  });

  it('keeps both versions, unasked, of a persona nobody has open here', () => {
    typeHere('sam', 'name', ' here');
    otherTabSaves([maya, { ...sam, name: 'Sam there', updatedAt: later() }]);
    expect($personaEditConflict.get()).toBeUndefined();
    expect(stored().map((persona) => persona.name)).toEqual(['Maya', 'Sam there', 'Sam here (other tab)']);
  });

  it('takes a deletion the other tab notes, even of a persona made here', async () => {
    unwatch = watchPersonaEdits('maya');
    const added = await addPersona('blank');
    const id = added.ok ? added.value.id : '';
    otherTabSaves([maya, sam], { });
    expect(here().map((persona) => persona.id)).toEqual(['maya', 'sam', id]);
    const raw = encodeEnvelope(1, { personas: [maya, sam], setAside: [] }, { parents: {}, deleted: [id] });
    storage.data.set(KEY, raw);
    for (const listener of listeners) listener({ key: KEY, newValue: raw });
    expect(here().map((persona) => persona.id)).toEqual(['maya', 'sam']);
  });

  it('keeps a persona made here that the other tab has not seen yet', async () => {
    const added = await addPersona('blank');
    otherTabSaves([maya, { ...sam, role: 'Buyer', updatedAt: later() }]);
    expect(stored().map((persona) => persona.id)).toEqual(['maya', 'sam', added.ok ? added.value.id : '']);
  });

  it('does not bring back a persona deleted here when the other tab saves its unchanged copy', () => {
    deletePersona('sam');
    otherTabSaves([{ ...maya, role: 'Parent', updatedAt: later() }, sam]);
    expect(here().map((persona) => persona.id)).toEqual(['maya']);
    expect(stored().map((persona) => persona.id)).toEqual(['maya']);
  });
});

describe('a persona deleted in another tab while it is open here', () => {
  it('stays open with its edits, and is restored when the person keeps it', () => {
    unwatch = watchPersonaEdits('maya');
    typeHere('maya', 'summary', '!');
    otherTabSaves([sam]);
    expect($personaEditConflict.get()).toMatchObject({ kind: 'deleted', id: 'maya' });
    expect(here().map((persona) => persona.id)).toEqual(['sam', 'maya']);
    expect(stored().map((persona) => persona.id)).toEqual(['sam']);
    resolvePersonaEditConflict('restore');
    expect(stored().map((persona) => [persona.id, persona.summary])).toEqual([
      ['sam', ''],
      ['maya', 'Shops weekly!'],
    ]);
  });

  it('goes when the person lets it go, or leaves the editor', () => {
    unwatch = watchPersonaEdits('maya');
    otherTabSaves([sam]);
    resolvePersonaEditConflict('let-go');
    expect(here().map((persona) => persona.id)).toEqual(['sam']);
    expect(stored().map((persona) => persona.id)).toEqual(['sam']);
  });

  it('is simply gone when no editor has it open', () => {
    otherTabSaves([sam]);
    expect($personaEditConflict.get()).toBeUndefined();
    expect(here().map((persona) => persona.id)).toEqual(['sam']);
  });
});
