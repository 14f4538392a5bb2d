import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getDimensionById } from './make-answer-set.ts';
import type { AnswerSet } from '../../../src/lib/assessment/answer-set.ts';
import { scoreDimension } from '../../../src/lib/assessment/score-dimension.ts';

const strategy = getDimensionById(QUESTION_BANK, 'strategy-leadership');

function full(answers: AnswerSet['answers']): AnswerSet {
  return { bankVersion: 1, mode: 'full', answers };
}

const level = (value: 1 | 2 | 3 | 4 | 5) => ({ kind: 'level', level: value }) as const;
const dontKnow = { kind: 'dont-know' } as const;
const notApplicable = { kind: 'not-applicable', reason: 'We have no budget process' } as const;

describe('scoreDimension in full mode', () => {
  test('is the mean of the four answers', () => {
    const result = scoreDimension(
      strategy,
      full({ 'strategy-vision': level(2), 'strategy-ownership': level(3), 'strategy-decisions': level(3), 'strategy-investment': level(4) }),
    );
    expect(result).toEqual({
      status: 'scored',
      dimensionId: 'strategy-leadership',
      score: 3,
      level: 3,
      counts: { asked: 4, answered: 4, dontKnow: 0, notApplicable: 0, unanswered: 0 },
    });
  });

  test('rounds the mean to two decimals and bands the rounded score', () => {
    const result = scoreDimension(strategy, full({ 'strategy-vision': level(2), 'strategy-ownership': level(2), 'strategy-decisions': level(1) }));
    expect(result).toMatchObject({ status: 'scored', score: 1.67, level: 1 });
  });

  test('leaves "Don\'t know" and "Not applicable" out of the mean', () => {
    const result = scoreDimension(
      strategy,
      full({ 'strategy-vision': level(4), 'strategy-ownership': dontKnow, 'strategy-decisions': notApplicable, 'strategy-investment': level(5) }),
    );
    expect(result).toMatchObject({ status: 'scored', score: 4.5, level: 5, counts: { answered: 2, dontKnow: 1, notApplicable: 1 } });
  });

  test('two "Don\'t know" out of four is exactly half: still scored', () => {
    const result = scoreDimension(
      strategy,
      full({ 'strategy-vision': level(3), 'strategy-ownership': dontKnow, 'strategy-decisions': dontKnow, 'strategy-investment': level(2) }),
    );
    expect(result).toMatchObject({ status: 'scored', score: 2.5, level: 2 });
  });

  test('three "Don\'t know" out of four is more than half: not enough answers', () => {
    const result = scoreDimension(
      strategy,
      full({ 'strategy-vision': level(3), 'strategy-ownership': dontKnow, 'strategy-decisions': dontKnow, 'strategy-investment': dontKnow }),
    );
    expect(result).toEqual({
      status: 'not-enough-answers',
      dimensionId: 'strategy-leadership',
      reason: 'too-many-unknown',
      counts: { asked: 4, answered: 1, dontKnow: 3, notApplicable: 0, unanswered: 0 },
    });
  });

  test('with one N/A, half is counted of the three applicable questions: two unknown is too many', () => {
    const result = scoreDimension(
      strategy,
      full({ 'strategy-vision': level(3), 'strategy-ownership': dontKnow, 'strategy-decisions': notApplicable }),
    );
    expect(result).toMatchObject({ status: 'not-enough-answers', reason: 'too-many-unknown', counts: { unanswered: 1 } });
  });

  test('with one N/A, one unknown of three still scores', () => {
    const result = scoreDimension(
      strategy,
      full({ 'strategy-vision': level(3), 'strategy-ownership': dontKnow, 'strategy-decisions': notApplicable, 'strategy-investment': level(4) }),
    );
    expect(result).toMatchObject({ status: 'scored', score: 3.5, level: 4 });
  });

  test('unanswered questions count like "Don\'t know"', () => {
    const result = scoreDimension(strategy, full({ 'strategy-vision': level(3) }));
    expect(result).toMatchObject({ status: 'not-enough-answers', reason: 'too-many-unknown', counts: { answered: 1, unanswered: 3 } });
  });

  test('nothing answered is not enough answers', () => {
    expect(scoreDimension(strategy, full({}))).toMatchObject({
      status: 'not-enough-answers',
      reason: 'too-many-unknown',
      counts: { asked: 4, answered: 0, unanswered: 4 },
    });
  });
});

describe('scoreDimension in quick mode', () => {
  const quick = (answers: AnswerSet['answers']): AnswerSet => ({ bankVersion: 1, mode: 'quick', answers });

  test('the one quick question decides', () => {
    expect(scoreDimension(strategy, quick({ 'strategy-vision': level(4) }))).toEqual({
      status: 'scored',
      dimensionId: 'strategy-leadership',
      score: 4,
      level: 4,
      counts: { asked: 1, answered: 1, dontKnow: 0, notApplicable: 0, unanswered: 0 },
    });
  });

  test('"Don\'t know" on the quick question is not enough answers', () => {
    expect(scoreDimension(strategy, quick({ 'strategy-vision': dontKnow }))).toMatchObject({
      status: 'not-enough-answers',
      reason: 'too-many-unknown',
    });
  });

  test('"Not applicable" on the quick question leaves nothing to score', () => {
    expect(scoreDimension(strategy, quick({ 'strategy-vision': notApplicable }))).toMatchObject({
      status: 'not-enough-answers',
      reason: 'all-not-applicable',
    });
  });

  test('answers to full-mode questions do not count in quick mode', () => {
    expect(scoreDimension(strategy, quick({ 'strategy-vision': level(2), 'strategy-ownership': level(5) }))).toMatchObject({
      score: 2,
    });
  });
});
