import type { QuestionBank } from './question-bank-schema.ts';
import { describeShareCodeError, type ShareCodeError } from './share-code-error.ts';

/** Why a team code could not be read. `index` is the respondent's position, from 0. */
export type TeamShareCodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid-characters'; readonly position: number; readonly character: string }
  /** Does not start with `T`: probably one respondent's code. */
  | { readonly kind: 'not-a-team-code' }
  | { readonly kind: 'malformed-version' }
  | { readonly kind: 'future-version'; readonly version: number; readonly currentVersion: number }
  | { readonly kind: 'no-respondents' }
  /** The fields do not come in complete threes: the end is missing. */
  | { readonly kind: 'truncated' }
  | { readonly kind: 'too-many-respondents'; readonly count: number; readonly max: number }
  | { readonly kind: 'invalid-role'; readonly index: number; readonly role: string }
  | { readonly kind: 'invalid-label'; readonly index: number }
  | { readonly kind: 'invalid-respondent'; readonly index: number; readonly error: ShareCodeError };

/**
 * A message for a user about a team code that could not be read.
 *
 * @example
 * describeTeamShareCodeError(QUESTION_BANK, { kind: 'invalid-respondent', index: 2, error: { kind: 'truncated' } });
 * // => 'Respondent 3: This code is incomplete: the end is missing. Copy the whole link or code again.'
 */
export function describeTeamShareCodeError(bank: QuestionBank, error: TeamShareCodeError): string {
  switch (error.kind) {
    case 'empty':
      return 'Paste a team code or link to load team results.';
    case 'invalid-characters':
      return `This code contains "${error.character}" at position ${error.position + 1}, which team codes never contain. Copy the code again.`;
    case 'not-a-team-code':
      return 'This is not a team code. To add one person’s results, paste their code as a respondent instead.';
    case 'malformed-version':
      return 'This is not a valid team code (its version is not in the expected form).';
    case 'future-version':
      return `This team code was made by a newer version of the site (format ${error.version}; this page reads ${error.currentVersion}). Reload the page to get the latest version.`;
    case 'no-respondents':
      return 'This team code has no respondents in it.';
    case 'truncated':
      return 'This team code is incomplete: the end is missing. Copy the whole link or code again.';
    case 'too-many-respondents':
      return `This team code has ${error.count} respondents; at most ${error.max} can be combined.`;
    case 'invalid-role':
      return `Respondent ${error.index + 1}: "${error.role}" is not a known role.`;
    case 'invalid-label':
      return `Respondent ${error.index + 1}: the label could not be read.`;
    case 'invalid-respondent':
      return `Respondent ${error.index + 1}: ${describeShareCodeError(bank, error.error)}`;
    default:
      return error satisfies never;
  }
}
