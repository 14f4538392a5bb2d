/**
 * A team as one code: the team format version, then three fields per respondent, then a checksum over all
 * before it, in the portable code envelope (see `../portable/code-envelope.ts`):
 *
 *     T2~<role>~<label>~<code>~<role>~<label>~<code>…~<checksum>
 *     T2~l~QW5h~1.f3342….k9Qa~-~~1.q34d25-31..Zx0_~p3Qe
 *
 * - role and label: as respondent-code.ts writes them (one letter or `-`; base64url of the label or empty);
 * - code: the respondent's own share code (see share-code.ts), with its own version and checksum.
 *
 * `~` never appears in a respondent's code or in base64url, so splitting on it is unambiguous.
 */
import { cleanCode, readCode, writeCode, type CodeFormat } from '../portable/code-envelope.ts';
import { FRAGMENT_KEYS } from '../portable/fragment.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { ANSWER_SET_MIGRATIONS, type AnswerSetMigrations } from './answer-set-migrations.ts';
import { forRespondent } from './describe-answer-set-error.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { encodeLabelCode, encodeRoleCode, readRespondentCodes } from './respondent-code.ts';
import { decodeShareCode, encodeShareCode, getRawLengthError, SHARE_CODE_MAX_LENGTH } from './share-code.ts';
import type { TeamRespondent } from './team-respondent.ts';

/** The team format written now: version 2 adds the checksum over roles and labels. */
export const TEAM_CODE_VERSION = 2;

/** The most respondents a team code may hold, to keep links a sensible length. */
export const MAX_TEAM_RESPONDENTS = 100;

/**
 * Longest team code read: 100 respondents, each with the longest code the assessment can write plus a role and
 * the longest label (60 characters, at most 240 in base64url). About 1.6 million characters, which Chromium's
 * 2 MB URL limit still carries; a real team of 100 with long reasons is under 700,000.
 */
export const TEAM_CODE_MAX_LENGTH = MAX_TEAM_RESPONDENTS * (SHARE_CODE_MAX_LENGTH + 256);

const FIELDS_PER_RESPONDENT = 3;

const TEAM_CODE: CodeFormat = {
  prefix: 'T',
  separator: '~',
  alphabet: /^[A-Za-z0-9_.~-]$/,
  maxLength: TEAM_CODE_MAX_LENGTH,
  checksum: 'base64url',
  parts: { min: FIELDS_PER_RESPONDENT, max: Number.POSITIVE_INFINITY },
};

/**
 * Version 1 (legacy, still read because people hold such links): no checksum of its own, so a changed role or
 * label went unnoticed (each respondent's code carries its own checksum, nothing covered the rest).
 */
const TEAM_CODE_V1: CodeFormat = { ...TEAM_CODE, checksum: 'none' };

/**
 * Whether a code is a team code rather than one respondent's code.
 *
 * @example
 * isTeamShareCode('T2~-~~1.q3…'); // => true
 * isTeamShareCode('1.q3…'); // => false
 */
export function isTeamShareCode(code: string): boolean {
  return cleanCode(code, [FRAGMENT_KEYS.team, FRAGMENT_KEYS.result]).startsWith(TEAM_CODE.prefix ?? '');
}

/** A word that is a link, a fragment or a code (a version number, then "." or "~": 1.q3…, T2~…). */
const LOOKS_LIKE_CODE = /:\/\/|#|^[a-z]?\d+[.~]/i;

/**
 * The entries in pasted text: on each line, the links and codes (they never contain spaces, so several may share a
 * line, with names or chat text around them, which are left out); a line with none of them is one entry as it is,
 * so a sentence pasted by mistake is one problem, not one per word.
 *
 * @example
 * splitPastedEntries('Ana: https://…/#r=1.q3… 1.q45…\nhello there'); // => [{ text: 'https://…/#r=1.q3…', code: true }, { text: '1.q45…', code: true }, { text: 'hello there', code: false }]
 */
export function splitPastedEntries(text: string): { readonly text: string; readonly code: boolean }[] {
  return text.split(/\r\n|\r|\n/).flatMap((line): { readonly text: string; readonly code: boolean }[] => {
    const words = line.split(/\s+/).filter((word) => word !== '');
    const codes = words.filter((word) => LOOKS_LIKE_CODE.test(word));
    if (codes.length > 0) return codes.map((word) => ({ text: word, code: true }));
    return words.length > 0 ? [{ text: words.join(' '), code: false }] : [];
  });
}

/**
 * The code in something a person pasted (a whole result or team link, its fragment, or a bare code), and
 * whether it is a team's; classified by the code itself, so a team code under `#r=` still reads as a team.
 *
 * @example
 * getPastedCode('https://touchpoint.example/assessment/#r=1.q3…'); // => { kind: 'result', code: '1.q3…' }
 * getPastedCode(' T2~-~~1.q3… '); // => { kind: 'team', code: 'T2~-~~1.q3…' }
 */
export function getPastedCode(text: string): { readonly kind: 'result' | 'team'; readonly code: string } {
  const hashAt = text.indexOf('#');
  const code = cleanCode(hashAt === -1 ? text : text.slice(hashAt), [FRAGMENT_KEYS.result, FRAGMENT_KEYS.team]);
  return { kind: isTeamShareCode(code) ? 'team' : 'result', code };
}

/**
 * Encodes a team (each respondent's share code, role and label) as one code, in format version 2.
 *
 * @param bank the question bank the answers are on
 * @param respondents the team, in order (duplicates included: decoding reports them again)
 * @returns the team code
 * @throws {Error} when a respondent's answers are on another bank version (a programmer error)
 * @example
 * encodeTeamShareCode(QUESTION_BANK, [{ ...answerSet, respondent: { label: 'Ana', role: 'leadership' } }]);
 * // => 'T2~l~QW5h~1.f…~' + 4 checksum characters
 */
export function encodeTeamShareCode(bank: QuestionBank, respondents: readonly TeamRespondent[]): string {
  const fields = respondents.flatMap((member) => {
    const role = member.respondent?.role;
    const label = member.respondent?.label;
    return [encodeRoleCode(role), encodeLabelCode(label), encodeShareCode(bank, member)];
  });
  return writeCode(TEAM_CODE, TEAM_CODE_VERSION, fields);
}

function readRespondent(bank: QuestionBank, fields: readonly string[], migrations: AnswerSetMigrations): Result<TeamRespondent, PortableError> {
  const [roleCode = '', labelCode = '', answerCode = ''] = fields;
  const respondent = readRespondentCodes(roleCode, labelCode);
  if (!respondent.ok) return respondent;
  const answers = decodeShareCode(bank, answerCode, migrations);
  if (!answers.ok) return answers;
  return ok({ ...answers.value, ...(Object.keys(respondent.value).length === 0 ? {} : { respondent: respondent.value }) });
}

/**
 * Reads a team code (version 2, or legacy version 1) into respondents on the current bank version. Never
 * throws; the length limit is checked first; each respondent's code is read (and migrated) like a single one.
 *
 * @param bank the current question bank
 * @param code the team code, bare or as a link's `#t=` fragment; surrounding blanks are ignored
 * @param migrations the migrations table (tests pass their own)
 * @returns the respondents, in order, or the first problem found
 * @example
 * decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, team)); // => { ok: true, value: team }
 * decodeTeamShareCode(QUESTION_BANK, 'T2~l~QW5h'); // => { ok: false, error: { kind: 'truncated' } }
 */
export function decodeTeamShareCode(
  bank: QuestionBank,
  code: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<readonly TeamRespondent[], PortableError> {
  const tooLong = getRawLengthError(code, TEAM_CODE_MAX_LENGTH);
  if (tooLong !== undefined) return err(tooLong);
  const cleaned = cleanCode(code, [FRAGMENT_KEYS.team, FRAGMENT_KEYS.result]);
  let read = readCode(cleaned, TEAM_CODE, { oldest: TEAM_CODE_VERSION, current: TEAM_CODE_VERSION });
  if (!read.ok && read.error.kind === 'unsupported-version' && read.error.found === 1) read = readCode(cleaned, TEAM_CODE_V1, { oldest: 1, current: 1 });
  if (!read.ok) return read;
  const { parts } = read.value;
  if (parts.length % FIELDS_PER_RESPONDENT !== 0) return err({ kind: 'truncated' });
  const count = parts.length / FIELDS_PER_RESPONDENT;
  if (count > MAX_TEAM_RESPONDENTS) return err(invalid([`This team code has ${String(count)} respondents; at most ${String(MAX_TEAM_RESPONDENTS)} can be combined.`]));
  const respondents: TeamRespondent[] = [];
  for (let index = 0; index < count; index += 1) {
    const respondent = readRespondent(bank, parts.slice(index * FIELDS_PER_RESPONDENT, (index + 1) * FIELDS_PER_RESPONDENT), migrations);
    if (!respondent.ok) return err(forRespondent(index, respondent.error, 'code'));
    respondents.push(respondent.value);
  }
  return ok(respondents);
}
