import { z } from '../schema/zod.ts';
import { assessmentRecordSchema, type AssessmentRecord } from './assessment-record.ts';

/**
 * Finished assessments, oldest first. Stored as JSON; parse with this schema when loading, and
 * migrate each record with migrateAnswerSet (compareAssessments does so itself).
 */
export const assessmentHistorySchema = z.readonly(z.array(assessmentRecordSchema));

/** Finished assessments, oldest first. */
export type AssessmentHistory = readonly AssessmentRecord[];

/**
 * A history entry's id: its completion time, which is unique in practice (milliseconds) and stable.
 *
 * @example
 * getAssessmentId(record); // => '2026-03-01T10:00:00.000Z'
 */
export function getAssessmentId(record: AssessmentRecord): string {
  return record.completedAt;
}

function getTime(record: AssessmentRecord): number {
  return Date.parse(record.completedAt);
}

/**
 * Adds a finished assessment, keeping the list in date order; an entry with the same id is replaced
 * (saving the same assessment twice does not duplicate it).
 *
 * @example
 * addToHistory([march], january); // => [january, march]
 */
export function addToHistory(history: AssessmentHistory, record: AssessmentRecord): AssessmentHistory {
  const id = getAssessmentId(record);
  return [...history.filter((entry) => getAssessmentId(entry) !== id), record].sort(
    (left, right) => getTime(left) - getTime(right),
  );
}

/**
 * The history without the entry with this id (unchanged when there is none).
 *
 * @example
 * removeFromHistory([january, march], getAssessmentId(january)); // => [march]
 */
export function removeFromHistory(history: AssessmentHistory, id: string): AssessmentHistory {
  return history.filter((entry) => getAssessmentId(entry) !== id);
}

/**
 * The entry with this id, or `undefined`.
 *
 * @example
 * findInHistory([january, march], getAssessmentId(march)); // => march
 */
export function findInHistory(history: AssessmentHistory, id: string): AssessmentRecord | undefined {
  return history.find((entry) => getAssessmentId(entry) === id);
}
