import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { scoreAssessment } from '../../../src/lib/assessment/score-assessment.ts';
import { makeAnswerSet } from './make-answer-set.ts';

describe('scoreAssessment', () => {
  // Dimensions: strategy 2.5, understanding 1.5, journeys 3, measurement 2, voice 4, employees 2.75, omnichannel 2, governance 3.5
  const answerSet = makeAnswerSet(QUESTION_BANK, 'full', '2323 1212 3333 2222 4444 3323 1323 4343');

  test('scores every dimension and the whole', () => {
    const result = scoreAssessment(QUESTION_BANK, answerSet);
    expect(result.dimensions.map((dimension) => (dimension.status === 'scored' ? [dimension.score, dimension.level] : dimension.status))).toEqual([
      [2.5, 2],
      [1.5, 1],
      [3, 3],
      [2, 2],
      [4, 4],
      [2.75, 3],
      [2.25, 2],
      [3.5, 4],
    ]);
    // 21.5 / 8 = 2.6875 is Defined, but customer understanding is Reactive, so the level is capped at Emerging.
    expect(result.overall).toMatchObject({
      status: 'scored',
      score: 2.69,
      level: 2,
      cap: { applied: true, uncappedLevel: 3, weakestLevel: 1, weakestDimensionIds: ['customer-understanding'] },
    });
  });

  test('ranks the top three priorities with answer-specific advice and guides; the rest follow', () => {
    const result = scoreAssessment(QUESTION_BANK, answerSet);
    // Default targets: every gap is one level, so the lowest scores lead (foundations first).
    expect(result.priorities.map((priority) => [priority.rank, priority.dimensionId, priority.levelGap, priority.scoreGap])).toEqual([
      [1, 'customer-understanding', 1, 0.3],
      [2, 'measurement-metrics', 1, 0.6],
      [3, 'omnichannel-technology-data', 1, 0.35],
    ]);
    expect(result.priorities[0]?.guides).toEqual(['personas', 'what-is-customer-experience', 'b2b-customer-experience']);
    const top = result.priorities[1];
    expect(top?.guides).toEqual(['measuring-cx', 'net-promoter-score', 'csat-and-ces', 'churn-retention-and-clv', 'business-case-for-cx']);
    expect(top?.advice.map((advice) => [advice.questionId, advice.level])).toEqual([
      ['measurement-metrics-tracked', 2],
      ['measurement-business-outcomes', 2],
      ['measurement-reporting', 2],
      ['measurement-targets', 2],
    ]);
    expect(result.otherGaps.map((gap) => gap.dimensionId)).toEqual([
      'strategy-leadership',
      'employees-culture',
      'journeys-touchpoints',
      'governance-improvement',
      'voice-of-customer',
    ]);
    expect(result.otherGaps[0]).not.toHaveProperty('advice');
  });

  test('uses the targets the user set, and lists dimensions at target as strengths', () => {
    const result = scoreAssessment(QUESTION_BANK, answerSet, { targets: { 'journeys-touchpoints': 3, 'voice-of-customer': 4 } });
    expect(result.targets).toMatchObject({ 'journeys-touchpoints': 3, 'voice-of-customer': 4, 'strategy-leadership': 3 });
    expect(result.strengths.map((strength) => [strength.dimensionId, strength.reason])).toEqual([
      ['journeys-touchpoints', 'target-met'],
      ['voice-of-customer', 'target-met'],
    ]);
    expect([...result.priorities, ...result.otherGaps].map((gap) => gap.dimensionId)).not.toContain('voice-of-customer');
  });

  test('with default targets, the top scores are the strengths', () => {
    expect(scoreAssessment(QUESTION_BANK, answerSet).strengths.map((strength) => strength.dimensionId)).toEqual([
      'voice-of-customer',
      'governance-improvement',
    ]);
  });

  test('team disagreement breaks ties between equal gaps', () => {
    const even = makeAnswerSet(QUESTION_BANK, 'full', '2222 2222 2222 2222 2222 2222 2222 2222');
    const result = scoreAssessment(QUESTION_BANK, even, { disagreement: { 'employees-culture': 3, 'journeys-touchpoints': 1 } });
    expect(result.priorities.map((priority) => priority.dimensionId)).toEqual([
      'employees-culture',
      'journeys-touchpoints',
      'strategy-leadership',
    ]);
  });

  test('says when the foundations-first cap applied', () => {
    const lopsided = makeAnswerSet(QUESTION_BANK, 'quick', '5 5 5 5 1 5 5 5');
    expect(scoreAssessment(QUESTION_BANK, lopsided).overall).toEqual({
      status: 'scored',
      score: 4.5,
      level: 2,
      cap: { applied: true, uncappedLevel: 5, weakestLevel: 1, weakestDimensionIds: ['voice-of-customer'] },
      scoredDimensionIds: QUESTION_BANK.dimensions.map((dimension) => dimension.id),
      unscoredDimensionIds: [],
    });
  });

  test('a quick assessment with "Don\'t know" everywhere has no score and no priorities', () => {
    const result = scoreAssessment(QUESTION_BANK, makeAnswerSet(QUESTION_BANK, 'quick', 'dddddddd'));
    expect(result.overall.status).toBe('not-enough-answers');
    expect(result.priorities).toEqual([]);
    expect(result.strengths).toEqual([]);
    expect(result.targets).toEqual({});
  });
});
