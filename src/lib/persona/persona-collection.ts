/**
 * The personas this browser keeps, as saved under `touchpoint:personas`:
 *
 *     { "v": 1, "data": { "personas": [Persona…], "setAside": [{ "label", "reason", "raw" }…] } }
 *
 * Each saved persona is read on its own against the loose stored schema: one that cannot be read is moved to
 * `setAside` with the reason and its raw JSON (the page offers it for download), and the others load as
 * usual. A collection that is not even a list is handled by persistedAtom (kept aside whole, with a notice).
 * Migration: `PERSONA_MIGRATIONS[n]` is applied to every saved persona (PERSONA_COLLECTION_MIGRATIONS). The
 * store loads this module after the page's first render (it brings zod), so it holds the parser only.
 */
import { z } from '../schema/zod.ts';
import { err, ok, type Result } from '../result.ts';
import { setAsideEntrySchema, type SetAsideEntry } from '../storage/set-aside-entry.ts';
import { createUniqueIds } from '../storage/unique-ids.ts';
import { describePersonaIssue } from './describe-field-path.ts';
import { storedPersonaSchema, type Persona } from './persona-schema.ts';

/** A saved persona that could not be read, kept so nothing is lost. */
export type SetAsidePersona = SetAsideEntry;

export interface PersonaCollection {
  readonly personas: readonly Persona[];
  readonly setAside: readonly SetAsidePersona[];
}

const collectionShape = z.object({ personas: z.array(z.unknown()), setAside: z._default(z.array(setAsideEntrySchema), []) });

/**
 * Read saved data into a collection: every readable persona, and the unreadable ones set aside with a reason.
 *
 * @param data the saved data (already migrated to the current version)
 * @returns the collection, or a message when the data is not a collection at all
 * @example parsePersonaCollection({ personas: [{ name: 'no id' }] }).value.setAside[0].reason // 'Id is missing'
 */
export function parsePersonaCollection(data: unknown): Result<PersonaCollection, string> {
  const shape = collectionShape.safeParse(data);
  if (!shape.success) return err('personas: expected a list of personas');
  const personas: Persona[] = [];
  const setAside: SetAsidePersona[] = [...shape.data.setAside];
  const uniqueId = createUniqueIds();
  for (const entry of shape.data.personas) {
    const checked = storedPersonaSchema.safeParse(entry, { reportInput: true });
    if (!checked.success) {
      const issues = checked.error.issues.map(describePersonaIssue);
      const name = typeof entry === 'object' && entry !== null && 'name' in entry && typeof entry.name === 'string' ? entry.name : '';
      setAside.push({
        label: name.trim() || 'A persona without a name',
        reason: issues.map((issue) => `${issue.place} ${issue.message}`).join('; '),
        raw: JSON.stringify(entry) ?? String(entry),
      });
      continue;
    }
    // Two saved personas with one id (edited by hand?): keep both, the second under a new id.
    const id = uniqueId(checked.data.id);
    personas.push(id === checked.data.id ? checked.data : { ...checked.data, id });
  }
  return ok({ personas, setAside });
}
