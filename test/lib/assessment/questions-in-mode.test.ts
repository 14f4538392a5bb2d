import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getDimensionById } from './make-answer-set.ts';
import { getDimensionQuestions, getQuestionIds } from '../../../src/lib/assessment/questions-in-mode.ts';

describe('getDimensionQuestions', () => {
  test('full mode asks all four, quick mode the quick one', () => {
    const strategy = getDimensionById(QUESTION_BANK, 'strategy-leadership');
    expect(getDimensionQuestions(strategy, 'full').map((question) => question.id)).toEqual([
      'strategy-vision',
      'strategy-ownership',
      'strategy-decisions',
      'strategy-investment',
    ]);
    expect(getDimensionQuestions(strategy, 'quick').map((question) => question.id)).toEqual(['strategy-vision']);
  });
});

describe('getQuestionIds', () => {
  test('lists 32 ids in full mode and the 8 quick ones in quick mode, in bank order', () => {
    expect(getQuestionIds(QUESTION_BANK, 'full')).toHaveLength(32);
    expect(getQuestionIds(QUESTION_BANK, 'quick')).toMatchInlineSnapshot(`
      [
        "strategy-vision",
        "understanding-research",
        "journeys-maps",
        "measurement-metrics-tracked",
        "voc-survey-use",
        "employees-empowerment",
        "omnichannel-continuity",
        "governance-forum",
      ]
    `);
  });
});
