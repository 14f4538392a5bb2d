import type { DimensionAggregate, TeamResult } from './aggregate-team-results.ts';
import type { RoleBreakdown } from './break-down-by-role.ts';
import { formatCsv } from '../text/csv.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import type { ValueSummary } from './value-summary.ts';

/** The header row of a team CSV. */
export const TEAM_CSV_HEADER = ['dimension', 'question', 'role', 'respondents', 'median', 'min', 'max', 'disagreement'] as const;

function getSummaryCells(summary: ValueSummary | undefined): readonly (string | number)[] {
  return summary === undefined ? [0, '', '', ''] : [summary.count, summary.median, summary.min, summary.max];
}

function getRoleRows(dimensionName: string, prompt: string, byRole: readonly RoleBreakdown[]): readonly (readonly (string | number)[])[] {
  return byRole.map((group) => [dimensionName, prompt, group.role, ...getSummaryCells(group.summary), '']);
}

function getDimensionRows(bank: QuestionBank, aggregate: DimensionAggregate): readonly (readonly (string | number)[])[] {
  const dimension = bank.dimensions.find((candidate) => candidate.id === aggregate.dimensionId);
  const name = dimension?.name ?? aggregate.dimensionId;
  const rows: (readonly (string | number)[])[] = [
    [name, '', 'all', ...getSummaryCells(aggregate.summary), aggregate.disagreement ? 'yes' : 'no'],
    ...getRoleRows(name, '', aggregate.byRole),
  ];
  for (const question of aggregate.questions) {
    const prompt = dimension?.questions.find((candidate) => candidate.id === question.questionId)?.prompt ?? question.questionId;
    rows.push([name, prompt, 'all', ...getSummaryCells(question.summary), question.disagreement ? 'yes' : 'no']);
    rows.push(...getRoleRows(name, prompt, question.byRole));
  }
  return rows;
}

/**
 * Team results as CSV: for each dimension a row of respondents' dimension scores, then a row per
 * question of the levels given, each followed by one row per role when roles were given. Columns:
 * dimension, question (empty on dimension rows), role (`all` or the role), respondents who gave a
 * value, median, min, max, and disagreement (`yes`/`no`, on `all` rows).
 *
 * @param bank the question bank
 * @param team the aggregated team result
 * @returns CSV text with a header row and CRLF line endings
 * @example
 * exportTeamCsv(QUESTION_BANK, team);
 * // => 'dimension,question,role,respondents,median,min,max,disagreement\r\nStrategy & leadership,,all,3,2.5,1.75,3.25,no\r\n…'
 */
export function exportTeamCsv(bank: QuestionBank, team: TeamResult): string {
  return formatCsv([TEAM_CSV_HEADER, ...team.dimensions.flatMap((aggregate) => getDimensionRows(bank, aggregate))]);
}
