import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { aggregateTeamResults } from '../../../src/lib/assessment/aggregate-team-results.ts';
import type { RespondentRole } from '../../../src/lib/assessment/respondent.ts';
import type { TeamRespondent } from '../../../src/lib/assessment/team-respondent.ts';
import { makeAnswerSet } from './make-answer-set.ts';

function member(notation: string, role?: RespondentRole, label?: string): TeamRespondent {
  const answerSet = makeAnswerSet(QUESTION_BANK, 'full', notation);
  if (role === undefined && label === undefined) return answerSet;
  return { ...answerSet, respondent: { ...(role === undefined ? {} : { role }), ...(label === undefined ? {} : { label }) } };
}

// Strategy answers differ; the other dimensions are all 3s.
const REST = ' 3333 3333 3333 3333 3333 3333 3333';
const leader = member(`4444${REST}`, 'leadership', 'Chris');
const agent = member(`2d21${REST}`, 'front-line', 'Dee');
const agent2 = member(`2n32${REST}`, 'front-line', 'Eli');
const analyst = member(`3-33${REST}`, undefined, 'Fay');

describe('aggregateTeamResults', () => {
  const team = aggregateTeamResults(QUESTION_BANK, [leader, agent, agent2, analyst]);
  const strategy = team.dimensions[0];

  test('per question: median (even count averages the middle two), range, count and the other answers', () => {
    expect(strategy?.questions[0]).toMatchObject({
      questionId: 'strategy-vision',
      asked: 4,
      summary: { count: 4, median: 2.5, min: 2, max: 4, spread: 2 },
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 0,
      disagreement: true,
    });
    expect(strategy?.questions[1]).toMatchObject({
      questionId: 'strategy-ownership',
      summary: { count: 1, median: 4, min: 4, max: 4 },
      dontKnow: 1,
      notApplicable: 1,
      unanswered: 1,
      disagreement: false,
    });
    expect(strategy?.questions[2]).toMatchObject({ summary: { count: 4, median: 3, min: 2, max: 4 }, disagreement: true });
    expect(strategy?.questions[3]).toMatchObject({ summary: { count: 4, median: 2.5, min: 1, max: 4 }, disagreement: true });
  });

  test('answers one level apart are not flagged', () => {
    expect(team.dimensions[1]?.questions.every((question) => !question.disagreement)).toBe(true);
  });

  test('per dimension: the respondents\' dimension scores, the level of the median, and disagreement on levels', () => {
    // Scores: leader 4 (Embedded), agent 1.67 (Reactive), agent2 2.33 (Emerging), analyst 3 (Defined).
    expect(strategy).toMatchObject({
      dimensionId: 'strategy-leadership',
      summary: { count: 4, median: 2.67, min: 1.67, max: 4 },
      level: 3,
      notEnoughAnswers: 0,
      disagreement: true,
    });
    expect(team.dimensions[1]).toMatchObject({ summary: { median: 3, spread: 0 }, level: 3, disagreement: false });
  });

  test('breaks results down by role, in role order, then those without a role', () => {
    expect(strategy?.byRole).toEqual([
      { role: 'leadership', summary: { count: 1, median: 4, min: 4, max: 4, spread: 0 } },
      { role: 'front-line', summary: { count: 2, median: 2, min: 1.67, max: 2.33, spread: 0.66 } },
      { role: 'unspecified', summary: { count: 1, median: 3, min: 3, max: 3, spread: 0 } },
    ]);
    expect(strategy?.questions[1]?.byRole).toEqual([
      { role: 'leadership', summary: { count: 1, median: 4, min: 4, max: 4, spread: 0 } },
      { role: 'front-line', summary: undefined },
      { role: 'unspecified', summary: undefined },
    ]);
  });

  test('no role breakdown when nobody gave a role', () => {
    const anonymous = aggregateTeamResults(QUESTION_BANK, [member(`4444${REST}`), member(`2222${REST}`)]);
    expect(anonymous.dimensions[0]?.byRole).toEqual([]);
    expect(anonymous.dimensions[0]?.questions[0]?.byRole).toEqual([]);
  });

  test('reports duplicates and leaves them out of every number', () => {
    const withRepeat = aggregateTeamResults(QUESTION_BANK, [leader, agent, { ...agent, respondent: { label: 'DEE' } }]);
    expect(withRepeat.duplicates).toEqual([{ index: 2, duplicateOf: 1, reason: 'same-label' }]);
    expect(withRepeat.countedRespondents).toBe(2);
    expect(withRepeat.members.map((entry) => entry.counted)).toEqual([true, true, false]);
    expect(withRepeat.dimensions[0]?.questions[0]?.summary?.count).toBe(2);
  });

  test('counts respondents without enough answers in a dimension', () => {
    const unsure = member(`dddd${REST}`);
    const result = aggregateTeamResults(QUESTION_BANK, [leader, unsure]);
    expect(result.dimensions[0]).toMatchObject({ summary: { count: 1 }, notEnoughAnswers: 1 });
  });

  test('quick respondents count only on the quick questions', () => {
    const quick = makeAnswerSet(QUESTION_BANK, 'quick', '1 3 3 3 3 3 3 3');
    const result = aggregateTeamResults(QUESTION_BANK, [leader, quick]);
    expect(result.dimensions[0]?.questions[0]).toMatchObject({ asked: 2, summary: { count: 2, min: 1, max: 4 } });
    expect(result.dimensions[0]?.questions[1]).toMatchObject({ asked: 1, summary: { count: 1 } });
    expect(result.members.map((entry) => entry.mode)).toEqual(['full', 'quick']);
  });

  test('an empty team has no numbers', () => {
    const empty = aggregateTeamResults(QUESTION_BANK, []);
    expect(empty.countedRespondents).toBe(0);
    expect(empty.dimensions[0]).toMatchObject({ summary: undefined, level: undefined, disagreement: false });
  });

  test('answers on another bank version are a programmer error', () => {
    expect(() => aggregateTeamResults(QUESTION_BANK, [{ bankVersion: 0, mode: 'quick', answers: {} }])).toThrowErrorMatchingInlineSnapshot(
      `[Error: aggregateTeamResults requires answers on bank version 1, got 0]`,
    );
  });
});
