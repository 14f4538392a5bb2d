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
 *
 * What the progress means (reading it back, counts, problems, the result) is pure and lives in
 * `src/lib/assessment/assessment-progress.ts`; previews in `assessment-preview.ts`.
 */
import { atom } from 'nanostores';
import { QUESTION_BANK } from '../lib/assessment/question-bank.ts';
import type { Answer, AnswerSet, AssessmentMode } from '../lib/assessment/answer-set.ts';
import { addToHistory, assessmentHistorySchema, findInHistory, removeFromHistory, type AssessmentHistory } from '../lib/assessment/assessment-history.ts';
import type { AssessmentPreview } from '../lib/assessment/assessment-preview.ts';
import type { AnswerProblem, AssessmentProgress } from '../lib/assessment/assessment-progress.ts';
import { INITIAL_PROGRESS, getAnswerProblems, getAnswerSet, parseProgress } from '../lib/assessment/assessment-progress.ts';
import { createAssessmentRecord, type AssessmentRecord } from '../lib/assessment/assessment-record.ts';
import type { MaturityLevel } from '../lib/assessment/maturity-level.ts';
import { dimensionTargetsSchema, type DimensionTargets } from '../lib/assessment/dimension-targets.ts';
import type { QuestionBank } from '../lib/assessment/question-bank-schema.ts';
import type { Respondent } from '../lib/assessment/respondent.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import { persistedAtom } from './persisted-atom.ts';

/** The bank this build asks. */
export const ASSESSMENT_BANK: QuestionBank = QUESTION_BANK;

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
