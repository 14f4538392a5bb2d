/**
 * State of the CX maturity self-assessment: the answers in progress (with the view and step the person
 * was on), the targets they chose, and their finished assessments.
 *
 * Data shapes in localStorage (each in persistedAtom's `{"v": <version>, "data": …}` envelope):
 * - `touchpoint:assessment-progress` v1: `{ bankVersion, mode, answers, view, step, completedAt?, respondent? }`.
 *   `answers` may hold work in progress that scoring rejects (a "Not applicable" whose reason is still being
 *   typed, two N/A in one dimension): the steps show those problems and finishing asks to fix them.
 * - `touchpoint:assessment-targets` v1: `{ [dimensionId]: 1–5 }`, only the targets the person chose.
 * - `touchpoint:assessment-history` v1: finished assessments as exported records, oldest first.
 *
 * Migration: a new storage shape bumps the version and adds a `migrations` entry. A new question-bank
 * version needs no storage migration: stored answers are carried forward with migrateAnswerSet when read,
 * and answers that cannot be carried forward are kept aside with a notice, never dropped.
 */
import { z } from '../lib/schema/zod.ts';
import { atom } from 'nanostores';
import { QUESTION_BANK } from '../../content/assessment/question-bank.ts';
import { migrateAnswerSet, readAnswerSet } from '../lib/assessment/answer-set-migrations.ts';
import { ASSESSMENT_MODES, answerSchema, type Answer, type AnswerSet, type AssessmentMode } from '../lib/assessment/answer-set.ts';
import {
  addToHistory,
  assessmentHistorySchema,
  findInHistory,
  removeFromHistory,
  type AssessmentHistory,
} from '../lib/assessment/assessment-history.ts';
import { createAssessmentRecord, type AssessmentRecord } from '../lib/assessment/assessment-record.ts';
import { describeAnswerSetError, describeInputError } from '../lib/assessment/describe-answer-set-error.ts';
import type { MaturityLevel } from '../lib/assessment/maturity-level.ts';
import { dimensionTargetsSchema, type DimensionTargets } from '../lib/assessment/dimension-targets.ts';
import { getDimensionQuestions, getQuestionIds } from '../lib/assessment/questions-in-mode.ts';
import type { QuestionBank } from '../lib/assessment/question-bank-schema.ts';
import { respondentSchema, type Respondent } from '../lib/assessment/respondent.ts';
import { scoreAssessment, type AssessmentResult } from '../lib/assessment/score-assessment.ts';
import { validateAnswerSet, type AnswerSetError } from '../lib/assessment/validate-answer-set.ts';
import { formatPortableMessage, type PortableMessage } from '../lib/portable/portable-error.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import { persistedAtom } from './persisted-atom.ts';

/** The bank this build asks. */
export const ASSESSMENT_BANK: QuestionBank = QUESTION_BANK;

/** Where the person is: the introduction, answering one dimension per step, or reading their results. */
export const ASSESSMENT_VIEWS = ['intro', 'questions', 'results'] as const;
export type AssessmentView = (typeof ASSESSMENT_VIEWS)[number];

const progressSchema = z.object({
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
export type AssessmentProgress = z.output<typeof progressSchema>;

/** Nothing answered yet, on the introduction. */
export const INITIAL_PROGRESS: AssessmentProgress = {
  bankVersion: ASSESSMENT_BANK.version,
  mode: 'full',
  answers: {},
  view: 'intro',
  step: 0,
};

const parseProgressShape = schemaParser(progressSchema);

/**
 * Reads stored progress: its shape, then carries it to the current bank version. Answers naming questions
 * this bank or mode does not ask make the whole value unreadable (kept aside), so none vanish unseen.
 */
export function parseProgress(data: unknown, bank: QuestionBank = ASSESSMENT_BANK): Result<AssessmentProgress, string> {
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

/** The assessment in progress, saved as each answer is given. */
export const $assessmentProgress = persistedAtom<AssessmentProgress>({
  key: 'assessment-progress',
  version: 1,
  initial: INITIAL_PROGRESS,
  parse: (data) => parseProgress(data),
});

/** Target levels the person chose; dimensions left out get the default (one level above today). */
export const $assessmentTargets = persistedAtom<DimensionTargets>({
  key: 'assessment-targets',
  version: 1,
  initial: {},
  parse: schemaParser(dimensionTargetsSchema),
});

/** Finished assessments, oldest first. */
export const $assessmentHistory = persistedAtom<AssessmentHistory>({
  key: 'assessment-history',
  version: 1,
  initial: [],
  parse: schemaParser(assessmentHistorySchema),
});

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
export function countAnswered(progress: Pick<AnswerSet, 'mode' | 'answers'>, bank: QuestionBank = ASSESSMENT_BANK): AnsweredCount {
  return countQuestions(getQuestionIds(bank, progress.mode), progress.answers);
}

/** Per dimension (bank order): the questions asked, how many have an answer and how many are "Don't know". */
export function countAnsweredByDimension(
  progress: Pick<AnswerSet, 'mode' | 'answers'>,
  bank: QuestionBank = ASSESSMENT_BANK,
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
export function getAnswerProblems(progress: AssessmentProgress, bank: QuestionBank = ASSESSMENT_BANK): readonly AnswerProblem[] {
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
  bank: QuestionBank = ASSESSMENT_BANK,
): Result<AssessmentResult, readonly AnswerProblem[]> {
  const problems = getAnswerProblems(progress, bank);
  return problems.length > 0 ? err(problems) : ok(scoreAssessment(bank, getAnswerSet(progress), { targets }));
}

/** Begins a fresh assessment in the chosen mode, at the first dimension. */
export function startAssessment(mode: AssessmentMode): void {
  $assessmentProgress.set({ ...INITIAL_PROGRESS, mode, view: 'questions' });
}

/** Carries on where the person left off (answers kept), in the questions. */
export function resumeAssessment(): void {
  $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'questions' });
}

/** Back to the introduction; answers are kept. */
export function showIntro(): void {
  $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'intro' });
}

/** Records or replaces the answer to one question. */
export function setAnswer(questionId: string, answer: Answer): void {
  const progress = $assessmentProgress.get();
  $assessmentProgress.set({ ...progress, answers: { ...progress.answers, [questionId]: answer } });
}

/** Removes the answer to one question, leaving it unanswered. */
export function clearAnswer(questionId: string): void {
  const progress = $assessmentProgress.get();
  if (!Object.hasOwn(progress.answers, questionId)) return;
  const answers = { ...progress.answers };
  delete answers[questionId];
  $assessmentProgress.set({ ...progress, answers });
}

/** Opens the questions of one dimension (0-based; clamped to the bank). */
export function goToStep(step: number, bank: QuestionBank = ASSESSMENT_BANK): void {
  const lastStep = Math.max(bank.dimensions.length - 1, 0);
  const clamped = Math.min(Math.max(Math.trunc(step), 0), lastStep);
  $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'questions', step: clamped });
}

/** Sets the optional label and role saved with the answers (empty fields removed). */
export function setRespondent(respondent: Respondent): void {
  const label = respondent.label?.trim();
  const cleaned: Respondent = {
    ...(label === undefined || label === '' ? {} : { label }),
    ...(respondent.role === undefined ? {} : { role: respondent.role }),
  };
  const { respondent: _previous, ...progress } = $assessmentProgress.get();
  $assessmentProgress.set(Object.keys(cleaned).length === 0 ? progress : { ...progress, respondent: cleaned });
}

/** Switches a quick assessment to the full one, keeping the answers given, at the first dimension. */
export function continueWithFullAssessment(): void {
  $assessmentProgress.set({ ...$assessmentProgress.get(), mode: 'full', view: 'questions', step: 0 });
}

/**
 * Finishes the assessment: checks the answers, saves it in history (replacing the earlier save of this
 * same assessment, if it was finished before and then revised) and shows the results.
 *
 * @param now when it is finished
 * @returns the saved record, or the problems to fix first (nothing is saved then)
 */
export function finishAssessment(now: Date): Result<AssessmentRecord, readonly AnswerProblem[]> {
  const progress = $assessmentProgress.get();
  const problems = getAnswerProblems(progress);
  if (problems.length > 0) return err(problems);
  const record = createAssessmentRecord(getAnswerSet(progress), now, progress.respondent);
  const history = progress.completedAt === undefined ? $assessmentHistory.get() : removeFromHistory($assessmentHistory.get(), progress.completedAt);
  $assessmentHistory.set(addToHistory(history, record));
  $assessmentProgress.set({ ...progress, view: 'results', completedAt: record.completedAt });
  return ok(record);
}

/** Whether the progress holds anything the person would lose by starting over. */
export function hasUnsavedWork(progress: AssessmentProgress): boolean {
  return progress.completedAt === undefined && Object.keys(progress.answers).length > 0;
}

/** Clears the answers in progress for a new assessment; history and targets are kept. */
export function startOver(): void {
  $assessmentProgress.set(INITIAL_PROGRESS);
}

/**
 * Makes imported or shared answers the person's own finished assessment, and keeps them in history.
 * Only called when the person chooses to import.
 */
export function importAsOwnAssessment(answerSet: AnswerSet, completedAt: Date, respondent: Respondent = {}): AssessmentRecord {
  const record = createAssessmentRecord(answerSet, completedAt, respondent);
  $assessmentHistory.set(addToHistory($assessmentHistory.get(), record));
  $assessmentProgress.set({
    bankVersion: answerSet.bankVersion,
    mode: answerSet.mode,
    answers: { ...answerSet.answers },
    view: 'results',
    step: 0,
    completedAt: record.completedAt,
    ...(record.respondent === undefined ? {} : { respondent: record.respondent }),
  });
  return record;
}

/** Sets (or, with `undefined`, resets to the default) the target level of one dimension. */
export function setTarget(dimensionId: string, level: MaturityLevel | undefined): void {
  const targets = { ...$assessmentTargets.get() };
  if (level === undefined) delete targets[dimensionId];
  else targets[dimensionId] = level;
  $assessmentTargets.set(targets);
}

/** Resets every target to the default. */
export function resetTargets(): void {
  $assessmentTargets.set({});
}

/** Deletes one finished assessment from history, returning it so the person can undo. */
export function deleteFromHistory(id: string): AssessmentRecord | undefined {
  const history = $assessmentHistory.get();
  const removed = findInHistory(history, id);
  $assessmentHistory.set(removeFromHistory(history, id));
  return removed;
}

/** Puts a deleted assessment back. */
export function restoreToHistory(record: AssessmentRecord): void {
  $assessmentHistory.set(addToHistory($assessmentHistory.get(), record));
}

/**
 * Results shown read-only, apart from the person's own: a shared link, an imported file, or an entry from
 * history. Not persisted: closing it (or reloading without the link) shows the person's own assessment.
 */
export type AssessmentPreview =
  | { readonly source: 'link'; readonly code: string; readonly answerSet: AnswerSet }
  | { readonly source: 'file'; readonly fileName: string; readonly record: AssessmentRecord }
  | { readonly source: 'history'; readonly record: AssessmentRecord }
  /** `teamHref`: the link was a team's, and this opens it on the team page. */
  | { readonly source: 'link-error'; readonly message: PortableMessage; readonly teamHref?: string };

/** What is being previewed, if anything. */
export const $assessmentPreview = atom<AssessmentPreview | undefined>(undefined);

/** Shows results read-only without touching the person's own answers. */
export function openPreview(preview: AssessmentPreview): void {
  $assessmentPreview.set(preview);
}

/** Returns to the person's own assessment. */
export function closePreview(): void {
  $assessmentPreview.set(undefined);
}

/** The answers of a preview, carried to the current bank version, or why they cannot be shown. */
export function getPreviewAnswerSet(preview: AssessmentPreview, bank: QuestionBank = ASSESSMENT_BANK): Result<AnswerSet, PortableMessage> {
  switch (preview.source) {
    case 'link':
      return ok(preview.answerSet);
    case 'file':
      return ok(preview.record);
    case 'history': {
      const answers = readAnswerSet(bank, preview.record);
      return answers.ok ? answers : err(describeInputError(answers.error, 'saved assessment'));
    }
    case 'link-error':
      return err(preview.message);
    default:
      return preview satisfies never;
  }
}

/**
 * Scores an entry of history (carried to the current bank version) with default targets, for the history list.
 *
 * @returns the result, or why the entry cannot be read by this version of the assessment
 */
export function scoreHistoryEntry(record: AssessmentRecord, bank: QuestionBank = ASSESSMENT_BANK): Result<AssessmentResult, PortableMessage> {
  const answerSet = getPreviewAnswerSet({ source: 'history', record }, bank);
  return answerSet.ok ? ok(scoreAssessment(bank, answerSet.value)) : answerSet;
}
