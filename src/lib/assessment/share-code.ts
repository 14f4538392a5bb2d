/**
 * One person's assessment as a share code, in the portable code envelope (see `../portable/code-envelope.ts`):
 *
 *     <version>.<mode><answers>.<reasons>.<checksum>
 *     1.f3421dn45…3.WyJXZSBzZWxsIG9ubHkgb25saW5lIl0.k9Qa
 *
 * - version: the question bank version, in decimal;
 * - mode: `f` (full, 32 answers) or `q` (quick, 8 answers);
 * - answers: one character per question the mode asks, in bank order: `1`–`5` a level, `d` don't know,
 *   `n` not applicable, `-` unanswered;
 * - reasons: the not-applicable reasons in question order, as base64url of the UTF-8 JSON array of strings;
 *   empty when there is no `n`;
 * - checksum: 4 base64url characters over everything before the last dot.
 */
import { decodeBase64UrlText, encodeBase64UrlText } from '../portable/base64url.ts';
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { parseJson } from '../portable/export-file.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, type Result } from '../result.ts';
import { ANSWER_SET_MIGRATIONS, getOldestVersion, getVersionQuestionIds, readAnswerSet, type AnswerSetMigrations } from './answer-set-migrations.ts';
import { getAnswer, type Answer, type AnswerSet, type AssessmentMode } from './answer-set.ts';
import { MATURITY_LEVELS } from './maturity-level.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { getQuestionIds } from './questions-in-mode.ts';

/**
 * Longest code read. The largest code the assessment can write is 12,875 characters: 32 answers and 8
 * not-applicable reasons (one per dimension) of 200 characters that JSON escapes to 6 bytes each; a real
 * one with long reasons is 2,000–6,500. Checked first, so a pasted megabyte costs nothing.
 */
export const SHARE_CODE_MAX_LENGTH = 16_000;

/**
 * Refuses text far longer than a code of `limit` characters before it is cleaned (cleaning copies it, which
 * costs seconds for megabytes): percent-escapes in a pasted link at most triple a code, blanks add a few.
 *
 * @example getRawLengthError('1.'.repeat(30_000), 16_000) // { kind: 'too-long', length: 60000, limit: 16000 }
 */
export function getRawLengthError(raw: string, limit: number): PortableError | undefined {
  return raw.length > limit * 3 + 64 ? { kind: 'too-long', length: raw.length, limit } : undefined;
}

/** The envelope of an assessment code. */
export const ASSESSMENT_CODE: CodeFormat = {
  separator: '.',
  alphabet: /^[A-Za-z0-9_.-]$/,
  maxLength: SHARE_CODE_MAX_LENGTH,
  checksum: 'base64url',
  parts: { min: 2, max: 2 },
};

const MODE_CODES = { full: 'f', quick: 'q' } as const satisfies Record<AssessmentMode, string>;
const ANSWER_CODES = { dontKnow: 'd', notApplicable: 'n', unanswered: '-' } as const;

function getAnswerCode(answer: Answer | undefined): string {
  if (answer === undefined) return ANSWER_CODES.unanswered;
  switch (answer.kind) {
    case 'level':
      return String(answer.level);
    case 'dont-know':
      return ANSWER_CODES.dontKnow;
    case 'not-applicable':
      return ANSWER_CODES.notApplicable;
    default:
      return answer satisfies never;
  }
}

/**
 * Encodes answers as a share code for a link's fragment. Answers to questions the mode does not ask are left out.
 *
 * @param bank the question bank the answers are on
 * @param answerSet answers on `bank.version`
 * @returns the share code
 * @throws {Error} when the answers are on another bank version (a programmer error: migrate first)
 * @example
 * encodeShareCode(QUESTION_BANK, { bankVersion: 1, mode: 'quick', answers: { 'strategy-vision': { kind: 'level', level: 3 } } });
 * // => '1.q3-------..' + 4 checksum characters
 */
export function encodeShareCode(bank: QuestionBank, answerSet: AnswerSet): string {
  if (answerSet.bankVersion !== bank.version) {
    throw new Error(`encodeShareCode requires answers on bank version ${String(bank.version)}, got ${String(answerSet.bankVersion)}`);
  }
  let answerCodes = '';
  const reasons: string[] = [];
  for (const questionId of getQuestionIds(bank, answerSet.mode)) {
    const answer = getAnswer(answerSet, questionId);
    answerCodes += getAnswerCode(answer);
    if (answer?.kind === 'not-applicable') reasons.push(answer.reason);
  }
  const reasonsPart = reasons.length === 0 ? '' : encodeBase64UrlText(JSON.stringify(reasons));
  return writeCode(ASSESSMENT_CODE, bank.version, [`${MODE_CODES[answerSet.mode]}${answerCodes}`, reasonsPart]);
}

/** The reasons part: base64url of a JSON array holding one string per `n`, or empty when there is none. */
function parseReasons(reasonsPart: string, count: number): readonly string[] | undefined {
  if (count === 0) return reasonsPart === '' ? [] : undefined;
  const json = decodeBase64UrlText(reasonsPart);
  const parsed = json === null ? undefined : parseJson(json);
  if (parsed?.ok !== true || !Array.isArray(parsed.value) || parsed.value.length !== count) return undefined;
  return parsed.value.every((reason) => typeof reason === 'string') ? (parsed.value as string[]) : undefined;
}

function parseAnswer(answerCode: string, reason: string): Answer | undefined {
  if (answerCode === ANSWER_CODES.dontKnow) return { kind: 'dont-know' };
  if (answerCode === ANSWER_CODES.notApplicable) return { kind: 'not-applicable', reason };
  const level = MATURITY_LEVELS.find((candidate) => String(candidate) === answerCode);
  return level === undefined ? undefined : { kind: 'level', level };
}

/**
 * Reads a share code back into answers on the current bank version, migrating codes from an older bank.
 * Never throws, whatever the string; the length limit is checked before anything else. O(length).
 *
 * @param bank the current question bank
 * @param code a share code, bare or as a link's `#r=` fragment; surrounding blanks are ignored
 * @param migrations the migrations table (tests pass their own)
 * @returns validated answers on `bank.version`, or why the code cannot be read
 * @example
 * decodeShareCode(QUESTION_BANK, encodeShareCode(QUESTION_BANK, answerSet)); // => { ok: true, value: answerSet }
 * decodeShareCode(QUESTION_BANK, '1.q3452'); // => { ok: false, error: { kind: 'truncated' } }
 */
export function decodeShareCode(
  bank: QuestionBank,
  code: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AnswerSet, PortableError> {
  const tooLong = getRawLengthError(code, SHARE_CODE_MAX_LENGTH);
  if (tooLong !== undefined) return err(tooLong);
  // An old link no migration reaches is named as old before its checksum is looked at: that is what to fix.
  const versions = { oldest: getOldestVersion(bank, migrations), current: bank.version };
  const read = readCode(cleanCode(code, [FRAGMENT_KEYS.result]), ASSESSMENT_CODE, versions);
  if (!read.ok) return read;
  const [modeAndAnswers = '', reasonsPart = ''] = read.value.parts;
  return readAnswerParts(bank, read.value.version, modeAndAnswers, reasonsPart, migrations);
}

/**
 * Reads the answer parts of a code (whatever its envelope) into answers on the current bank version: the mode
 * letter and one character per question, then the reasons. The envelope has been read and its version checked.
 *
 * @param bank the current question bank
 * @param version the bank version the answers were given on
 * @param modeAndAnswers `f` or `q`, then one character per question
 * @param reasonsPart base64url JSON of the not-applicable reasons, or empty
 * @param migrations the migrations table
 * @returns validated answers on `bank.version`, or why they cannot be read
 * @example readAnswerParts(QUESTION_BANK, 1, 'q3-------', '') // ok({ bankVersion: 1, mode: 'quick', answers: { 'strategy-vision': { kind: 'level', level: 3 } } })
 */
export function readAnswerParts(
  bank: QuestionBank,
  version: number,
  modeAndAnswers: string,
  reasonsPart: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AnswerSet, PortableError> {
  const mode = modeAndAnswers[0] === MODE_CODES.full ? 'full' : modeAndAnswers[0] === MODE_CODES.quick ? 'quick' : undefined;
  if (mode === undefined) return err({ kind: 'malformed', part: 'mode' });
  const questionIds = getVersionQuestionIds(bank, version, mode, migrations);
  if (questionIds === undefined) return err({ kind: 'unsupported-version', found: version, supported: bank.version });
  const answerCodes = [...modeAndAnswers.slice(1)];
  if (answerCodes.length !== questionIds.length) {
    return err(invalid([`This code has ${String(answerCodes.length)} answers where a ${mode} assessment on version ${String(version)} has ${String(questionIds.length)}. Copy the code again.`]));
  }
  const badAnswers = answerCodes.flatMap((answerCode, index) =>
    answerCode === ANSWER_CODES.unanswered || parseAnswer(answerCode, '') !== undefined ? [] : [`Answer ${String(index + 1)} is “${answerCode}”, which is not an answer (answers are 1 to 5, d, n or -).`],
  );
  if (badAnswers.length > 0) return err(invalid(badAnswers));
  const reasons = parseReasons(reasonsPart, answerCodes.filter((answerCode) => answerCode === ANSWER_CODES.notApplicable).length);
  if (reasons === undefined) return err({ kind: 'malformed', part: 'reasons' });

  const answers: Record<string, Answer> = {};
  let reasonIndex = 0;
  questionIds.forEach((questionId, index) => {
    const answerCode = answerCodes[index] ?? ANSWER_CODES.unanswered;
    const answer = parseAnswer(answerCode, reasons[reasonIndex] ?? '');
    if (answer === undefined) return;
    if (answer.kind === 'not-applicable') reasonIndex += 1;
    answers[questionId] = answer;
  });
  return readAnswerSet(bank, { bankVersion: version, mode, answers }, migrations);
}
