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
