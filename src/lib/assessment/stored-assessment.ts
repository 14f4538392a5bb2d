/**
 * The validators of the assessment's saved data (`src/stores/assessment.ts`). They bring zod and the question bank,
 * so the stores load them after the page's first render (persistedAtom's `parse: { load }`), with the rest of the
 * assessment (issue 17).
 */
import { assessmentHistorySchema } from './assessment-history.ts';
import { parseProgress } from './assessment-progress.ts';
import { dimensionTargetsSchema } from './dimension-targets.ts';
import { QUESTION_BANK } from './question-bank.ts';
import { schemaParser } from '../storage/schema-parser.ts';

export const parseStoredProgress = (data: unknown) => parseProgress(data, QUESTION_BANK);
export const parseStoredTargets = schemaParser(dimensionTargetsSchema);
export const parseStoredHistory = schemaParser(assessmentHistorySchema);
