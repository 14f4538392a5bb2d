import { err, ok, type Result } from '../result.ts';
import { ANSWER_SET_MIGRATIONS, migrateAnswerSet, type AnswerSetMigrations, type BankVersionError } from './answer-set-migrations.ts';
import { ASSESSMENT_RECORD_FORMAT, assessmentRecordSchema, type AssessmentRecord } from './assessment-record.ts';
import { describeSchemaIssue, type ImportIssue } from '../schema/describe-schema-issue.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { validateAnswerSet, type AnswerSetError } from './validate-answer-set.ts';

/** Why an imported file could not be read. */
export type ImportError =
  /** The text is not JSON at all. */
  | { readonly kind: 'not-json' }
  /** JSON, but not an exported assessment (`format` is missing or different); `found` is its `format`, if a string. */
  | { readonly kind: 'wrong-format'; readonly found: string | undefined; readonly expected: string }
  /** An exported assessment with fields of the wrong shape, one issue per field. */
  | { readonly kind: 'wrong-shape'; readonly issues: readonly ImportIssue[] }
  | BankVersionError
  /** Well-formed, but the answers break the assessment's rules. */
  | { readonly kind: 'invalid-answers'; readonly errors: readonly AnswerSetError[] };

/**
 * Parses JSON without throwing.
 *
 * @example
 * parseJson('{"a": 1}'); // => { ok: true, value: { a: 1 } }
 * parseJson('{"a":'); // => { ok: false, error: { kind: 'not-json' } }
 */
export function parseJson(text: string): Result<unknown, { readonly kind: 'not-json' }> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    // JSON.parse only throws SyntaxError here; its wording differs between engines, so we drop it.
    return err({ kind: 'not-json' });
  }
}

/**
 * The `format` field of a parsed value, when it is an object with a string there.
 *
 * @example
 * getFormat({ format: 'touchpoint-cx-team' }); // => 'touchpoint-cx-team'
 * getFormat([1, 2]); // => undefined
 */
export function getFormat(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('format' in value)) return undefined;
  return typeof value.format === 'string' ? value.format : undefined;
}

/**
 * Checks an already-parsed value as an exported assessment: format, version, shape, migration, rules.
 * A newer bank version is reported before the shape, because a newer file may look different.
 *
 * @param bank the current question bank
 * @param value a parsed JSON value (e.g. from storage)
 * @param migrations the migrations table (tests pass their own)
 * @returns the record on `bank.version`, or why it cannot be read
 * @example
 * parseAssessmentRecord(QUESTION_BANK, { format: 'touchpoint-cx-assessment', bankVersion: 9 });
 * // => { ok: false, error: { kind: 'future-version', version: 9, currentVersion: 1 } }
 */
export function parseAssessmentRecord(
  bank: QuestionBank,
  value: unknown,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AssessmentRecord, ImportError> {
  const format = getFormat(value);
  if (format !== ASSESSMENT_RECORD_FORMAT) return err({ kind: 'wrong-format', found: format, expected: ASSESSMENT_RECORD_FORMAT });
  const version = typeof value === 'object' && value !== null && 'bankVersion' in value ? value.bankVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > bank.version) {
    return err({ kind: 'future-version', version, currentVersion: bank.version });
  }
  const parsed = assessmentRecordSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return err({ kind: 'wrong-shape', issues: parsed.error.issues.map(describeSchemaIssue) });
  const migrated = migrateAnswerSet(bank, parsed.data, migrations);
  if (!migrated.ok) return migrated;
  const validated = validateAnswerSet(bank, migrated.value);
  if (!validated.ok) return err({ kind: 'invalid-answers', errors: validated.error });
  return ok({ ...parsed.data, ...validated.value });
}

/**
 * Imports an exported assessment (JSON text) and brings it to the current bank version.
 *
 * @param bank the current question bank
 * @param text the file's contents
 * @param migrations the migrations table (tests pass their own)
 * @returns the record on `bank.version`, or an error naming the field and why (see describeImportError)
 * @example
 * importAssessmentJson(QUESTION_BANK, '{"format":"touchpoint-cx-assessment","bankVersion":1,"mode":"full","completedAt":"yesterday","answers":{}}');
 * // => { ok: false, error: { kind: 'wrong-shape', issues: [{ path: 'completedAt', message: 'expected a date-time such as "2026-03-01T10:00:00Z", got "yesterday"' }] } }
 */
export function importAssessmentJson(
  bank: QuestionBank,
  text: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AssessmentRecord, ImportError> {
  const parsed = parseJson(text);
  return parsed.ok ? parseAssessmentRecord(bank, parsed.value, migrations) : parsed;
}
