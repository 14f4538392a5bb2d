import { readExportFile } from '../portable/export-file.ts';
import { migrate, type Migrations } from '../portable/migrate.ts';
import { describePortableError, invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import type { PersonaIssue } from './describe-field-path.ts';
import { PERSONA_FILE } from './persona-file.ts';
import { MAX_PERSONAS } from './persona-limits.ts';
import { PERSONA_MIGRATIONS } from './persona-migrations.ts';
import type { Persona } from './persona-schema.ts';
import { ID_PATTERN } from '../text/id.ts';
import { formatNumber } from '../text/format.ts';
import { validatePersona } from './validate-persona.ts';

/** A persona from the file that passed every check. */
export interface AcceptedPersona {
  /** Its position in the file, from 0. */
  readonly index: number;
  readonly persona: Persona;
  /** Unknown fields that were left out. */
  readonly ignored: readonly PersonaIssue[];
  /** What the import filled in, e.g. 'a new id (the file had none)'. */
  readonly filledIn: readonly string[];
}

/** A persona from the file that cannot be imported, with every reason. */
export interface RejectedPersona {
  readonly index: number;
  /** How to name it in a message: 'Persona 2 (“Maya Chen”)'. */
  readonly label: string;
  readonly issues: readonly PersonaIssue[];
}

/** What a file holds: the personas ready to import and the ones that are not, each named. */
export interface PersonaImport {
  readonly accepted: readonly AcceptedPersona[];
  readonly rejected: readonly RejectedPersona[];
}

export interface ImportContext {
  /** Makes an id for a persona that has none or repeats one. */
  readonly createId: () => string;
  readonly now: Date;
  readonly migrations?: Migrations;
}

/**
 * Read an imported JSON text: an export file (`{ format: 'touchpoint-personas', version, personas }`), one
 * persona, or a list of personas (see `PERSONA_FILE`). Each persona is upgraded from the file's version and checked on its own,
 * so one bad persona does not block the others; each problem names the persona, the field and why.
 *
 * @param text the file's contents
 * @param context id maker, current time and (for tests) migrations
 * @returns accepted and rejected personas (both empty when the file holds an empty list), or why the file as a whole cannot be read
 * @example parsePersonaImport('[{"name": ""}]', context)
 * // ok({ accepted: [], rejected: [{ index: 0, label: 'Persona 1', issues: [{ path: ['name'], place: 'Name', message: 'must not be empty' }] }] })
 */
export function parsePersonaImport(text: string, context: ImportContext): Result<PersonaImport, PortableError> {
  const read = readExportFile(text, PERSONA_FILE);
  if (!read.ok) return read;
  const { items: personas, version } = read.value;
  // A well-formed file with an empty list is not a format problem: it holds no personas (the page says so).
  if (personas.length === 0) return ok({ accepted: [], rejected: [] });
  if (personas.length > MAX_PERSONAS) return err(invalid([`There are ${formatNumber(personas.length)} personas; one browser keeps up to ${formatNumber(MAX_PERSONAS)}. Split the file and import it in parts.`]));

  const accepted: AcceptedPersona[] = [];
  const rejected: RejectedPersona[] = [];
  const seenIds = new Set<string>();
  personas.forEach((entry, index) => {
    const label = labelEntry(entry, index);
    const migrated = migrate(entry, version, context.migrations ?? PERSONA_MIGRATIONS);
    if (!migrated.ok) {
      const message = describePortableError(migrated.error, { thing: 'persona', tool: 'persona builder' }).headline;
      rejected.push({ index, label, issues: [{ path: [], place: 'the persona', message: `cannot be upgraded: ${message}` }] });
      return;
    }
    const { data: filled, filledIn } = fillMissing(migrated.value, seenIds, context);
    const checked = validatePersona(filled);
    if (!checked.ok) {
      rejected.push({ index, label, issues: checked.error });
      return;
    }
    seenIds.add(checked.value.persona.id);
    accepted.push({ index, persona: checked.value.persona, ignored: checked.value.ignored, filledIn });
  });
  return ok({ accepted, rejected });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function labelEntry(entry: unknown, index: number): string {
  const name = isRecord(entry) && typeof entry['name'] === 'string' ? entry['name'].trim() : '';
  if (!name) return `Persona ${index + 1}`;
  return `Persona ${index + 1} (“${name.length > 40 ? `${name.slice(0, 40)}…` : name}”)`;
}

/** Give a persona what only this browser can give it: an id when it has none (or repeats one), and dates. */
function fillMissing(entry: unknown, seenIds: ReadonlySet<string>, context: ImportContext): { data: unknown; filledIn: string[] } {
  if (!isRecord(entry)) return { data: entry, filledIn: [] };
  const filled: Record<string, unknown> = { ...entry };
  const filledIn: string[] = [];
  if (filled['id'] === undefined) {
    filled['id'] = context.createId();
    filledIn.push('a new id (the file had none)');
  } else if (typeof filled['id'] === 'string' && ID_PATTERN.test(filled['id']) && seenIds.has(filled['id'])) {
    filled['id'] = context.createId();
    filledIn.push('a new id (an earlier persona in the file has the same one)');
  }
  const stamp = context.now.toISOString();
  if (filled['createdAt'] === undefined) filled['createdAt'] = stamp;
  if (filled['updatedAt'] === undefined) filled['updatedAt'] = filled['createdAt'];
  if (entry['createdAt'] === undefined || entry['updatedAt'] === undefined) filledIn.push('today’s date (the file had no dates)');
  return { data: filled, filledIn };
}
