/**
 * The self-assessment in progress as it is stored (`touchpoint:assessment-progress` v1), read back and
 * carried to the current bank version, and what it amounts to: answered counts, problems that stop
 * scoring (each with the step where it can be fixed), and the scored result. Pure; the store
 * (`src/stores/assessment.ts`) holds the progress and its actions. A new progress and `hasUnsavedWork` are in
 * progress-start.ts, which the introduction loads without zod and the bank.
 */
import { z } from '../schema/zod.ts';
import { err, ok, type Result } from '../result.ts';
import { schemaParser } from '../storage/schema-parser.ts';
import { migrateAnswerSet } from './answer-set-migrations.ts';
import { ASSESSMENT_MODES, answerSchema, type AnswerSet } from './answer-set.ts';
import { describeAnswerSetError } from './describe-answer-set-error.ts';
import { describeInputError } from './describe-answer-set-error.ts';
import { formatPortableMessage } from '../portable/portable-error.ts';
import type { DimensionTargets } from './dimension-targets.ts';
import { QUESTION_BANK } from './question-bank.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { getDimensionQuestions, getQuestionIds } from './questions-in-mode.ts';
import { respondentSchema } from './respondent.ts';
import { scoreAssessment, type AssessmentResult } from './score-assessment.ts';
import { validateAnswerSet, type AnswerSetError } from './validate-answer-set.ts';

/** Where the person is: the introduction, answering one dimension per step, or reading their results. */
export const ASSESSMENT_VIEWS = ['intro', 'questions', 'results'] as const;
export type AssessmentView = (typeof ASSESSMENT_VIEWS)[number];

/** Stored progress (`touchpoint:assessment-progress` v1). */
export const assessmentProgressSchema = z.object({
  /** The bank version the answers are on. */
  bankVersion: z.int().check(z.minimum(0)),
  mode: z.enum(ASSESSMENT_MODES),
  /** Answers by question id; unanswered questions are absent. */
  answers: z.record(z.string(), answerSchema),
  view: z.enum(ASSESSMENT_VIEWS),
  /** The dimension being answered (0-based, bank order). */
  step: z.int().check(z.minimum(0)),
  /** Set when the assessment was finished: the id of its entry in history. */
  completedAt: z.optional(z.iso.datetime({ offset: true })),
  /** Optional label and role, carried into exports and team results. */
  respondent: z.optional(respondentSchema),
});

/** The assessment in progress. */
export type AssessmentProgress = z.output<typeof assessmentProgressSchema>;

const parseProgressShape = schemaParser(assessmentProgressSchema);

/**
 * Reads stored progress: its shape, then carries it to the current bank version. Answers naming questions
 * this bank or mode does not ask make the whole value unreadable (kept aside), so none vanish unseen.
 *
 * @param data the stored value
 * @param bank the bank the answers are for
 * @returns the progress on the current bank version, or why it cannot be read
 * @example parseProgress({ bankVersion: 1, mode: 'quick', answers: {}, view: 'intro', step: 0 }) // { ok: true, value: … }
 */
export function parseProgress(data: unknown, bank: QuestionBank = QUESTION_BANK): Result<AssessmentProgress, string> {
  const shape = parseProgressShape(data);
  if (!shape.ok) return shape;
  const progress = shape.value;
  const migrated = migrateAnswerSet(bank, { bankVersion: progress.bankVersion, mode: progress.mode, answers: progress.answers });
  if (!migrated.ok) return err(formatPortableMessage(describeInputError(migrated.error, 'saved assessment')));
  const askedIds = new Set(getQuestionIds(bank, progress.mode));
  const stray = Object.keys(migrated.value.answers).find((questionId) => !askedIds.has(questionId));
  if (stray !== undefined) return err(`answers.${stray}: this question is not part of the ${progress.mode} assessment`);
  const lastStep = Math.max(bank.dimensions.length - 1, 0);
  return ok({
    ...progress,
    bankVersion: migrated.value.bankVersion,
    answers: { ...migrated.value.answers },
    step: Math.min(progress.step, lastStep),
  });
}

/** The progress as answers the library can check and score. */
export function getAnswerSet(progress: AssessmentProgress): AnswerSet {
  return { bankVersion: progress.bankVersion, mode: progress.mode, answers: progress.answers };
}

/** How many questions are asked, how many have any answer, and how many of those are "Don't know". */
export type AnsweredCount = { readonly asked: number; readonly answered: number; readonly dontKnow: number };

function countQuestions(questionIds: readonly string[], answers: AnswerSet['answers']): AnsweredCount {
  const given = questionIds.filter((id) => Object.hasOwn(answers, id));
  return { asked: questionIds.length, answered: given.length, dontKnow: given.filter((id) => answers[id]?.kind === 'dont-know').length };
}

/**
 * How many questions the progress's mode asks, how many have any answer, and how many of those are
 * "Don't know" (an answer, but one that gives no score: a dimension with more than half gets none).
 */
export function countAnswered(progress: Pick<AnswerSet, 'mode' | 'answers'>, bank: QuestionBank = QUESTION_BANK): AnsweredCount {
  return countQuestions(getQuestionIds(bank, progress.mode), progress.answers);
}

/** Per dimension (bank order): the questions asked, how many have an answer and how many are "Don't know". */
export function countAnsweredByDimension(
  progress: Pick<AnswerSet, 'mode' | 'answers'>,
  bank: QuestionBank = QUESTION_BANK,
): readonly ({ dimensionId: string } & AnsweredCount)[] {
  return bank.dimensions.map((dimension) => ({
    dimensionId: dimension.id,
    ...countQuestions(
      getDimensionQuestions(dimension, progress.mode).map((question) => question.id),
      progress.answers,
    ),
  }));
}

/** A problem with the answers, located and worded for the person. */
export type AnswerProblem = {
  readonly error: AnswerSetError;
  /** The question it is about, when it is about one. */
  readonly questionId: string | undefined;
  /** The step (dimension index) to go to to fix it. */
  readonly step: number;
  readonly message: string;
};

function findStep(bank: QuestionBank, questionId: string | undefined, dimensionId: string | undefined): number {
  const index = bank.dimensions.findIndex(
    (dimension) => dimension.id === dimensionId || dimension.questions.some((question) => question.id === questionId),
  );
  return Math.max(index, 0);
}

/** Everything that stops the answers being scored, each with the step where it can be fixed. */
export function getAnswerProblems(progress: AssessmentProgress, bank: QuestionBank = QUESTION_BANK): readonly AnswerProblem[] {
  const validated = validateAnswerSet(bank, getAnswerSet(progress));
  if (validated.ok) return [];
  return validated.error.map((error) => {
    const questionId = 'questionId' in error ? error.questionId : undefined;
    const dimensionId = 'dimensionId' in error ? error.dimensionId : undefined;
    return { error, questionId, step: findStep(bank, questionId, dimensionId), message: describeAnswerSetError(bank, error) };
  });
}

/**
 * The scored result of the progress with the person's targets, or the problems that prevent scoring.
 *
 * @example
 * getProgressResult(progress, { 'strategy-leadership': 4 }); // => { ok: true, value: { overall: …, priorities: […] } }
 */
export function getProgressResult(
  progress: AssessmentProgress,
  targets: DimensionTargets,
  bank: QuestionBank = QUESTION_BANK,
): Result<AssessmentResult, readonly AnswerProblem[]> {
  const problems = getAnswerProblems(progress, bank);
  return problems.length > 0 ? err(problems) : ok(scoreAssessment(bank, getAnswerSet(progress), { targets }));
}

