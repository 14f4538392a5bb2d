import { describePortableError, formatPortableMessage, invalid, type PortableError, type PortableMessage } from '../portable/portable-error.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import type { AnswerSetError } from './validate-answer-set.ts';

function getQuestionPrompt(bank: QuestionBank, questionId: string): string {
  for (const dimension of bank.dimensions) {
    const question = dimension.questions.find((candidate) => candidate.id === questionId);
    if (question !== undefined) return `"${question.prompt}"`;
  }
  return `"${questionId}"`;
}

/**
 * A sentence for a user about one answer-set error, naming the question or dimension.
 *
 * @example
 * describeAnswerSetError(QUESTION_BANK, { kind: 'missing-reason', questionId: 'voc-sources' });
 * // => 'Question "Which sources of customer feedback do you listen to?" is marked not applicable without a reason. Add a short reason or choose another answer.'
 */
export function describeAnswerSetError(bank: QuestionBank, error: AnswerSetError): string {
  switch (error.kind) {
    case 'wrong-bank-version':
      return `These answers are for version ${error.version} of the questions; this assessment uses version ${error.expected}.`;
    case 'unknown-question':
      return `There is no question with id "${error.questionId}" in version ${bank.version} of the assessment.`;
    case 'question-not-in-mode':
      return `Question ${getQuestionPrompt(bank, error.questionId)} is not part of the ${error.mode} assessment.`;
    case 'too-many-not-applicable':
      return `"${error.dimensionName}" has ${error.questionIds.length} questions marked not applicable; at most ${error.max} is allowed per dimension, so a score cannot rest on too few answers.`;
    case 'missing-reason':
      return `Question ${getQuestionPrompt(bank, error.questionId)} is marked not applicable without a reason. Add a short reason or choose another answer.`;
    case 'reason-too-long':
      return `The not-applicable reason for ${getQuestionPrompt(bank, error.questionId)} is ${error.length} characters long; keep it to ${error.max}.`;
    default:
      return error satisfies never;
  }
}

/**
 * The message for a link, code, file or saved value of the assessment that could not be read: the portable
 * layer's one describer, with this tool's name. Answer-set problems arrive already worded (see above).
 *
 * @example
 * describeInputError({ kind: 'truncated' }, 'share link').headline;
 * // => 'This share link is incomplete: its end is missing. Copy the whole share link again.'
 */
export function describeInputError(error: PortableError, thing: string): PortableMessage {
  return describePortableError(error, { thing, tool: 'CX maturity assessment' });
}

/**
 * A team member's problem as the team's: which respondent (from 0) it is about, in front of its sentences.
 *
 * @param index the respondent's position, from 0
 * @param error why their answers cannot be read
 * @param thing what their answers came in, e.g. "code" or "entry"
 * @example
 * forRespondent(1, { kind: 'truncated' }, 'code');
 * // => invalid(['Respondent 2: This code is incomplete: its end is missing. Copy the whole code again.'])
 */
export function forRespondent(index: number, error: PortableError, thing: string): PortableError {
  const who = `Respondent ${String(index + 1)}`;
  if (error.kind === 'invalid') return { ...error, issues: error.issues.map((issue) => `${who}: ${issue}`) };
  return invalid([`${who}: ${formatPortableMessage(describeInputError(error, thing))}`]);
}
