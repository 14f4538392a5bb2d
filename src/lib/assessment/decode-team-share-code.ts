import { err, ok, type Result } from '../result.ts';
import { ANSWER_SET_MIGRATIONS, type AnswerSetMigrations } from './answer-set-migrations.ts';
import { decodeBase64Url } from './base64url.ts';
import { decodeShareCode } from './decode-share-code.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { RESPONDENT_LABEL_MAX_LENGTH, RESPONDENT_ROLES, type Respondent, type RespondentRole } from './respondent.ts';
import type { TeamRespondent } from './team-respondent.ts';
import type { TeamShareCodeError } from './team-share-code-error.ts';
import {
  MAX_TEAM_RESPONDENTS,
  NO_ROLE_CODE,
  ROLE_CODES,
  TEAM_CODE_ALPHABET,
  TEAM_CODE_FIELDS_PER_RESPONDENT,
  TEAM_CODE_PREFIX,
  TEAM_CODE_SEPARATOR,
  TEAM_CODE_VERSION,
} from './team-share-code.ts';

const VERSION_PATTERN = /^(0|[1-9][0-9]{0,8})$/;

function findInvalidCharacter(code: string): { position: number; character: string } | undefined {
  let position = 0;
  for (const character of code) {
    if (!TEAM_CODE_ALPHABET.test(character)) return { position, character };
    position += character.length;
  }
  return undefined;
}

function parseRole(roleCode: string): RespondentRole | undefined {
  return RESPONDENT_ROLES.find((role) => ROLE_CODES[role] === roleCode);
}

function parseLabel(labelCode: string): Result<string | undefined, 'invalid'> {
  if (labelCode === '') return ok(undefined);
  const decoded = decodeBase64Url(labelCode);
  if (!decoded.ok) return err('invalid');
  const label = decoded.value.trim();
  return label === '' || label.length > RESPONDENT_LABEL_MAX_LENGTH ? err('invalid') : ok(label);
}

/**
 * Reads a team code (format in team-share-code.ts) into respondents on the current bank version.
 * Never throws; each respondent's code is decoded (and migrated) like a single share code.
 *
 * @param bank the current question bank
 * @param code the team code; surrounding whitespace is ignored
 * @param migrations the migrations table (tests pass their own)
 * @returns the respondents, in order, or the first problem found
 * @example
 * decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, team)); // => { ok: true, value: team }
 * decodeTeamShareCode(QUESTION_BANK, 'T1~l~QW5h'); // => { ok: false, error: { kind: 'truncated' } }
 */
export function decodeTeamShareCode(
  bank: QuestionBank,
  code: string,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<readonly TeamRespondent[], TeamShareCodeError> {
  const trimmed = code.trim();
  if (trimmed === '') return err({ kind: 'empty' });
  const invalid = findInvalidCharacter(trimmed);
  if (invalid !== undefined) return err({ kind: 'invalid-characters', ...invalid });
  if (!trimmed.startsWith(TEAM_CODE_PREFIX)) return err({ kind: 'not-a-team-code' });
  const [head = '', ...fields] = trimmed.split(TEAM_CODE_SEPARATOR);
  const versionText = head.slice(TEAM_CODE_PREFIX.length);
  if (!VERSION_PATTERN.test(versionText) || versionText === '0') return err({ kind: 'malformed-version' });
  const version = Number(versionText);
  if (version > TEAM_CODE_VERSION) return err({ kind: 'future-version', version, currentVersion: TEAM_CODE_VERSION });
  if (fields.length === 0) return err({ kind: 'no-respondents' });
  if (fields.length % TEAM_CODE_FIELDS_PER_RESPONDENT !== 0) return err({ kind: 'truncated' });
  const count = fields.length / TEAM_CODE_FIELDS_PER_RESPONDENT;
  if (count > MAX_TEAM_RESPONDENTS) return err({ kind: 'too-many-respondents', count, max: MAX_TEAM_RESPONDENTS });

  const respondents: TeamRespondent[] = [];
  for (let index = 0; index < count; index += 1) {
    const [roleCode = '', labelCode = '', answerCode = ''] = fields.slice(
      index * TEAM_CODE_FIELDS_PER_RESPONDENT,
      (index + 1) * TEAM_CODE_FIELDS_PER_RESPONDENT,
    );
    const role = roleCode === NO_ROLE_CODE ? undefined : parseRole(roleCode);
    if (roleCode !== NO_ROLE_CODE && role === undefined) return err({ kind: 'invalid-role', index, role: roleCode });
    const label = parseLabel(labelCode);
    if (!label.ok) return err({ kind: 'invalid-label', index });
    const answers = decodeShareCode(bank, answerCode, migrations);
    if (!answers.ok) return err({ kind: 'invalid-respondent', index, error: answers.error });
    const respondent: Respondent = {
      ...(label.value === undefined ? {} : { label: label.value }),
      ...(role === undefined ? {} : { role }),
    };
    respondents.push({ ...answers.value, ...(Object.keys(respondent).length === 0 ? {} : { respondent }) });
  }
  return ok(respondents);
}
