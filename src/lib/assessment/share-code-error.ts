import type { AssessmentMode } from './answer-set.ts';
import { describeAnswerSetError } from './describe-answer-set-error.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import type { AnswerSetError } from './validate-answer-set.ts';

/** Why a share code could not be read. */
export type ShareCodeError =
  | { readonly kind: 'empty' }
  /** A character no share code contains; `position` counts from 0 in the trimmed code. */
  | { readonly kind: 'invalid-characters'; readonly position: number; readonly character: string }
  /** The code ends early: parts or checksum characters are missing (usually a partial copy). */
  | { readonly kind: 'truncated' }
  /** A part has the wrong form; `part` says which. */
  | { readonly kind: 'malformed'; readonly part: 'version' | 'structure' | 'mode' | 'reasons' }
  /** The answers part has the wrong number of characters for the version and mode. */
  | {
      readonly kind: 'wrong-length';
      readonly version: number;
      readonly mode: AssessmentMode;
      readonly expected: number;
      readonly actual: number;
    }
  /** Well-formed, but the checksum does not match: a character was changed. */
  | { readonly kind: 'tampered' }
  /** Made with a newer question bank than this build knows. */
  | { readonly kind: 'future-version'; readonly version: number; readonly currentVersion: number }
  /** An older question bank with no migration. */
  | { readonly kind: 'unsupported-version'; readonly version: number; readonly currentVersion: number }
  /** Readable, but the answers break the assessment's rules (e.g. two N/A in a dimension). */
  | { readonly kind: 'invalid-answers'; readonly errors: readonly AnswerSetError[] };

/**
 * A message for a user about a share code that could not be read.
 *
 * @example
 * describeShareCodeError(QUESTION_BANK, { kind: 'truncated' });
 * // => 'This code is incomplete: the end is missing. Copy the whole link or code again.'
 */
export function describeShareCodeError(bank: QuestionBank, error: ShareCodeError): string {
  switch (error.kind) {
    case 'empty':
      return 'Paste a share code or link to load results.';
    case 'invalid-characters':
      return `This code contains "${error.character}" at position ${error.position + 1}, which share codes never contain. Copy the code again.`;
    case 'truncated':
      return 'This code is incomplete: the end is missing. Copy the whole link or code again.';
    case 'malformed':
      return `This is not a valid share code (its ${error.part} part is not in the expected form).`;
    case 'wrong-length':
      return `This code has ${error.actual} answers where a ${error.mode} assessment on version ${error.version} has ${error.expected}. Copy the code again.`;
    case 'tampered':
      return 'This code has been changed since it was made (its checksum does not match). Copy the original code again.';
    case 'future-version':
      return `This code was made with a newer version of the assessment (question version ${error.version}; this page has ${error.currentVersion}). Reload the page to get the latest version.`;
    case 'unsupported-version':
      return `This code was made with question version ${error.version}, which this version of the assessment can no longer read: the questions are now version ${error.currentVersion}, and answers from version ${error.version} cannot be carried over to them. Answer the assessment again for a new link.`;
    case 'invalid-answers':
      return error.errors.map((answerError) => describeAnswerSetError(bank, answerError)).join(' ');
    default:
      return error satisfies never;
  }
}
