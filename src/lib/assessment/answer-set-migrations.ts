import { err, ok, type Result } from '../result.ts';
import type { AnswerSet, AssessmentMode } from './answer-set.ts';
import { getQuestionIds } from './questions-in-mode.ts';
import type { QuestionBank } from './question-bank-schema.ts';

/**
 * How to read answers saved against an older bank version and carry them one version forward.
 *
 * When the bank changes (questions added, removed, reordered or reworded in meaning), bump its
 * version and add an entry keyed by the old version: the old version's question ids per mode (share
 * codes store answers by position, so decoding needs the old order) and a `migrate` function that
 * maps old answers to the next version (rename ids, drop removed questions, leave new ones unanswered).
 * Versions migrate step by step, 1 → 2 → 3, so each entry only knows its neighbour.
 */
export type AnswerSetMigration = {
  /** The old version's question ids per mode, in share-code order. */
  readonly questionIds: Readonly<Record<AssessmentMode, readonly string[]>>;
  /** Maps answers on this version to answers on the next version (`bankVersion` + 1). */
  readonly migrate: (answerSet: AnswerSet) => AnswerSet;
};

/** Migrations keyed by the version they migrate from. */
export type AnswerSetMigrations = Readonly<Record<number, AnswerSetMigration>>;

/** The bank has only ever had version 1, so there is nothing to migrate yet. */
export const ANSWER_SET_MIGRATIONS: AnswerSetMigrations = {};

/** Answers on a version this build cannot read. */
export type BankVersionError =
  /** Made by a newer release of the site: the user should reload to get it. */
  | { readonly kind: 'future-version'; readonly version: number; readonly currentVersion: number }
  /** An older version with no migration path. */
  | { readonly kind: 'unsupported-version'; readonly version: number; readonly currentVersion: number };

function getMigration(migrations: AnswerSetMigrations, version: number): AnswerSetMigration | undefined {
  return Object.hasOwn(migrations, version) ? migrations[version] : undefined;
}

/**
 * The question ids of a bank version in share-code order, or `undefined` when this build cannot read it.
 *
 * @example
 * getVersionQuestionIds(QUESTION_BANK, 1, 'quick')?.length; // => 8
 * getVersionQuestionIds(QUESTION_BANK, 7, 'quick'); // => undefined
 */
export function getVersionQuestionIds(
  bank: QuestionBank,
  version: number,
  mode: AssessmentMode,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): readonly string[] | undefined {
  if (version === bank.version) return getQuestionIds(bank, mode);
  return version < bank.version ? getMigration(migrations, version)?.questionIds[mode] : undefined;
}

/**
 * Brings answers from an older bank version up to the current one, one version at a time.
 *
 * @param bank the current question bank
 * @param answerSet answers on any version
 * @param migrations the migrations table (tests pass their own)
 * @returns answers on `bank.version` (unchanged when already current), or why they cannot be read
 * @throws {Error} when a migration does not return the next version (a programmer error)
 * @example
 * migrateAnswerSet(QUESTION_BANK, { bankVersion: 2, mode: 'full', answers: {} });
 * // => { ok: false, error: { kind: 'future-version', version: 2, currentVersion: 1 } }
 */
export function migrateAnswerSet(
  bank: QuestionBank,
  answerSet: AnswerSet,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AnswerSet, BankVersionError> {
  const versions = { version: answerSet.bankVersion, currentVersion: bank.version };
  if (answerSet.bankVersion > bank.version) return err({ kind: 'future-version', ...versions });
  let current = answerSet;
  while (current.bankVersion < bank.version) {
    const migration = getMigration(migrations, current.bankVersion);
    if (migration === undefined) return err({ kind: 'unsupported-version', ...versions });
    const next = migration.migrate(current);
    if (next.bankVersion !== current.bankVersion + 1) {
      throw new Error(`migration from version ${current.bankVersion} must return answers for version ${current.bankVersion + 1}`);
    }
    current = next;
  }
  return ok(current);
}
