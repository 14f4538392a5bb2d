import { getAnswer, type AssessmentMode } from './answer-set.ts';
import { findTeamDuplicates, type TeamDuplicate } from './find-team-duplicates.ts';
import { getLevelForScore, type MaturityLevel } from './maturity-level.ts';
import { getDimensionQuestions } from './questions-in-mode.ts';
import type { Dimension, Question, QuestionBank } from './question-bank-schema.ts';
import { breakDownByRole, type RoleBreakdown } from './break-down-by-role.ts';
import type { RespondentRole } from './respondent.ts';
import { roundScore } from './round-score.ts';
import { scoreDimension } from './score-dimension.ts';
import type { TeamRespondent } from './team-respondent.ts';
import { hasDisagreement, summarizeValues, type ValueSummary } from './value-summary.ts';

/** The team's answers to one question. */
export type QuestionAggregate = {
  readonly questionId: string;
  /** Counted respondents whose mode asks this question. */
  readonly asked: number;
  /** Median, range and count of the levels given (Don't know, N/A and unanswered left out). */
  readonly summary: ValueSummary | undefined;
  readonly dontKnow: number;
  readonly notApplicable: number;
  readonly unanswered: number;
  /** Answers span two or more levels. */
  readonly disagreement: boolean;
  /** Per role; empty when nobody gave a role. */
  readonly byRole: readonly RoleBreakdown[];
};

/** The team's results in one dimension. */
export type DimensionAggregate = {
  readonly dimensionId: string;
  /** Median, range and count of respondents' dimension scores (those with enough answers). */
  readonly summary: ValueSummary | undefined;
  /** The band of the median score (rounded to two decimals). */
  readonly level: MaturityLevel | undefined;
  /** Counted respondents without a score here (not enough answers). */
  readonly notEnoughAnswers: number;
  /** Respondents' dimension levels span two or more levels. */
  readonly disagreement: boolean;
  readonly byRole: readonly RoleBreakdown[];
  readonly questions: readonly QuestionAggregate[];
};

/** A respondent as listed in team results. */
export type TeamMember = {
  readonly index: number;
  readonly label: string | undefined;
  readonly role: RespondentRole | undefined;
  readonly mode: AssessmentMode;
  /** False for a duplicate, which is reported but left out of every number. */
  readonly counted: boolean;
};

/** Several respondents' answers combined. */
export type TeamResult = {
  readonly bankVersion: number;
  readonly members: readonly TeamMember[];
  readonly countedRespondents: number;
  readonly duplicates: readonly TeamDuplicate[];
  readonly dimensions: readonly DimensionAggregate[];
};

function aggregateQuestion(question: Question, dimension: Dimension, members: readonly TeamRespondent[]): QuestionAggregate {
  const askedMembers = members.filter((member) => getDimensionQuestions(dimension, member.mode).includes(question));
  const levelOf = (member: TeamRespondent): number | undefined => {
    const answer = getAnswer(member, question.id);
    return answer?.kind === 'level' ? answer.level : undefined;
  };
  const levels = askedMembers.flatMap((member) => levelOf(member) ?? []);
  const kinds = askedMembers.map((member) => getAnswer(member, question.id)?.kind);
  return {
    questionId: question.id,
    asked: askedMembers.length,
    summary: summarizeValues(levels),
    dontKnow: kinds.filter((kind) => kind === 'dont-know').length,
    notApplicable: kinds.filter((kind) => kind === 'not-applicable').length,
    unanswered: kinds.filter((kind) => kind === undefined).length,
    disagreement: hasDisagreement(levels),
    byRole: breakDownByRole(askedMembers, levelOf),
  };
}

function aggregateDimension(dimension: Dimension, members: readonly TeamRespondent[]): DimensionAggregate {
  const results = new Map(members.map((member) => [member, scoreDimension(dimension, member)]));
  const scoreOf = (member: TeamRespondent): number | undefined => {
    const result = results.get(member);
    return result?.status === 'scored' ? result.score : undefined;
  };
  const scored = [...results.values()].flatMap((result) => (result.status === 'scored' ? [result] : []));
  const summary = summarizeValues(scored.map((result) => result.score));
  return {
    dimensionId: dimension.id,
    summary,
    level: summary === undefined ? undefined : getLevelForScore(roundScore(summary.median)),
    notEnoughAnswers: members.length - scored.length,
    disagreement: hasDisagreement(scored.map((result) => result.level)),
    byRole: breakDownByRole(members, scoreOf),
    questions: dimension.questions.map((question) => aggregateQuestion(question, dimension, members)),
  };
}

/**
 * Combines several respondents' answers: per dimension and per question the median, range and number
 * of respondents who answered, disagreement where answers span two or more levels, a breakdown by
 * role, and duplicates of the same respondent reported and left out of the numbers.
 *
 * @param bank the current question bank
 * @param respondents answers on `bank.version` (decodeShareCode and importAssessmentJson migrate for you)
 * @returns the team result
 * @throws {Error} when a respondent's answers are on another bank version (a programmer error)
 * @example
 * aggregateTeamResults(QUESTION_BANK, [leader, agent, agentAgain]).duplicates; // => [{ index: 2, duplicateOf: 1, reason: 'same-code' }]
 */
export function aggregateTeamResults(bank: QuestionBank, respondents: readonly TeamRespondent[]): TeamResult {
  for (const respondent of respondents) {
    if (respondent.bankVersion !== bank.version) {
      throw new Error(`aggregateTeamResults requires answers on bank version ${bank.version}, got ${respondent.bankVersion}`);
    }
  }
  const duplicates = findTeamDuplicates(bank, respondents);
  const duplicateIndexes = new Set(duplicates.map((duplicate) => duplicate.index));
  const members = respondents.map((respondent, index): TeamMember => ({
    index,
    label: respondent.respondent?.label,
    role: respondent.respondent?.role,
    mode: respondent.mode,
    counted: !duplicateIndexes.has(index),
  }));
  const counted = respondents.filter((_, index) => !duplicateIndexes.has(index));
  return {
    bankVersion: bank.version,
    members,
    countedRespondents: counted.length,
    duplicates,
    dimensions: bank.dimensions.map((dimension) => aggregateDimension(dimension, counted)),
  };
}
