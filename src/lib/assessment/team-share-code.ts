import type { RespondentRole } from './respondent.ts';

/**
 * Team share code layout: the team format version, then three fields per respondent, all joined by `~`:
 *
 *     T1~<role>~<label>~<code>~<role>~<label>~<code>…
 *     T1~l~QW5h~1.f3342….k9Qa~f~~1.q34d25-31..Zx0_
 *
 * - role: one letter (see ROLE_CODES), `-` when none;
 * - label: base64url of the UTF-8 label, empty when none;
 * - code: the respondent's own share code (see share-code-format.ts), with its own version and checksum.
 *
 * `~` never appears in a respondent's code or in base64url, so splitting on it is unambiguous.
 */
export const TEAM_CODE_PREFIX = 'T';

/** The current team-code format version (independent of the question bank version). */
export const TEAM_CODE_VERSION = 1;

export const TEAM_CODE_SEPARATOR = '~';

/** How many fields each respondent takes. */
export const TEAM_CODE_FIELDS_PER_RESPONDENT = 3;

/** The most respondents a team code may hold, to keep links a sensible length. */
export const MAX_TEAM_RESPONDENTS = 100;

/** One letter per role; `-` for no role. */
export const ROLE_CODES = {
  leadership: 'l',
  management: 'm',
  'front-line': 'f',
  'back-office': 'b',
  other: 'o',
} as const satisfies Record<RespondentRole, string>;

export const NO_ROLE_CODE = '-';

/** The characters any team code may contain. */
export const TEAM_CODE_ALPHABET = /^[A-Za-z0-9_.~-]*$/;

/**
 * Whether a pasted code is a team code rather than one respondent's code.
 *
 * @example
 * isTeamShareCode('T1~-~~1.q3…'); // => true
 * isTeamShareCode('1.q3…'); // => false
 */
export function isTeamShareCode(code: string): boolean {
  return code.trim().startsWith(TEAM_CODE_PREFIX);
}
