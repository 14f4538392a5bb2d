import { z } from '../schema/zod.ts';
import { answerSetSchema } from './answer-set.ts';
import { respondentSchema } from './respondent.ts';

/**
 * One respondent in a team: their answers and, optionally, who they are. An exported assessment
 * (AssessmentRecord) is also a valid TeamRespondent, so imported files can be combined directly.
 */
export const teamRespondentSchema = z.extend(answerSetSchema, {
  /** Label and role, both optional. */
  respondent: z.optional(respondentSchema),
});

/** One respondent in a team. */
export type TeamRespondent = z.output<typeof teamRespondentSchema>;
