import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getDimensionAdvice } from '../../../src/lib/assessment/get-dimension-advice.ts';
import { getDimensionById, makeAnswerSet } from './make-answer-set.ts';

const voiceOfCustomer = getDimensionById(QUESTION_BANK, 'voice-of-customer');

test('gives the advice of the answer chosen, weakest answer first', () => {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'full', '3333 3333 3333 3333 2d14 3333 3333 3333');
  expect(getDimensionAdvice(voiceOfCustomer, answerSet)).toMatchInlineSnapshot(`
    [
      {
        "advice": "Set up an alert for very negative responses and have someone contact those customers within a few working days.",
        "answerText": "Nothing, unless the customer files a formal complaint; negative survey responses are not followed up.",
        "level": 1,
        "prompt": "What happens when an individual customer gives negative feedback?",
        "questionId": "voc-inner-loop",
      },
      {
        "advice": "Share survey results across teams in a regular review, and agree who acts on each of the main themes.",
        "answerText": "We survey customers after some interactions, but results stay with the team that ran the survey.",
        "level": 2,
        "prompt": "How does your organisation use customer survey results?",
        "questionId": "voc-survey-use",
      },
      {
        "advice": "Bring feedback themes into product roadmaps and policy reviews, so improvements are designed in from the start instead of patched on later.",
        "answerText": "Fixes are tracked until the feedback theme declines, and staff and customers are told what changed.",
        "level": 4,
        "prompt": "How does customer feedback lead to changes in products, services or policies?",
        "questionId": "voc-outer-loop",
      },
    ]
  `);
});

test('keeps question order among equal levels', () => {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'full', '3333 3333 3333 3333 2222 3333 3333 3333');
  expect(getDimensionAdvice(voiceOfCustomer, answerSet).map((advice) => advice.questionId)).toEqual([
    'voc-survey-use',
    'voc-sources',
    'voc-inner-loop',
    'voc-outer-loop',
  ]);
});

test('level 5 answers carry advice on sustaining them', () => {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '3 3 3 3 5 3 3 3');
  expect(getDimensionAdvice(voiceOfCustomer, answerSet)).toEqual([
    expect.objectContaining({ questionId: 'voc-survey-use', level: 5, advice: expect.stringMatching(/^Keep surveys lean/) }),
  ]);
});

test('no advice for "Don\'t know", N/A or unanswered questions', () => {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'full', '3333 3333 3333 3333 dn-- 3333 3333 3333');
  expect(getDimensionAdvice(voiceOfCustomer, answerSet)).toEqual([]);
});
