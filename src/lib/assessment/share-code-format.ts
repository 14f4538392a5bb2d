import type { Answer, AssessmentMode } from './answer-set.ts';
import { encodeBase64Url } from './base64url.ts';
import { getChecksum } from './checksum.ts';

/**
 * Share code layout (URL-safe: only A–Z a–z 0–9 - _ . appear):
 *
 *     <version>.<mode><answers>.<reasons>.<checksum>
 *     1.f3421dn45…3.WyJXZSBzZWxsIG9ubHkgb25saW5lIl0.k9Qa
 *
 * - version: the bank version in decimal, no leading zeros;
 * - mode: `f` (full, 32 answers) or `q` (quick, 8 answers);
 * - answers: one character per question the mode asks, in bank order: `1`–`5` a level, `d` don't
 *   know, `n` not applicable, `-` unanswered;
 * - reasons: the not-applicable reasons in question order, as base64url (no padding) of the UTF-8
 *   JSON array of strings; empty when there is no `n`;
 * - checksum: 4 base64url characters over everything before the last dot (see checksum.ts).
 *
 * Readers check the version first, so a later format can change everything after the first dot.
 */
export const SHARE_CODE_SEPARATOR = '.';

/** The mode letters a share code uses. */
export const MODE_CODES = { full: 'f', quick: 'q' } as const satisfies Record<AssessmentMode, string>;

/** The answer characters a share code uses, besides the level digits 1–5. */
export const ANSWER_CODES = { dontKnow: 'd', notApplicable: 'n', unanswered: '-' } as const;

/** The characters any share code may contain. */
export const SHARE_CODE_ALPHABET = /^[A-Za-z0-9_.-]*$/;

/**
 * The share-code character for one answer (or for no answer).
 *
 * @example
 * getAnswerCode({ kind: 'level', level: 4 }); // => '4'
 * getAnswerCode(undefined); // => '-'
 */
export function getAnswerCode(answer: Answer | undefined): string {
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
 * Assembles a share code from its parts and appends the checksum.
 *
 * @example
 * formatShareCode(1, 'quick', '3452d1-5', []); // => '1.q3452d1-5..' followed by 4 checksum characters
 */
export function formatShareCode(
  version: number,
  mode: AssessmentMode,
  answerCodes: string,
  reasons: readonly string[],
): string {
  const reasonsPart = reasons.length === 0 ? '' : encodeBase64Url(JSON.stringify(reasons));
  const body = [String(version), `${MODE_CODES[mode]}${answerCodes}`, reasonsPart].join(SHARE_CODE_SEPARATOR);
  return `${body}${SHARE_CODE_SEPARATOR}${getChecksum(body)}`;
}
