/**
 * Results other people shared with you, kept apart from your own history.
 *
 * Data shape in localStorage: `touchpoint:assessment-shared` v1 = `SharedResult[]` (see
 * `src/lib/assessment/shared-results.ts`), newest first. Answers stay on the bank version they were given on and
 * are carried forward when shown, like history entries. A new shape bumps the version and adds a migration.
 */
import type { AnswerSet } from '../lib/assessment/answer-set.ts';
import { createAssessmentRecord } from '../lib/assessment/assessment-record.ts';
import type { Respondent } from '../lib/assessment/respondent.ts';
import { addSharedResult, removeSharedResult, sharedResultsSchema, type SharedResult, type SharedResults } from '../lib/assessment/shared-results.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import { persistedAtom } from './persisted-atom.ts';

/** Results shared with you, newest first. */
export const $sharedResults = persistedAtom<SharedResults>({
  key: 'assessment-shared',
  version: 1,
  initial: [],
  parse: schemaParser(sharedResultsSchema),
});

/**
 * Keeps someone's results in "Shared with you" (never in your own history or answers).
 *
 * @param answerSet their answers
 * @param respondent who they are, as the link or file said
 * @param source a link or a file
 * @param now when it is kept (its id and the "shared on" date)
 * @param completedAt when they finished, if the file says; a link's is `now`
 * @returns the kept entry
 */
export function keepSharedResult(answerSet: AnswerSet, respondent: Respondent | undefined, source: SharedResult['source'], now: Date, completedAt?: string): SharedResult {
  const finished = completedAt === undefined ? now : new Date(completedAt);
  const record = createAssessmentRecord(answerSet, Number.isFinite(finished.getTime()) ? finished : now, respondent);
  const entry: SharedResult = { record, sharedAt: now.toISOString(), source };
  $sharedResults.set(addSharedResult($sharedResults.get(), entry));
  return entry;
}

/** Removes a kept result, returning it so the person can undo. */
export function forgetSharedResult(sharedAt: string): SharedResult | undefined {
  const list = $sharedResults.get();
  const removed = list.find((kept) => kept.sharedAt === sharedAt);
  $sharedResults.set(removeSharedResult(list, sharedAt));
  return removed;
}

/** Puts a removed result back. */
export function restoreSharedResult(entry: SharedResult): void {
  $sharedResults.set(addSharedResult($sharedResults.get(), entry).toSorted((left, right) => right.sharedAt.localeCompare(left.sharedAt)));
}
