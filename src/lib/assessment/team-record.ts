import { z } from '../schema/zod.ts';
import { teamRespondentSchema, type TeamRespondent } from './team-respondent.ts';

/** The `format` value that marks a file as an exported team. */
export const TEAM_RECORD_FORMAT = 'touchpoint-cx-team';

/** A team as exported to JSON: every respondent's answers, label and role. Scores are recomputed on import. */
export const teamRecordSchema = z.object({
  /** Marks the file as an exported team. */
  format: z.literal(TEAM_RECORD_FORMAT),
  /** When the file was exported, as an ISO 8601 date-time. */
  exportedAt: z.iso.datetime({ offset: true }),
  /** The respondents, in the order they were added. */
  respondents: z.readonly(z.array(teamRespondentSchema)),
});

/** A team as exported to JSON. */
export type TeamRecord = z.output<typeof teamRecordSchema>;

/**
 * A team as pretty-printed JSON for download.
 *
 * @param respondents the team
 * @param exportedAt when it is exported
 * @returns JSON text
 * @example
 * exportTeamJson(team, new Date('2026-03-01T10:00:00Z')); // => '{\n  "format": "touchpoint-cx-team",\n  "exportedAt": "2026-03-01T10:00:00.000Z", …'
 */
export function exportTeamJson(respondents: readonly TeamRespondent[], exportedAt: Date): string {
  const record: TeamRecord = { format: TEAM_RECORD_FORMAT, exportedAt: exportedAt.toISOString(), respondents };
  return `${JSON.stringify(record, null, 2)}\n`;
}
