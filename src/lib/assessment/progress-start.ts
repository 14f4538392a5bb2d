/**
 * A new assessment in progress, and whether a progress holds work that starting over would lose: what the
 * introduction and the stores need before the question bank has loaded. The bank (15 KB of brotli) and zod load
 * after the introduction's first render (issue 17), so this module imports neither.
 */
import type { AssessmentProgress } from './assessment-progress.ts';

/**
 * The `version` of content/assessment/question-bank.json, which new answers are given on. Bump it with the file's
 * version; test/lib/assessment/question-bank.test.ts fails while the two differ.
 */
export const QUESTION_BANK_VERSION = 1;

/** Nothing answered yet, on the introduction. */
export const INITIAL_PROGRESS: AssessmentProgress = {
  bankVersion: QUESTION_BANK_VERSION,
  mode: 'full',
  answers: {},
  view: 'intro',
  step: 0,
};

/** Whether the progress holds anything the person would lose by starting over. */
export function hasUnsavedWork(progress: AssessmentProgress): boolean {
  return progress.completedAt === undefined && Object.keys(progress.answers).length > 0;
}
