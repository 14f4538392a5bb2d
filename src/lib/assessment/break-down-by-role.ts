import { RESPONDENT_ROLES, type RespondentRole } from './respondent.ts';
import type { TeamRespondent } from './team-respondent.ts';
import { summarizeValues, type ValueSummary } from './value-summary.ts';

/** A role group in a breakdown; respondents who gave no role are `unspecified`. */
export type RoleGroup = RespondentRole | 'unspecified';

/** One role group's numbers. */
export type RoleBreakdown = { readonly role: RoleGroup; readonly summary: ValueSummary | undefined };

/**
 * Summarises a value per role group present, in RESPONDENT_ROLES order and then `unspecified`.
 * Empty when nobody gave a role, since one "unspecified" group would only repeat the totals.
 *
 * @param members the respondents to break down
 * @param valueOf a respondent's value, or `undefined` when they have none (e.g. answered "Don't know")
 * @returns one entry per group with at least one member; its summary is `undefined` when no member has a value
 * @example
 * breakDownByRole([leader, agent, agent2], getLevel);
 * // => [{ role: 'leadership', summary: { count: 1, median: 4, … } }, { role: 'front-line', summary: { count: 2, median: 2.5, … } }]
 */
export function breakDownByRole(
  members: readonly TeamRespondent[],
  valueOf: (member: TeamRespondent) => number | undefined,
): readonly RoleBreakdown[] {
  if (members.every((member) => member.respondent?.role === undefined)) return [];
  const groups: readonly RoleGroup[] = [...RESPONDENT_ROLES, 'unspecified'];
  return groups.flatMap((role) => {
    const inGroup = members.filter((member) => (member.respondent?.role ?? 'unspecified') === role);
    if (inGroup.length === 0) return [];
    const values = inGroup.flatMap((member) => valueOf(member) ?? []);
    return [{ role, summary: summarizeValues(values) }];
  });
}
