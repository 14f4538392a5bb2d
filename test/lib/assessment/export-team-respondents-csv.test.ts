import { expect, test } from 'vitest';
import { aggregateTeamResults } from '../../../src/lib/assessment/aggregate-team-results.ts';
import { exportTeamRespondentsCsv, getTeamRespondentsCsvHeader } from '../../../src/lib/assessment/export-team-respondents-csv.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { makeAnswerSet } from './make-answer-set.ts';

test('one row per person: who, mode, counted, each dimension score, overall score and level', () => {
  // Ana's scores by hand (see export-assessment-csv.test.ts): 3.5, 2, 3, 3.75, 1.5, 3, 2.25, 2.25; overall 2.66, level 2.
  const ana = { ...makeAnswerSet(QUESTION_BANK, 'full', '3452 2222 3333 4443 2121 3333 2223 2232'), respondent: { label: 'Ana', role: 'leadership' } } as const;
  // Quick, all 4 except "Don't know" in the third dimension: seven dimensions at 4, one without a score; overall 4, level 4.
  const bea = makeAnswerSet(QUESTION_BANK, 'quick', '44d44444');
  const team = [ana, bea, bea];
  const rows = exportTeamRespondentsCsv(QUESTION_BANK, team, aggregateTeamResults(QUESTION_BANK, team)).trimEnd().split('\r\n');
  expect(rows[0]).toBe(getTeamRespondentsCsvHeader(QUESTION_BANK).join(','));
  expect(rows[0]).toBe(
    'respondent,role,mode,counted,strategy-leadership_score,customer-understanding_score,journeys-touchpoints_score,measurement-metrics_score,voice-of-customer_score,employees-culture_score,omnichannel-technology-data_score,governance-improvement_score,overall_score,overall_level',
  );
  expect(rows[1]).toBe('Ana,leadership,full,yes,3.5,2,3,3.75,1.5,3,2.25,2.25,2.66,2');
  expect(rows[2]).toBe('Respondent 2,,quick,yes,4,4,,4,4,4,4,4,4,4');
  // The repeat is listed, marked as not counted.
  expect(rows[3]).toBe('Respondent 3,,quick,no,4,4,,4,4,4,4,4,4,4');
});

test('an empty team is a header only', () => {
  expect(exportTeamRespondentsCsv(QUESTION_BANK, [], aggregateTeamResults(QUESTION_BANK, []))).toBe(`${getTeamRespondentsCsvHeader(QUESTION_BANK).join(',')}\r\n`);
});
