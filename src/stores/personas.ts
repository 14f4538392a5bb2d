/**
 * The personas this browser keeps, and every change the persona builder makes to them.
 *
 * Other islands read personas from here (the journey map does):
 *
 *     import { $personas, $personaSummaries, getPersonaById, PERSONAS_SSR_VALUE } from '../../stores/personas';
 *     const personas = useStore($personaSummaries, { ssr: () => PERSONAS_SSR_VALUE });
 *
 * Pass `ssr` so the first render matches the server's (no hydration error). Saved under `touchpoint:personas`
 * through persistedAtom (versioned, synced across tabs); the data shape is in lib/persona/persona-collection.ts,
 * its migrations in lib/persona/persona-migrations.ts.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { ConflictChoice, ImportOutcome } from '../lib/persona/apply-persona-import.ts';
import { applyPersonaImport } from '../lib/persona/apply-persona-import.ts';
import { createBlankContent, createPersona as buildPersona } from '../lib/persona/create-persona.ts';
import { createId } from '../lib/text/id.ts';
import type { AcceptedPersona } from '../lib/persona/import-personas.ts';
import type { PersonaCollection } from '../lib/persona/persona-collection.ts';
import { PERSONA_COLLECTION_MIGRATIONS, PERSONA_SCHEMA_VERSION } from '../lib/persona/persona-migrations.ts';
import { MAX_PERSONAS, PERSONA_LIMITS } from '../lib/persona/persona-limits.ts';
import type { Persona } from '../lib/persona/persona-schema.ts';
import { loadPersonaTemplate } from '../lib/persona/persona-templates.ts';
import { AVATAR_COLOUR_IDS, type Priority } from '../lib/persona/persona-vocabulary.ts';
import { getPersonaSummary, type PersonaSummary } from '../lib/persona/persona-summary.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { createItemEditSync, type ConflictChoice as EditConflictChoice, type ItemEditSync } from './item-edit-sync.ts';
import { persistedAtom, type PersistedAtom } from './persisted-atom.ts';
import { getNextRevision } from '../lib/storage/item-revisions.ts';
import { $storageNotices } from './storage-notices.ts';

export type { Persona } from '../lib/persona/persona-schema.ts';

/** No personas yet: what the page shows before the browser's data is read. */
export const EMPTY_COLLECTION: PersonaCollection = { personas: [], setAside: [] };

/** Everything saved: the personas, and any saved persona that could not be read (kept, never dropped). */
export const $personaCollection: PersistedAtom<PersonaCollection> = persistedAtom<PersonaCollection>({
  key: 'personas',
  version: PERSONA_SCHEMA_VERSION,
  initial: EMPTY_COLLECTION,
  // The parser brings zod: it loads after the page's first render, when the store is first used.
  parse: { load: () => import('../lib/persona/persona-collection.ts').then((collection) => collection.parsePersonaCollection) },
  migrations: PERSONA_COLLECTION_MIGRATIONS,
  reconcile: (incoming, current, sync) => personaEdits.reconcile(incoming, current, sync),
  syncNote: () => personaEdits.syncNote(),
});

/** Two tabs editing personas: changes combine field by field; a clash in the open persona is the person's choice. */
const personaEdits: ItemEditSync<PersonaCollection, Persona> = createItemEditSync<PersonaCollection, Persona>({
  store: () => $personaCollection,
  getItems: (collection) => collection.personas,
  withItems: (collection, personas) => ({ ...collection, personas }),
  getId: (persona) => persona.id,
  copyItem: (persona, takenIds) => {
    let id = createId();
    while (takenIds.has(id)) id = createId();
    const name = `${persona.name} (other tab)`;
    return { ...persona, id, name: name.length <= PERSONA_LIMITS.name ? name : persona.name, updatedAt: new Date().toISOString() };
  },
  getRevision: (persona) => persona.updatedAt,
  setRevision: (persona, updatedAt) => ({ ...persona, updatedAt }),
  ignore: new Set(['updatedAt']),
});

/** The conflict about the persona open in this tab's editor: changed or deleted in another tab meanwhile. */
export const $personaEditConflict = personaEdits.$editConflict;

/**
 * Tell the store which persona this tab's editor has open (call on mount; call the result on unmount), so
 * another tab's clashing change to it is offered as a choice rather than settled on its own.
 */
export function watchPersonaEdits(id: string): () => void {
  return personaEdits.watch(id);
}

/**
 * Settle the open conflict: keep this tab's version, take the other tab's, keep both (the other tab's as a
 * copy named "… (other tab)"), or for a persona deleted in another tab, restore it or let it go.
 *
 * @returns the id of the copy kept by 'keep-both', if any
 */
export function resolvePersonaEditConflict(choice: EditConflictChoice): string | undefined {
  return personaEdits.resolve(choice);
}

/** What `$personas` and `$personaSummaries` hold before the browser's data is read: pass it as `ssr`. */
export const PERSONAS_SSR_VALUE: readonly never[] = [];

/** Every persona, in the order the person keeps them. Read-only for other islands. */
export const $personas: ReadableAtom<readonly Persona[]> = computed($personaCollection, (collection) => collection.personas);

/** Summaries of every persona, primary personas first, otherwise in the person's order. */
export const $personaSummaries: ReadableAtom<readonly PersonaSummary[]> = computed($personas, (personas) =>
  [...personas].sort((a, b) => Number(b.priority === 'primary') - Number(a.priority === 'primary')).map(getPersonaSummary),
);

/** One persona by its id, or undefined when there is none (deleted, or from another browser). */
export function getPersonaById(id: string): Persona | undefined {
  return $personaCollection.get().personas.find((persona) => persona.id === id);
}

/** Whether the last change reached the browser's storage: 'not-saved' while the browser refuses to save. */
export const $personaSaveState: ReadableAtom<'saved' | 'not-saved'> = computed($storageNotices, (notices) =>
  notices.some((notice) => notice.kind === 'write-failed' && notice.key === $personaCollection.storageKey) ? 'not-saved' : 'saved',
);

function setPersonas(personas: readonly Persona[]): void {
  const previous = $personaCollection.get();
  const next = { ...previous, personas };
  personaEdits.recordLocal(previous, next);
  $personaCollection.set(next);
}

/** Why a new persona could not be made. */
export type AddPersonaError =
  | { readonly kind: 'full'; readonly limit: number }
  | { readonly kind: 'missing' }
  /** The template's content could not be loaded (offline before the site was cached, or a new deployment). */
  | { readonly kind: 'unavailable' };

/**
 * Add a persona, blank or from a template, at the end of the list.
 *
 * @param templateId a template's id (persona-templates.ts), or 'blank'
 * @returns the new persona, or why none was made (once a template's content has loaded)
 */
export async function addPersona(templateId: string): Promise<Result<Persona, AddPersonaError>> {
  let template;
  try {
    template = templateId === 'blank' ? undefined : await loadPersonaTemplate(templateId);
  } catch {
    return err({ kind: 'unavailable' });
  }
  if (templateId !== 'blank' && !template) return err({ kind: 'missing' });
  // Read after the content has loaded: another action may have changed the list meanwhile.
  const { personas } = $personaCollection.get();
  if (personas.length >= MAX_PERSONAS) return err({ kind: 'full', limit: MAX_PERSONAS });
  const colour = AVATAR_COLOUR_IDS[personas.length % AVATAR_COLOUR_IDS.length] ?? 'teal';
  const persona = buildPersona(template?.content ?? createBlankContent(colour), createId(), new Date());
  setPersonas([...personas, persona]);
  return ok(persona);
}

/**
 * Change one persona (the form calls this on every edit, so changes are saved as they are typed).
 *
 * @param id the persona's id
 * @param change returns the changed persona from the current one
 */
export function updatePersona(id: string, change: (persona: Persona) => Persona): void {
  const { personas } = $personaCollection.get();
  const index = personas.findIndex((persona) => persona.id === id);
  const current = personas[index];
  if (!current) return;
  const next = [...personas];
  // Each saved version gets its own stamp: it is the revision other tabs compare (item-edit-sync.ts).
  next[index] = { ...change(current), id, createdAt: current.createdAt, updatedAt: getNextRevision(current.updatedAt, new Date()) };
  setPersonas(next);
}

/** Give a persona a new name. */
export function renamePersona(id: string, name: string): void {
  updatePersona(id, (persona) => ({ ...persona, name }));
}

/** Make a persona primary or secondary. */
export function setPersonaPriority(id: string, priority: Priority): void {
  updatePersona(id, (persona) => ({ ...persona, priority }));
}

/**
 * Copy a persona (named "… (copy)") right after the original.
 *
 * @param id the persona to copy
 * @returns the copy, or why there is none
 */
export function duplicatePersona(id: string): Result<Persona, AddPersonaError> {
  const { personas } = $personaCollection.get();
  const index = personas.findIndex((persona) => persona.id === id);
  const original = personas[index];
  if (!original) return err({ kind: 'missing' });
  if (personas.length >= MAX_PERSONAS) return err({ kind: 'full', limit: MAX_PERSONAS });
  const copyName = `${original.name} (copy)`;
  const { id: _id, createdAt: _created, updatedAt: _updated, ...content } = original;
  const copy = buildPersona({ ...content, name: copyName.length <= PERSONA_LIMITS.name ? copyName : original.name }, createId(), new Date());
  setPersonas([...personas.slice(0, index + 1), copy, ...personas.slice(index + 1)]);
  return ok(copy);
}

/** A deleted persona and where it was, so the deletion can be undone. */
export interface DeletedPersona {
  readonly persona: Persona;
  readonly index: number;
}

/**
 * Delete a persona.
 *
 * @param id the persona to delete
 * @returns what `restorePersona` needs to undo it, or undefined when there was no such persona
 */
export function deletePersona(id: string): DeletedPersona | undefined {
  const { personas } = $personaCollection.get();
  const index = personas.findIndex((persona) => persona.id === id);
  const persona = personas[index];
  if (!persona) return undefined;
  setPersonas(personas.filter((known) => known.id !== id));
  return { persona, index };
}

/** Undo a deletion: put the persona back where it was (under a new id if its id was taken meanwhile). */
export function restorePersona(deleted: DeletedPersona): Persona {
  const { personas } = $personaCollection.get();
  const taken = personas.some((persona) => persona.id === deleted.persona.id);
  const persona = taken ? { ...deleted.persona, id: createId() } : deleted.persona;
  const index = Math.min(deleted.index, personas.length);
  setPersonas([...personas.slice(0, index), persona, ...personas.slice(index)]);
  return persona;
}

/**
 * Add imported (or shared) personas, doing what the person chose for each one that has the same id as a
 * persona here (keep both when no choice was made).
 *
 * @param accepted the personas that passed validation
 * @param choices the choice per conflicting persona, by its index in the file
 * @returns what happened to each persona
 */
export function importPersonas(accepted: readonly AcceptedPersona[], choices: ReadonlyMap<number, ConflictChoice>): ImportOutcome {
  const outcome = applyPersonaImport($personaCollection.get().personas, accepted, choices, { createId: () => createId(), now: new Date() });
  setPersonas(outcome.personas);
  return outcome;
}

/** Forget a saved persona that could not be read (after the person downloaded it or chose to drop it). */
export function discardSetAsidePersona(index: number): void {
  const collection = $personaCollection.get();
  $personaCollection.set({ ...collection, setAside: collection.setAside.filter((_entry, position) => position !== index) });
}
