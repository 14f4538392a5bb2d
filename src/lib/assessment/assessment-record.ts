import { z } from '../schema/zod.ts';
import { answerSetSchema, type AnswerSet } from './answer-set.ts';
import { respondentSchema, type Respondent } from './respondent.ts';

/** The `format` value that marks a file as one exported assessment. */
export const ASSESSMENT_RECORD_FORMAT = 'touchpoint-cx-assessment';

/**
 * One finished assessment as exported to JSON, kept in history, or combined into team results:
 * the answers with their bank version and mode, when it was completed, and who answered.
 */
export const assessmentRecordSchema = z.extend(answerSetSchema, {
  /** Marks the file as ours, so a different JSON file gets a clear message. */
  format: z.literal(ASSESSMENT_RECORD_FORMAT),
  /** When the assessment was finished, as an ISO 8601 date-time. */
  completedAt: z.iso.datetime({ offset: true }),
  /** Who answered; both fields optional. */
  respondent: z.optional(respondentSchema),
});

/** One finished assessment as exported, stored or combined. */
export type AssessmentRecord = z.output<typeof assessmentRecordSchema>;

/**
 * Wraps answers as a record ready to export or store.
 *
 * @param answerSet the answers
 * @param completedAt when the assessment was finished
 * @param respondent optional label and role; empty fields are left out
 * @returns the record
 * @example
 * createAssessmentRecord(answerSet, new Date('2026-03-01T10:00:00Z'), { role: 'front-line' });
 * // => { format: 'touchpoint-cx-assessment', bankVersion: 1, mode: 'full', answers: {…}, completedAt: '2026-03-01T10:00:00.000Z', respondent: { role: 'front-line' } }
 */
export function createAssessmentRecord(
  answerSet: AnswerSet,
  completedAt: Date,
  respondent: Respondent = {},
): AssessmentRecord {
  const label = respondent.label?.trim();
  const cleaned: Respondent = {
    ...(label === undefined || label === '' ? {} : { label }),
    ...(respondent.role === undefined ? {} : { role: respondent.role }),
  };
  return {
    format: ASSESSMENT_RECORD_FORMAT,
    bankVersion: answerSet.bankVersion,
    mode: answerSet.mode,
    completedAt: completedAt.toISOString(),
    ...(Object.keys(cleaned).length === 0 ? {} : { respondent: cleaned }),
    answers: answerSet.answers,
  };
}

/**
 * The record as pretty-printed JSON for download.
 *
 * @example
 * exportAssessmentJson(record); // => '{\n  "format": "touchpoint-cx-assessment",\n  "bankVersion": 1, …'
 */
export function exportAssessmentJson(record: AssessmentRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
