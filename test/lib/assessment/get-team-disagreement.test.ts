import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { aggregateTeamResults } from '../../../src/lib/assessment/aggregate-team-results.ts';
import { getTeamDisagreement } from '../../../src/lib/assessment/get-team-disagreement.ts';
import { makeAnswerSet } from './make-answer-set.ts';

test('is the spread of respondents\' dimension scores, rounded, for dimensions with a score', () => {
  const team = aggregateTeamResults(QUESTION_BANK, [
    makeAnswerSet(QUESTION_BANK, 'full', '4444 3333 3333 3333 3333 3333 3333 dddd'),
    makeAnswerSet(QUESTION_BANK, 'full', '2121 3334 3333 3333 3333 3333 3333 dddd'),
  ]);
  expect(getTeamDisagreement(team)).toEqual({
    'strategy-leadership': 2.5,
    'customer-understanding': 0.25,
    'journeys-touchpoints': 0,
    'measurement-metrics': 0,
    'voice-of-customer': 0,
    'employees-culture': 0,
    'omnichannel-technology-data': 0,
  });
});
