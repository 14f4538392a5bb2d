import { err, ok, type Result } from '../result.ts';
import type { PersonaIssue } from './describe-persona-issue.ts';
import { PERSONA_FILE_FORMAT } from './persona-file.ts';
import { MAX_IMPORT_BYTES, MAX_PERSONAS } from './persona-limits.ts';
import { describeMigrationError, migratePersonaData, PERSONA_MIGRATIONS, type PersonaMigrations } from './persona-migrations.ts';
import { ID_PATTERN } from '../text/id.ts';
import { PERSONA_SCHEMA_VERSION, type Persona } from './persona-schema.ts';
import { validatePersona } from './validate-persona.ts';

/** Why a whole file could not be imported. */
export type PersonaImportError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'not-json' }
  /** JSON with a `format` field that is not ours (another tool's export). */
  | { readonly kind: 'wrong-format'; readonly found: string }
  /** JSON, but neither an export file, a persona, nor a list of personas. */
  | { readonly kind: 'not-personas' }
  | { readonly kind: 'future-version'; readonly found: number; readonly supported: number }
  | { readonly kind: 'no-personas' }
  | { readonly kind: 'too-many'; readonly count: number; readonly limit: number };

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
  readonly migrations?: PersonaMigrations;
}

/**
 * Read an imported JSON text: an export file (`{ format: 'touchpoint-personas', version, personas }`), one
 * persona, or a list of personas. Each persona is upgraded from the file's version and checked on its own,
 * so one bad persona does not block the others; each problem names the persona, the field and why.
 *
 * @param text the file's contents
 * @param context id maker, current time and (for tests) migrations
 * @returns accepted and rejected personas, or why the file as a whole cannot be read
 * @example parsePersonaImport('[{"name": ""}]', context)
 * // ok({ accepted: [], rejected: [{ index: 0, label: 'Persona 1', issues: [{ path: ['name'], field: 'Name', message: 'must not be empty' }] }] })
 */
export function parsePersonaImport(text: string, context: ImportContext): Result<PersonaImport, PersonaImportError> {
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return err({ kind: 'too-large', bytes, limit: MAX_IMPORT_BYTES });
  if (text.trim() === '') return err({ kind: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Engines word JSON errors differently; "not JSON" is what the person needs to know.
    return err({ kind: 'not-json' });
  }

  const entries = readEntries(data);
  if (!entries.ok) return entries;
  const { personas, version } = entries.value;
  if (version > PERSONA_SCHEMA_VERSION) return err({ kind: 'future-version', found: version, supported: PERSONA_SCHEMA_VERSION });
  if (personas.length === 0) return err({ kind: 'no-personas' });
  if (personas.length > MAX_PERSONAS) return err({ kind: 'too-many', count: personas.length, limit: MAX_PERSONAS });

  const accepted: AcceptedPersona[] = [];
  const rejected: RejectedPersona[] = [];
  const seenIds = new Set<string>();
  personas.forEach((entry, index) => {
    const label = labelEntry(entry, index);
    const migrated = migratePersonaData(entry, version, context.migrations ?? PERSONA_MIGRATIONS);
    if (!migrated.ok) {
      rejected.push({ index, label, issues: [{ path: [], field: 'the persona', message: describeMigrationError(migrated.error) }] });
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

/** The list of persona entries in a parsed file, and the version they are written in. */
function readEntries(data: unknown): Result<{ personas: readonly unknown[]; version: number }, PersonaImportError> {
  if (Array.isArray(data)) return ok({ personas: data, version: PERSONA_SCHEMA_VERSION });
  if (!isRecord(data)) return err({ kind: 'not-personas' });
  if ('format' in data) {
    if (data['format'] !== PERSONA_FILE_FORMAT) return err({ kind: 'wrong-format', found: String(data['format']).slice(0, 60) });
    const version = data['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err({ kind: 'not-personas' });
    if (version > PERSONA_SCHEMA_VERSION) return err({ kind: 'future-version', found: version, supported: PERSONA_SCHEMA_VERSION });
    return Array.isArray(data['personas']) ? ok({ personas: data['personas'], version }) : err({ kind: 'not-personas' });
  }
  // A single persona: it has at least a name.
  return 'name' in data ? ok({ personas: [data], version: PERSONA_SCHEMA_VERSION }) : err({ kind: 'not-personas' });
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
