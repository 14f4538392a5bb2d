import { err, ok, type Result } from '../result.ts';
import { describePersonaIssue, type PersonaIssue } from './describe-field-path.ts';
import { PERSONA_LIMITS } from './persona-limits.ts';
import { createPersonaSchema, personaSchema, type Persona } from './persona-schema.ts';

const strictKeysSchema = createPersonaSchema(PERSONA_LIMITS, 'strict-keys');

/** A persona that passed the strict checks, and the unknown fields that were left out of it. */
export interface ValidPersona {
  readonly persona: Persona;
  /** Fields the data had that a persona does not use; they were ignored (say so, never silently). */
  readonly ignored: readonly PersonaIssue[];
}

/**
 * Check data against the strict persona schema (the limits in persona-limits.ts, names and item texts
 * required). Unknown fields do not fail the check; they are listed in `ignored`.
 *
 * @param data anything, e.g. one entry of an imported file
 * @returns the persona, or every problem with its field and reason
 * @example validatePersona({ id: 'p1', name: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' })
 * // err([{ path: ['name'], place: 'Name', message: 'must not be empty' }])
 */
export function validatePersona(data: unknown): Result<ValidPersona, readonly PersonaIssue[]> {
  const checked = strictKeysSchema.safeParse(data, { reportInput: true });
  if (checked.success) return ok({ persona: checked.data, ignored: [] });
  const issues = checked.error.issues.map(describePersonaIssue);
  const ignored = issues.filter((_issue, index) => checked.error.issues[index]?.code === 'unrecognized_keys');
  const problems = issues.filter((_issue, index) => checked.error.issues[index]?.code !== 'unrecognized_keys');
  if (problems.length > 0) return err(problems);
  // Only unknown fields were wrong: read the data again, leaving them out.
  const stripped = personaSchema.safeParse(data);
  return stripped.success ? ok({ persona: stripped.data, ignored }) : err(issues);
}

/**
 * The problems a saved persona has against the strict limits: what the form marks and what blocks sharing.
 *
 * @param persona a persona as saved (drafts may be over a limit or have empty items)
 * @returns the problems, none when the persona is ready to export and share
 * @example findPersonaProblems({ ...persona, name: 'x'.repeat(75) }) // [{ path: ['name'], place: 'Name', message: 'is 75 characters long; the limit is 60' }]
 */
export function findPersonaProblems(persona: Persona): readonly PersonaIssue[] {
  const checked = personaSchema.safeParse(persona, { reportInput: true });
  return checked.success ? [] : checked.error.issues.map(describePersonaIssue);
}
