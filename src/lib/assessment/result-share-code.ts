/**
 * One person's results as the code in their share link, format 2: the answers and, if they chose to share it,
 * who answered (name or initials, role), in the portable code envelope (see `../portable/code-envelope.ts`):
 *
 *     A2.<bank version>.<mode+answers>.<reasons>.<person>.<checksum>
 *     A2.1.q34d12-n5.WyLDh…Il0.lQW5h.k9Qa
 *
 * - `A2`: the result code's own format version (`A` for assessment);
 * - bank version, mode+answers, reasons: exactly as format 1 writes them (see share-code.ts);
 * - person: the role character, then the label's base64url (respondent-code.ts); `-` alone when neither is shared.
 *
 * Format 1 is share-code.ts's `<bank version>.<mode+answers>.<reasons>.<checksum>`: no person, and no format
 * number of its own (its version is the bank's). Those links keep opening: the migration 1 → 2 adds an empty
 * person. Team codes still embed format 1, since a team code carries each role and label itself.
 */
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { migrate, type Migrations } from '../portable/migrate.ts';
import type { PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { ANSWER_SET_MIGRATIONS, getOldestVersion, type AnswerSetMigrations } from './answer-set-migrations.ts';
import type { AnswerSet } from './answer-set.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { encodeLabelCode, encodeRoleCode, NO_ROLE_CODE, readRespondentCodes } from './respondent-code.ts';
import type { Respondent } from './respondent.ts';
import { ASSESSMENT_CODE, encodeShareCode, getRawLengthError, readAnswerParts, SHARE_CODE_MAX_LENGTH } from './share-code.ts';
import type { TeamRespondent } from './team-respondent.ts';

/** The result code format written now: version 2 adds who answered. */
export const RESULT_CODE_VERSION = 2;

/** The envelope of a format 2 result code. Its limit is format 1's: a person adds at most 245 characters. */
const RESULT_CODE: CodeFormat = { ...ASSESSMENT_CODE, prefix: 'A', parts: { min: 4, max: 4 } };

/** Format 1 → 2: the parts `[bank version, mode+answers, reasons]` gain an empty person. */
const RESULT_CODE_MIGRATIONS: Migrations = {
  current: RESULT_CODE_VERSION,
  oldest: 1,
  steps: { 1: (parts) => [...(parts as readonly string[]), NO_ROLE_CODE] },
};

const BANK_VERSION_PATTERN = /^(0|[1-9][0-9]{0,8})$/;

/**
 * Encodes one person's results for their share link, in format 2.
 *
 * @param bank the question bank the answers are on
 * @param answerSet answers on `bank.version`
 * @param respondent who answered, or `undefined` (or `{}`) to leave them out of the link
 * @returns the code
 * @throws {Error} when the answers are on another bank version (a programmer error: migrate first)
 * @example
 * encodeResultShareCode(QUESTION_BANK, quickAnswers, { label: 'Ana', role: 'leadership' });
 * // => 'A2.1.q3-------..lQW5h.' + 4 checksum characters
 */
export function encodeResultShareCode(bank: QuestionBank, answerSet: AnswerSet, respondent?: Respondent): string {
  // Format 1's parts, so the two formats can never drift apart in how they write answers.
  const [, modeAndAnswers = '', reasons = ''] = encodeShareCode(bank, answerSet).split(ASSESSMENT_CODE.separator);
  const person = `${encodeRoleCode(respondent?.role)}${encodeLabelCode(respondent?.label)}`;
  return writeCode(RESULT_CODE, RESULT_CODE_VERSION, [String(bank.version), modeAndAnswers, reasons, person]);
}

/** The envelope of either format, as format 2's parts. */
function readParts(cleaned: string, bank: QuestionBank, migrations: AnswerSetMigrations): Result<readonly string[], PortableError> {
  const isFormat2 = cleaned.startsWith(RESULT_CODE.prefix ?? '');
  if (isFormat2) {
    const read = readCode(cleaned, RESULT_CODE, { oldest: RESULT_CODE_VERSION, current: RESULT_CODE_VERSION });
    return read.ok ? ok(read.value.parts) : read;
  }
  // Format 1: its version is the bank's, checked here as before (an old link no migration reaches is named as old).
  const read = readCode(cleaned, ASSESSMENT_CODE, { oldest: getOldestVersion(bank, migrations), current: bank.version });
  if (!read.ok) return read;
  const migrated = migrate([String(read.value.version), ...read.value.parts], 1, RESULT_CODE_MIGRATIONS);
  return migrated.ok ? ok(migrated.value as readonly string[]) : migrated;
}

/**
 * Reads a person's result code (format 2, or format 1 without a person) into answers on the current bank version
 * and who answered, if the link carries it. Never throws; the length limit is checked first. O(length).
 *
 * @param bank the current question bank
 * @param code a result code, bare or as a link's `#r=` fragment; surrounding blanks are ignored
 * @param migrations the bank's migrations table (tests pass their own)
 * @returns the answers with `respondent` when the link names one, or why the code cannot be read
 * @example
 * decodeResultShareCode(QUESTION_BANK, encodeResultShareCode(QUESTION_BANK, answers, { role: 'other' }));
 * // => { ok: true, value: { ...answers, respondent: { role: 'other' } } }
 */
export function decodeResultShareCode(
  bank: QuestionBank,
  code: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<TeamRespondent, PortableError> {
  const tooLong = getRawLengthError(code, SHARE_CODE_MAX_LENGTH);
  if (tooLong !== undefined) return err(tooLong);
  const parts = readParts(cleanCode(code, [FRAGMENT_KEYS.result]), bank, migrations);
  if (!parts.ok) return parts;
  const [versionText = '', modeAndAnswers = '', reasons = '', person = ''] = parts.value;
  if (!BANK_VERSION_PATTERN.test(versionText)) return err({ kind: 'malformed', part: 'version' });
  const version = Number(versionText);
  if (version > bank.version) return err({ kind: 'future-version', found: version, supported: bank.version });
  if (version < getOldestVersion(bank, migrations)) return err({ kind: 'unsupported-version', found: version, supported: bank.version });
  if (person === '') return err({ kind: 'malformed', part: 'person' });
  const answers = readAnswerParts(bank, version, modeAndAnswers, reasons, migrations);
  if (!answers.ok) return answers;
  const respondent = readRespondentCodes(person.slice(0, 1), person.slice(1));
  if (!respondent.ok) return respondent;
  return ok(Object.keys(respondent.value).length === 0 ? answers.value : { ...answers.value, respondent: respondent.value });
}
