/**
 * Results other people shared with you (a link or a file you chose to keep), held apart from your own history
 * so a colleague's answers never read as "Your results". Pure; the store in `stores/assessment-shared.ts`
 * persists the list.
 */
import { z } from '../schema/zod.ts';
import { assessmentRecordSchema, type AssessmentRecord } from './assessment-record.ts';

/** Where a kept result came from. */
export const SHARED_SOURCES = ['link', 'file'] as const;

/** One result someone shared with you: their answers and who they are (as the link or file said), and when you kept it. */
export const sharedResultSchema = z.object({
  /** The answers, mode, completion time (a link's is the time it was kept) and respondent, as exported. */
  record: assessmentRecordSchema,
  /** When you kept it, as an ISO 8601 date-time; also its id. */
  sharedAt: z.iso.datetime({ offset: true }),
  /** Whether it came from a link or a file. */
  source: z.enum(SHARED_SOURCES),
});

/** One result someone shared with you. */
export type SharedResult = z.output<typeof sharedResultSchema>;

/** Results shared with you, newest first. */
export const sharedResultsSchema = z.readonly(z.array(sharedResultSchema));

/** Results shared with you, newest first. */
export type SharedResults = readonly SharedResult[];

/** The most kept: enough for a large workshop, small enough for storage. */
export const MAX_SHARED_RESULTS = 200;

/**
 * What makes two kept results the same: the same person (as given) with the same answers. Answer keys are
 * sorted, so the order a link or file listed them in does not matter.
 */
function getSameness(record: AssessmentRecord): string {
  const answers = Object.keys(record.answers)
    .sort()
    .map((id) => [id, record.answers[id]]);
  return JSON.stringify([record.bankVersion, record.mode, record.respondent?.label ?? null, record.respondent?.role ?? null, answers]);
}

/**
 * Keeps a result someone shared, newest first. The same person's same answers kept again replace the earlier
 * entry (opening one link twice does not list it twice); beyond MAX_SHARED_RESULTS the oldest go.
 *
 * @param list the results kept so far
 * @param entry the one to keep
 * @returns the new list
 * @example addSharedResult([older], ana) // => [ana, older]
 */
export function addSharedResult(list: SharedResults, entry: SharedResult): SharedResults {
  const sameness = getSameness(entry.record);
  return [entry, ...list.filter((kept) => getSameness(kept.record) !== sameness && kept.sharedAt !== entry.sharedAt)].slice(0, MAX_SHARED_RESULTS);
}

/**
 * The list without the entry kept at `sharedAt` (its id).
 *
 * @example removeSharedResult([ana, bea], ana.sharedAt) // => [bea]
 */
export function removeSharedResult(list: SharedResults, sharedAt: string): SharedResults {
  return list.filter((kept) => kept.sharedAt !== sharedAt);
}

/**
 * The entry kept at `sharedAt`, or `undefined`.
 *
 * @example findSharedResult([ana, bea], bea.sharedAt) // => bea
 */
export function findSharedResult(list: SharedResults, sharedAt: string): SharedResult | undefined {
  return list.find((kept) => kept.sharedAt === sharedAt);
}
