import { describeAnswerSetError } from './describe-answer-set-error.ts';
import type { ImportError } from './import-assessment-json.ts';
import type { TeamImportError } from './import-team-json.ts';
import type { AnswerSetError } from './validate-answer-set.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { ASSESSMENT_RECORD_FORMAT } from './assessment-record.ts';
import { TEAM_RECORD_FORMAT } from './team-record.ts';

/** The field an answer-set error is about, e.g. `answers.voc-sources`. */
function getAnswerSetErrorPath(error: AnswerSetError): string {
  switch (error.kind) {
    case 'wrong-bank-version':
      return 'bankVersion';
    case 'too-many-not-applicable':
      return 'answers';
    case 'unknown-question':
    case 'question-not-in-mode':
    case 'missing-reason':
    case 'reason-too-long':
      return `answers.${error.questionId}`;
    default:
      return error satisfies never;
  }
}

/** How many field problems to list before summarising the rest. */
export const MAX_LISTED_ISSUES = 8;


/**
 * Messages for a user about a file that could not be imported, one per line, naming each field and why.
 *
 * @example
 * describeImportError(QUESTION_BANK, { kind: 'wrong-shape', issues: [{ path: 'mode', message: 'expected one of "full", "quick", got "slow"' }] });
 * // => ['Some fields in this file are wrong:', 'mode: expected one of "full", "quick", got "slow"']
 */
export function describeImportError(bank: QuestionBank, error: ImportError): readonly string[] {
  switch (error.kind) {
    case 'not-json':
      return ['This file is not JSON. Choose a file exported from the assessment (it ends in .json).'];
    case 'wrong-format':
      if (error.found === TEAM_RECORD_FORMAT) return ['This is a team results file. Open it from the team results page instead.'];
      return error.found === undefined
        ? [`This JSON file was not exported from the assessment: it has no "format": "${error.expected}" field.`]
        : [`This JSON file cannot be opened here: its format is "${error.found}", expected "${error.expected}".`];
    case 'wrong-shape': {
      const listed = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
      const hidden = error.issues.length - listed.length;
      return [
        'Some fields in this file are wrong:',
        ...listed,
        ...(hidden > 0 ? [`…and ${hidden} more.`] : []),
      ];
    }
    case 'future-version':
      return [`bankVersion: this file uses question version ${error.version}, newer than this page’s version ${error.currentVersion}. Reload the page to get the latest version.`];
    case 'unsupported-version':
      return [`bankVersion: this file uses question version ${error.version}, which this version of the assessment can no longer read: the questions are now version ${error.currentVersion}, and answers from version ${error.version} cannot be carried over to them. Answer the assessment again for a new file.`];
    case 'invalid-answers':
      return [
        'The answers in this file break the assessment’s rules:',
        ...error.errors.map((answerError) => `${getAnswerSetErrorPath(answerError)}: ${describeAnswerSetError(bank, answerError)}`),
      ];
    default:
      return error satisfies never;
  }
}

/**
 * Messages for a user about a team file that could not be imported, naming the respondent and field.
 *
 * @example
 * describeTeamImportError(QUESTION_BANK, { kind: 'respondent', index: 1, error: { kind: 'future-version', version: 2, currentVersion: 1 } });
 * // => ['Respondent 2:', 'bankVersion: this file uses question version 2, newer than this page’s version 1. Reload the page to get the latest version.']
 */
export function describeTeamImportError(bank: QuestionBank, error: TeamImportError): readonly string[] {
  if (error.kind === 'respondent') return [`Respondent ${error.index + 1}:`, ...describeImportError(bank, error.error)];
  if (error.kind === 'wrong-format' && error.found === ASSESSMENT_RECORD_FORMAT) {
    return ['This is one person’s assessment, not a team file. Add it as a respondent instead.'];
  }
  return describeImportError(bank, error);
}
