import type { AcceptedPersona } from './import-personas.ts';
import { mergePersonas } from './merge-personas.ts';
import { MAX_PERSONAS, PERSONA_LIMITS } from './persona-limits.ts';
import type { Persona } from './persona-schema.ts';

/** What to do with an imported persona that has the same id as one already here. */
export type ConflictChoice = 'keep-both' | 'replace' | 'merge' | 'skip';
export const CONFLICT_CHOICES = ['keep-both', 'merge', 'replace', 'skip'] as const satisfies readonly ConflictChoice[];

/** An imported persona that would overwrite one already here. */
export interface ImportConflict {
  /** Position of the imported persona in its file. */
  readonly index: number;
  readonly incoming: Persona;
  readonly existing: Persona;
}

/**
 * Find the imported personas that share an id with one already here: the page must ask about each.
 *
 * @param existing the personas in this browser
 * @param accepted the personas ready to import
 * @returns one conflict per clash, in file order
 * @example findImportConflicts([maya], [{ index: 0, persona: maya, ignored: [], filledIn: [] }]).length // 1
 */
export function findImportConflicts(existing: readonly Persona[], accepted: readonly AcceptedPersona[]): ImportConflict[] {
  return accepted.flatMap(({ index, persona }) => {
    const match = existing.find((known) => known.id === persona.id);
    return match ? [{ index, incoming: persona, existing: match }] : [];
  });
}

/** What an import did, in names, for the message after it. */
export interface ImportOutcome {
  readonly personas: readonly Persona[];
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  readonly merged: readonly string[];
  readonly skipped: readonly string[];
  /** Items a merge could not fit. */
  readonly leftOut: readonly string[];
  /** Personas not imported because the browser already keeps the most it can. */
  readonly refused: readonly string[];
}

/**
 * Add imported personas to the collection, doing what the person chose for each conflict (keep both when
 * they chose nothing: an import never overwrites without being asked).
 *
 * @param existing the personas in this browser
 * @param accepted the personas ready to import
 * @param choices the choice per conflicting persona, by its index in the file
 * @param context makes ids for kept copies; the time for merges
 * @returns the new collection and what happened to each persona
 * @example applyPersonaImport([maya], [{ index: 0, persona: maya, ignored: [], filledIn: [] }], new Map([[0, 'replace']]), context).replaced // ['Maya Chen']
 */
export function applyPersonaImport(
  existing: readonly Persona[],
  accepted: readonly AcceptedPersona[],
  choices: ReadonlyMap<number, ConflictChoice>,
  context: { readonly createId: () => string; readonly now: Date },
): ImportOutcome {
  const personas = [...existing];
  const outcome = { added: [] as string[], replaced: [] as string[], merged: [] as string[], skipped: [] as string[], leftOut: [] as string[], refused: [] as string[] };
  const takenIds = new Set(personas.map((persona) => persona.id));

  for (const { index, persona } of accepted) {
    const position = personas.findIndex((known) => known.id === persona.id);
    const existingPersona = personas[position];
    const choice = existingPersona ? (choices.get(index) ?? 'keep-both') : 'keep-both';
    if (existingPersona && choice === 'skip') {
      outcome.skipped.push(persona.name);
    } else if (existingPersona && choice === 'replace') {
      personas[position] = persona;
      outcome.replaced.push(persona.name);
    } else if (existingPersona && choice === 'merge') {
      const merged = mergePersonas(existingPersona, persona, context.now);
      personas[position] = merged.persona;
      outcome.merged.push(merged.persona.name);
      outcome.leftOut.push(...merged.leftOut.map((item) => `${merged.persona.name}, ${item}`));
    } else if (personas.length >= MAX_PERSONAS) {
      outcome.refused.push(persona.name);
    } else {
      let copy = persona;
      if (takenIds.has(persona.id)) {
        let id = context.createId();
        while (takenIds.has(id)) id = context.createId();
        copy = { ...persona, id, name: markAsImported(persona.name, personas) };
      }
      takenIds.add(copy.id);
      personas.push(copy);
      outcome.added.push(copy.name);
    }
  }
  return { personas, ...outcome };
}

/** "Maya Chen (imported)" when a persona here already has the name and the longer name still fits. */
function markAsImported(name: string, personas: readonly Persona[]): string {
  const marked = `${name} (imported)`;
  return personas.some((persona) => persona.name === name) && marked.length <= PERSONA_LIMITS.name ? marked : name;
}
