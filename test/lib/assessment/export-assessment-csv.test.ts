import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { exportAssessmentCsv } from '../../../src/lib/assessment/export-assessment-csv.ts';
import { makeAnswerSet } from './make-answer-set.ts';

test('one row per question asked: dimension, question, answer level and answer text', () => {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '3 4 2 d 5 1 - 2');
  const answers = { ...answerSet.answers, 'governance-forum': { kind: 'not-applicable', reason: '=We are a "startup", no forums' } } as const;
  expect(exportAssessmentCsv(QUESTION_BANK, { ...answerSet, answers }).split('\r\n')).toMatchInlineSnapshot(`
    [
      "dimension,question,answer_level,answer,dimension_score,dimension_level,overall_score,overall_level,respondent,role",
      "Strategy & leadership,How clearly is the customer experience you intend to deliver written down and shared?,3,"A written CX vision and principles are part of the strategy documents, but few teams refer to them when they make day-to-day choices.",3,3,3,2,,",
      "Customer understanding & personas,How do you learn what customers need and why they behave as they do?,4,"Research runs continuously, mixes interviews with behavioural data, and people from several functions take part in customer sessions and use the findings in their plans.",4,4,3,2,,",
      "Journey mapping & touchpoints,How do you map the journeys customers take with you?,2,"We mapped one or two journeys in a workshop, mostly from what staff know, and the maps have not been touched since.",2,2,3,2,,",
      "Measurement & metrics,"Which customer experience metrics do you track, and how consistently?",dont-know,Don’t know,,,3,2,,",
      "Voice of the customer & closing the loop,How does your organisation use customer survey results?,5,"Survey insight drives planned changes, customers hear what changed because of their feedback, and we check whether the changes improved results.",5,5,3,2,,",
      "Employee engagement & culture,How much authority do front-line staff have to solve customer problems?,1,"Front-line staff follow scripts and escalate almost everything; they cannot make exceptions or offer any remedy themselves.",1,1,3,2,,",
      ""Omnichannel, technology & data","What happens when a customer moves from one channel to another, say from web chat to phone?",unanswered,,,,3,2,,",
      "Governance & continuous improvement,How are cross-department customer experience decisions made?,not-applicable,"Not applicable: =We are a ""startup"", no forums",,,3,2,,",
      "",
    ]
  `);
});

test('a full assessment has a header and 32 rows', () => {
  const csv = exportAssessmentCsv(QUESTION_BANK, makeAnswerSet(QUESTION_BANK, 'full', '3'.repeat(32)));
  expect(csv.trimEnd().split('\r\n')).toHaveLength(33);
});

test('each row carries its dimension’s score and level, the overall score and level, and who answered', () => {
  // Scores worked by hand (Python, mean of levels per dimension; overall the mean of the eight, banded at 1.8, 2.6,
  // 3.4, 4.2 and capped at the weakest level + 1): 3.5 (4), 2 (2), 3 (3), 3.75 (4), 1.5 (1), 3 (3), 2.25 (2),
  // 2.25 (2); overall 2.66 → band 3, capped at 1 + 1 = 2.
  const answerSet = makeAnswerSet(QUESTION_BANK, 'full', '3452 2222 3333 4443 2121 3333 2223 2232');
  const rows = exportAssessmentCsv(QUESTION_BANK, { ...answerSet, respondent: { label: 'Ana', role: 'leadership' } }).trimEnd().split('\r\n');
  expect(rows[0]).toBe('dimension,question,answer_level,answer,dimension_score,dimension_level,overall_score,overall_level,respondent,role');
  expect(rows[1]?.endsWith(',3.5,4,2.66,2,Ana,leadership')).toBe(true);
  expect(rows[17]?.startsWith('Voice of the customer')).toBe(true);
  expect(rows[17]?.endsWith(',1.5,1,2.66,2,Ana,leadership')).toBe(true);
  expect(rows).toHaveLength(33);
});

test('no score leaves the score and level cells empty; no respondent leaves who empty', () => {
  const rows = exportAssessmentCsv(QUESTION_BANK, makeAnswerSet(QUESTION_BANK, 'quick', 'dddddddd')).trimEnd().split('\r\n');
  expect(rows[1]?.endsWith(',dont-know,Don’t know,,,,,,')).toBe(true);
});

test('a label that looks like a formula is neutralised by formatCsv', () => {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '33333333');
  const rows = exportAssessmentCsv(QUESTION_BANK, { ...answerSet, respondent: { label: '=HYPERLINK("x")' } }).trimEnd().split('\r\n');
  expect(rows[1]).not.toContain(',=HYPERLINK');
});
