import { z } from '../schema/zod.ts';
import { MATURITY_LEVELS } from './maturity-level.ts';

/**
 * Parses a maturity level (an integer from 1 to 5), e.g. an answer or a stored target. Here rather than in
 * maturity-level.ts so that module (level names, bands) stays free of zod for the assessment's first script.
 */
export const maturityLevelSchema = z.literal(MATURITY_LEVELS, { error: 'expected a level from 1 to 5' });

/** Full mode asks every question; quick mode asks the one question per dimension marked `quick`. */
export const ASSESSMENT_MODES = ['full', 'quick'] as const;

/** Which questions an assessment asks. */
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

/** The longest "Not applicable" reason we keep, in UTF-16 code units (it travels in share codes). */
export const NOT_APPLICABLE_REASON_MAX_LENGTH = 200;

/**
 * One answer to one question: a level, "Don't know", or "Not applicable" with a short reason.
 * An unanswered question has no entry at all.
 */
export const answerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('level'),
    /** The level of the answer option chosen. */
    level: maturityLevelSchema,
  }),
  z.object({ kind: z.literal('dont-know') }),
  z.object({
    kind: z.literal('not-applicable'),
    /** Why the question does not apply. Required, at most one per dimension: see validate-answer-set.ts. */
    reason: z.string(),
  }),
]);

/** One answer to one question. */
export type Answer = z.output<typeof answerSchema>;

/** A respondent's answers, tied to the version of the bank they answered. */
export const answerSetSchema = z.object({
  /** The question bank version the answers refer to. */
  bankVersion: z.int().check(z.minimum(0)),
  /** Which questions were asked. */
  mode: z.enum(ASSESSMENT_MODES),
  /** Answers keyed by question id; unanswered questions are absent. */
  answers: z.readonly(z.record(z.string(), answerSchema)),
});

/** A respondent's answers, tied to the version of the bank they answered. */
export type AnswerSet = z.output<typeof answerSetSchema>;

/**
 * The answer given to a question, or `undefined` when it was not answered.
 * Only own keys count, so an id such as "constructor" never reads `Object.prototype`.
 *
 * @example
 * getAnswer({ bankVersion: 1, mode: 'full', answers: { 'strategy-vision': { kind: 'dont-know' } } }, 'strategy-vision');
 * // => { kind: 'dont-know' }
 */
export function getAnswer(answerSet: Pick<AnswerSet, 'answers'>, questionId: string): Answer | undefined {
  return Object.hasOwn(answerSet.answers, questionId) ? answerSet.answers[questionId] : undefined;
}
