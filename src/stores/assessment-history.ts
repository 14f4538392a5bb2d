/**
 * Finishing an assessment, importing one as your own, and deleting and restoring history entries: the assessment's
 * actions that check answers or build records. Apart from `assessment.ts` because they need the question bank and
 * zod, which the page loads after the introduction's first render (issue 17); the introduction uses the light
 * actions there.
 */
import type { AnswerSet } from '../lib/assessment/answer-set.ts';
import { addToHistory, findInHistory, removeFromHistory } from '../lib/assessment/assessment-history.ts';
import { getAnswerProblems, getAnswerSet, type AnswerProblem } from '../lib/assessment/assessment-progress.ts';
import { createAssessmentRecord, type AssessmentRecord } from '../lib/assessment/assessment-record.ts';
import type { Respondent } from '../lib/assessment/respondent.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { $assessmentHistory, $assessmentProgress } from './assessment.ts';

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
