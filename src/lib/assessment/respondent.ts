import { z } from '../schema/zod.ts';

/** Roles a respondent may pick, so team results can be broken down by where people sit. */
export const RESPONDENT_ROLES = ['leadership', 'management', 'front-line', 'back-office', 'other'] as const;

/** Where a respondent works, e.g. leadership or front line. */
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** The longest respondent label we keep, in UTF-16 code units. */
export const RESPONDENT_LABEL_MAX_LENGTH = 60;

/** Who answered: an optional label (a name or team) and an optional role. */
export const respondentSchema = z.object({
  /** A name, initials or team, shown in team results; trimmed. */
  label: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(RESPONDENT_LABEL_MAX_LENGTH))),
  /** Where the respondent works. */
  role: z.optional(z.enum(RESPONDENT_ROLES)),
});

/** Who answered. */
export type Respondent = z.output<typeof respondentSchema>;

/**
 * A label in the form used to spot the same respondent twice: trimmed, lower-case, single spaces.
 *
 * @example
 * normalizeRespondentLabel('  Ana   López '); // => 'ana lópez'
 */
export function normalizeRespondentLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
