import { formatCsv } from '../text/csv.ts';
import type { TeamResult } from './aggregate-team-results.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { scoreAssessment } from './score-assessment.ts';
import type { TeamRespondent } from './team-respondent.ts';

/**
 * The header of the team's one-row-per-person CSV: who, then each dimension's score (by dimension id, so the
 * columns keep their names when a dimension is renamed), then the overall score and level.
 */
export function getTeamRespondentsCsvHeader(bank: QuestionBank): readonly string[] {
  return ['respondent', 'role', 'mode', 'counted', ...bank.dimensions.map((dimension) => `${dimension.id}_score`), 'overall_score', 'overall_level'];
}

/**
 * One row per person in the team, in the order they were added: their label (or "Respondent 3" when none was
 * given), role (empty when none), mode, whether they count (`no` for a repeat, which every team figure leaves out:
 * listed so nobody disappears), each dimension's score (two decimals, empty without enough answers), and the
 * overall score and level (capped as on the results page). Scored exactly as each person's own results page
 * scores them.
 *
 * @param bank the question bank (answers on its version)
 * @param respondents the team, in order
 * @param team the same team aggregated (for which people count)
 * @returns CSV text with a header row and CRLF line endings (formula-safe: see formatCsv)
 * @example
 * exportTeamRespondentsCsv(QUESTION_BANK, [ana, bea], aggregateTeamResults(QUESTION_BANK, [ana, bea]));
 * // => 'respondent,role,mode,counted,strategy-leadership_score,…,overall_score,overall_level\r\nAna,leadership,full,yes,2.75,…,2.5,2\r\n…'
 */
export function exportTeamRespondentsCsv(bank: QuestionBank, respondents: readonly TeamRespondent[], team: TeamResult): string {
  const rows = respondents.map((member, index) => {
    const result = scoreAssessment(bank, member);
    const scores = bank.dimensions.map((dimension) => {
      const scored = result.dimensions.find((candidate) => candidate.dimensionId === dimension.id);
      return scored?.status === 'scored' ? scored.score : '';
    });
    const overall = result.overall.status === 'scored' ? [result.overall.score, result.overall.level] : ['', ''];
    return [
      member.respondent?.label ?? `Respondent ${String(index + 1)}`,
      member.respondent?.role ?? '',
      member.mode,
      team.members[index]?.counted === false ? 'no' : 'yes',
      ...scores,
      ...overall,
    ];
  });
  return formatCsv([getTeamRespondentsCsvHeader(bank), ...rows]);
}
