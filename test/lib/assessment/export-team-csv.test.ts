import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { aggregateTeamResults } from '../../../src/lib/assessment/aggregate-team-results.ts';
import { exportTeamCsv } from '../../../src/lib/assessment/export-team-csv.ts';
import { makeAnswerSet } from './make-answer-set.ts';

test('a row per dimension and per question, with a row per role under each', () => {
  const team = aggregateTeamResults(QUESTION_BANK, [
    { ...makeAnswerSet(QUESTION_BANK, 'quick', '4 3 3 3 3 3 3 3'), respondent: { role: 'leadership' } },
    { ...makeAnswerSet(QUESTION_BANK, 'quick', '2 3 3 3 3 3 3 3'), respondent: { role: 'front-line' } },
    { ...makeAnswerSet(QUESTION_BANK, 'quick', 'd 3 3 3 3 3 3 3'), respondent: { role: 'front-line' } },
  ]);
  const lines = exportTeamCsv(QUESTION_BANK, team).split('\r\n');
  expect(lines.slice(0, 8)).toMatchInlineSnapshot(`
    [
      "dimension,question,role,respondents,median,min,max,disagreement",
      "Strategy & leadership,,all,2,3,2,4,yes",
      "Strategy & leadership,,leadership,1,4,4,4,",
      "Strategy & leadership,,front-line,1,2,2,2,",
      "Strategy & leadership,How clearly is the customer experience you intend to deliver written down and shared?,all,2,3,2,4,yes",
      "Strategy & leadership,How clearly is the customer experience you intend to deliver written down and shared?,leadership,1,4,4,4,",
      "Strategy & leadership,How clearly is the customer experience you intend to deliver written down and shared?,front-line,1,2,2,2,",
      "Strategy & leadership,Who is accountable for the customer experience across departments?,all,0,,,,no",
    ]
  `);
  // Quick mode: 8 dimensions and their 8 quick questions × (all + 2 roles), the 24 questions nobody
  // was asked get one empty row each, plus the header and the empty string after the last CRLF.
  expect(lines).toHaveLength(8 * 3 + 8 * 3 + 24 + 2);
});
