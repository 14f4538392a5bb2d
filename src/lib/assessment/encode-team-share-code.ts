import { encodeBase64Url } from './base64url.ts';
import { encodeShareCode } from './encode-share-code.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import type { TeamRespondent } from './team-respondent.ts';
import { NO_ROLE_CODE, ROLE_CODES, TEAM_CODE_PREFIX, TEAM_CODE_SEPARATOR, TEAM_CODE_VERSION } from './team-share-code.ts';

/**
 * Encodes a team (each respondent's share code, role and label) as one URL-safe code; see team-share-code.ts.
 *
 * @param bank the question bank the answers are on
 * @param respondents the team, in order (duplicates included: decoding reports them again)
 * @returns the team code
 * @throws {Error} when a respondent's answers are on another bank version (a programmer error)
 * @example
 * encodeTeamShareCode(QUESTION_BANK, [{ ...answerSet, respondent: { label: 'Ana', role: 'leadership' } }]);
 * // => 'T1~l~QW5h~1.f…'
 */
export function encodeTeamShareCode(bank: QuestionBank, respondents: readonly TeamRespondent[]): string {
  const fields = respondents.flatMap((member) => {
    const role = member.respondent?.role;
    const label = member.respondent?.label;
    return [
      role === undefined ? NO_ROLE_CODE : ROLE_CODES[role],
      label === undefined ? '' : encodeBase64Url(label),
      encodeShareCode(bank, member),
    ];
  });
  return [`${TEAM_CODE_PREFIX}${TEAM_CODE_VERSION}`, ...fields].join(TEAM_CODE_SEPARATOR);
}
