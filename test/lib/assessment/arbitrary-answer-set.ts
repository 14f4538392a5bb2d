import fc from 'fast-check';
import type { Answer, AnswerSet, AssessmentMode } from '../../../src/lib/assessment/answer-set.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getDimensionQuestions } from '../../../src/lib/assessment/questions-in-mode.ts';

/** Any valid answer set on the current bank: at most one N/A per dimension, each with a non-blank reason. */
export function arbitraryAnswerSet(): fc.Arbitrary<AnswerSet> {
  const reason = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== '');
  const answer: fc.Arbitrary<Answer | undefined> = fc.oneof(
    fc.constantFrom(1, 2, 3, 4, 5).map((level): Answer => ({ kind: 'level', level })),
    fc.constant<Answer>({ kind: 'dont-know' }),
    fc.constant(undefined),
  );
  return fc.constantFrom<AssessmentMode>('full', 'quick').chain((mode) =>
    fc
      .tuple(
        ...QUESTION_BANK.dimensions.map((dimension) => {
          const questions = getDimensionQuestions(dimension, mode);
          return fc.tuple(
            fc.array(answer, { minLength: questions.length, maxLength: questions.length }),
            fc.option(fc.tuple(fc.nat({ max: questions.length - 1 }), reason)),
          ).map(([answers, notApplicable]) =>
            questions.flatMap((question, index): [string, Answer][] => {
              if (notApplicable !== null && notApplicable[0] === index) return [[question.id, { kind: 'not-applicable', reason: notApplicable[1] }]];
              const given = answers[index];
              return given === undefined ? [] : [[question.id, given]];
            }),
          );
        }),
      )
      .map((entries): AnswerSet => ({ bankVersion: 1, mode, answers: Object.fromEntries(entries.flat()) })),
  );
}
