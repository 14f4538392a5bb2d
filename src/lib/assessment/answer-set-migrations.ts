import { migrate } from '../portable/migrate.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import type { AnswerSet, AssessmentMode } from './answer-set.ts';
import { describeAnswerSetError } from './describe-answer-set-error.ts';
import { getQuestionIds } from './questions-in-mode.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { validateAnswerSet } from './validate-answer-set.ts';

/**
 * How to read answers saved against an older bank version and carry them one version forward.
 *
 * When the bank changes (questions added, removed, reordered or reworded in meaning), bump its version and add
 * an entry keyed by the old version: the old version's question ids per mode (share codes store answers by
 * position, so decoding needs the old order) and a `migrate` step to the next version (rename ids, drop removed
 * questions, leave new ones unanswered). The portable layer's `migrate` runs the steps 1 → 2 → 3.
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

function getMigration(migrations: AnswerSetMigrations, version: number): AnswerSetMigration | undefined {
  return Object.hasOwn(migrations, version) ? migrations[version] : undefined;
}

/**
 * The oldest bank version this build can carry forward: every step from it to the current version is in the table.
 *
 * @example getOldestVersion(QUESTION_BANK) // => 1 (no migrations yet)
 */
export function getOldestVersion(bank: QuestionBank, migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS): number {
  let oldest = bank.version;
  while (getMigration(migrations, oldest - 1) !== undefined) oldest -= 1;
  return oldest;
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
 * Brings answers from an older bank version up to the current one (not yet checked against the rules).
 *
 * @param bank the current question bank
 * @param answerSet answers on any version
 * @param migrations the migrations table (tests pass their own)
 * @returns answers on `bank.version` (unchanged when already current), or why they cannot be read
 * @example
 * migrateAnswerSet(QUESTION_BANK, { bankVersion: 2, mode: 'full', answers: {} });
 * // => { ok: false, error: { kind: 'future-version', found: 2, supported: 1 } }
 */
export function migrateAnswerSet(
  bank: QuestionBank,
  answerSet: AnswerSet,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AnswerSet, PortableError> {
  const steps = Object.fromEntries(Object.entries(migrations).map(([version, step]) => [version, (data: unknown) => step.migrate(data as AnswerSet)]));
  const migrated = migrate(answerSet, answerSet.bankVersion, { current: bank.version, oldest: getOldestVersion(bank, migrations), steps });
  if (!migrated.ok) return migrated;
  const upgraded = migrated.value as AnswerSet;
  // A step that forgets to move the version on is a bug in the table; reported, never scored as the wrong bank.
  if (upgraded.bankVersion !== bank.version) {
    return err({ kind: 'migration-failed', from: answerSet.bankVersion, message: `the answers came out on version ${String(upgraded.bankVersion)}, not ${String(bank.version)}` });
  }
  return ok(upgraded);
}

/**
 * Migrates answers to the current bank version and checks them against the assessment's rules: the one way
 * answers that come back in (a link, a file, storage) are read. Rule problems arrive as the domain's sentences.
 *
 * @param bank the current question bank
 * @param answerSet answers on any version
 * @param migrations the migrations table (tests pass their own)
 * @returns valid answers on `bank.version`, or why they cannot be used
 * @example
 * readAnswerSet(QUESTION_BANK, { bankVersion: 1, mode: 'full', answers: { nope: { kind: 'dont-know' } } });
 * // => { ok: false, error: { kind: 'invalid', issues: ['There is no question with id "nope" in version 1 of the assessment.'], total: 1 } }
 */
export function readAnswerSet(
  bank: QuestionBank,
  answerSet: AnswerSet,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AnswerSet, PortableError> {
  const migrated = migrateAnswerSet(bank, answerSet, migrations);
  if (!migrated.ok) return migrated;
  const validated = validateAnswerSet(bank, migrated.value);
  return validated.ok ? ok(validated.value) : err(invalid(validated.error.map((error) => describeAnswerSetError(bank, error))));
}
