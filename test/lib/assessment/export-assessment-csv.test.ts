import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { exportAssessmentCsv } from '../../../src/lib/assessment/export-assessment-csv.ts';
import { makeAnswerSet } from './make-answer-set.ts';

test('one row per question asked: dimension, question, answer level and answer text', () => {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '3 4 2 d 5 1 - 2');
  const answers = { ...answerSet.answers, 'governance-forum': { kind: 'not-applicable', reason: '=We are a "startup", no forums' } } as const;
  expect(exportAssessmentCsv(QUESTION_BANK, { ...answerSet, answers }).split('\r\n')).toMatchInlineSnapshot(`
    [
      "dimension,question,answer_level,answer",
      "Strategy & leadership,How clearly is the customer experience you intend to deliver written down and shared?,3,"A written CX vision and principles are part of the strategy documents, but few teams refer to them when they make day-to-day choices."",
      "Customer understanding & personas,How do you learn what customers need and why they behave as they do?,4,"Research runs continuously, mixes interviews with behavioural data, and people from several functions take part in customer sessions and use the findings in their plans."",
      "Journey mapping & touchpoints,How do you map the journeys customers take with you?,2,"We mapped one or two journeys in a workshop, mostly from what staff know, and the maps have not been touched since."",
      "Measurement & metrics,"Which customer experience metrics do you track, and how consistently?",dont-know,Don’t know",
      "Voice of the customer & closing the loop,How does your organisation use customer survey results?,5,"Survey insight drives planned changes, customers hear what changed because of their feedback, and we check whether the changes improved results."",
      "Employee engagement & culture,How much authority do front-line staff have to solve customer problems?,1,"Front-line staff follow scripts and escalate almost everything; they cannot make exceptions or offer any remedy themselves."",
      ""Omnichannel, technology & data","What happens when a customer moves from one channel to another, say from web chat to phone?",unanswered,",
      "Governance & continuous improvement,How are cross-department customer experience decisions made?,not-applicable,"Not applicable: =We are a ""startup"", no forums"",
      "",
    ]
  `);
});

test('a full assessment has a header and 32 rows', () => {
  const csv = exportAssessmentCsv(QUESTION_BANK, makeAnswerSet(QUESTION_BANK, 'full', '3'.repeat(32)));
  expect(csv.trimEnd().split('\r\n')).toHaveLength(33);
});
