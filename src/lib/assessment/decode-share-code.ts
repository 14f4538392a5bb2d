import { err, ok, type Result } from '../result.ts';
import { ANSWER_SET_MIGRATIONS, getVersionQuestionIds, migrateAnswerSet, type AnswerSetMigrations } from './answer-set-migrations.ts';
import type { Answer, AnswerSet, AssessmentMode } from './answer-set.ts';
import { decodeBase64Url } from './base64url.ts';
import { CHECKSUM_LENGTH, getChecksum } from './checksum.ts';
import { MATURITY_LEVELS } from './maturity-level.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import type { ShareCodeError } from './share-code-error.ts';
import { ANSWER_CODES, MODE_CODES, SHARE_CODE_ALPHABET, SHARE_CODE_SEPARATOR } from './share-code-format.ts';
import { validateAnswerSet } from './validate-answer-set.ts';

const PART_COUNT = 4;
const VERSION_PATTERN = /^(0|[1-9][0-9]{0,8})$/;

/** The first character outside the share-code alphabet, as a whole code point, with its position. */
function findInvalidCharacter(code: string): { position: number; character: string } | undefined {
  let position = 0;
  for (const character of code) {
    if (!SHARE_CODE_ALPHABET.test(character)) return { position, character };
    position += character.length;
  }
  return undefined;
}

function getMode(modeCode: string | undefined): AssessmentMode | undefined {
  if (modeCode === MODE_CODES.full) return 'full';
  if (modeCode === MODE_CODES.quick) return 'quick';
  return undefined;
}

/** Reads the reasons part: base64url of a JSON array holding one string per `n`, or empty when there is none. */
function parseReasons(reasonsPart: string, count: number): readonly string[] | undefined {
  if (count === 0) return reasonsPart === '' ? [] : undefined;
  const decoded = decodeBase64Url(reasonsPart);
  if (!decoded.ok) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.value);
  } catch {
    // Not JSON: the reasons were edited or cut; reported as malformed below.
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== count) return undefined;
  const reasons = parsed.filter((reason): reason is string => typeof reason === 'string');
  return reasons.length === count ? reasons : undefined;
}

function parseAnswer(answerCode: string, reasons: readonly string[], reasonIndex: number): Answer | undefined {
  if (answerCode === ANSWER_CODES.dontKnow) return { kind: 'dont-know' };
  if (answerCode === ANSWER_CODES.notApplicable) return { kind: 'not-applicable', reason: reasons[reasonIndex] ?? '' };
  const level = MATURITY_LEVELS.find((candidate) => String(candidate) === answerCode);
  return level === undefined ? undefined : { kind: 'level', level };
}

/**
 * Reads a share code (format in share-code-format.ts) back into answers on the current bank version.
 * Never throws, whatever the string. Checks run from the most specific problem a user can fix to the
 * least: characters, version, missing end, form, length, answer characters, then the checksum.
 * Codes from an older bank version are migrated through the migrations table.
 *
 * @param bank the current question bank
 * @param code a share code; surrounding whitespace is ignored
 * @param migrations the migrations table (tests pass their own)
 * @returns validated answers on `bank.version`, or the specific reason the code cannot be read
 * @example
 * decodeShareCode(QUESTION_BANK, encodeShareCode(QUESTION_BANK, answerSet)); // => { ok: true, value: answerSet }
 * decodeShareCode(QUESTION_BANK, '1.q3452'); // => { ok: false, error: { kind: 'truncated' } }
 * decodeShareCode(QUESTION_BANK, '9.q…'); // => { ok: false, error: { kind: 'future-version', version: 9, currentVersion: 1 } }
 */
export function decodeShareCode(
  bank: QuestionBank,
  code: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AnswerSet, ShareCodeError> {
  const trimmed = code.trim();
  if (trimmed === '') return err({ kind: 'empty' });
  const invalid = findInvalidCharacter(trimmed);
  if (invalid !== undefined) return err({ kind: 'invalid-characters', ...invalid });

  const parts = trimmed.split(SHARE_CODE_SEPARATOR);
  const [versionText = '', modeAndAnswers = '', reasonsPart = '', checksum = ''] = parts;
  if (!VERSION_PATTERN.test(versionText)) return err({ kind: 'malformed', part: 'version' });
  const version = Number(versionText);
  if (version > bank.version) return err({ kind: 'future-version', version, currentVersion: bank.version });
  if (parts.length > PART_COUNT) return err({ kind: 'malformed', part: 'structure' });
  if (parts.length < PART_COUNT || checksum.length < CHECKSUM_LENGTH) return err({ kind: 'truncated' });

  const mode = getMode(modeAndAnswers[0]);
  if (mode === undefined) return err({ kind: 'malformed', part: 'mode' });
  const questionIds = getVersionQuestionIds(bank, version, mode, migrations);
  if (questionIds === undefined) return err({ kind: 'unsupported-version', version, currentVersion: bank.version });
  const answerCodes = modeAndAnswers.slice(1);
  if (answerCodes.length !== questionIds.length) {
    return err({ kind: 'wrong-length', version, mode, expected: questionIds.length, actual: answerCodes.length });
  }
  const answersStart = versionText.length + SHARE_CODE_SEPARATOR.length + 1;
  const badAnswer = [...answerCodes].findIndex(
    (answerCode) => answerCode !== ANSWER_CODES.unanswered && parseAnswer(answerCode, [], 0) === undefined,
  );
  if (badAnswer !== -1) {
    return err({ kind: 'invalid-characters', position: answersStart + badAnswer, character: answerCodes[badAnswer] ?? '' });
  }
  const body = trimmed.slice(0, trimmed.lastIndexOf(SHARE_CODE_SEPARATOR));
  if (checksum !== getChecksum(body)) return err({ kind: 'tampered' });

  const notApplicableCount = [...answerCodes].filter((answerCode) => answerCode === ANSWER_CODES.notApplicable).length;
  const reasons = parseReasons(reasonsPart, notApplicableCount);
  if (reasons === undefined) return err({ kind: 'malformed', part: 'reasons' });
  const answers: Record<string, Answer> = {};
  let reasonIndex = 0;
  questionIds.forEach((questionId, index) => {
    const answer = parseAnswer(answerCodes[index] ?? '', reasons, reasonIndex);
    if (answer === undefined) return;
    if (answer.kind === 'not-applicable') reasonIndex += 1;
    answers[questionId] = answer;
  });

  const migrated = migrateAnswerSet(bank, { bankVersion: version, mode, answers }, migrations);
  if (!migrated.ok) return migrated;
  const validated = validateAnswerSet(bank, migrated.value);
  return validated.ok ? ok(validated.value) : err({ kind: 'invalid-answers', errors: validated.error });
}
