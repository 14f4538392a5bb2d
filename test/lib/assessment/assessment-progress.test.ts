import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { countAnswered, countAnsweredByDimension, getAnswerProblems, getProgressResult, parseProgress, type AssessmentProgress } from '../../../src/lib/assessment/assessment-progress.ts';
import { INITIAL_PROGRESS, hasUnsavedWork } from '../../../src/lib/assessment/progress-start.ts';
import { makeAnswerSet } from './make-answer-set.ts';

// Counts are worked out from the answer notation by hand: one character per question asked, d = don't know.
const inProgress = (notation: string, mode: AssessmentProgress['mode'] = 'full'): AssessmentProgress => {
  const answerSet = makeAnswerSet(QUESTION_BANK, mode, notation);
  return { ...INITIAL_PROGRESS, ...answerSet, answers: { ...answerSet.answers }, view: 'questions' };
};

describe('countAnswered and countAnsweredByDimension', () => {
  it('counts the questions the mode asks and those answered', () => {
    const progress = inProgress('3--- ---- ---- ---- ---- ---- ---- ----');
    expect(countAnswered(progress)).toEqual({ asked: 32, answered: 1, dontKnow: 0 });
    expect(countAnsweredByDimension(progress)[0]).toEqual({ dimensionId: 'strategy-leadership', asked: 4, answered: 1, dontKnow: 0 });
    expect(countAnswered(INITIAL_PROGRESS)).toEqual({ asked: 32, answered: 0, dontKnow: 0 });
  });

  it('counts “Don’t know” answers apart, as answers that give no score', () => {
    const quick = makeAnswerSet(QUESTION_BANK, 'quick', '3d3d d333');
    expect(countAnswered(quick)).toEqual({ asked: 8, answered: 8, dontKnow: 3 });
    expect(countAnsweredByDimension(quick)[1]).toEqual({ dimensionId: QUESTION_BANK.dimensions[1]?.id, asked: 1, answered: 1, dontKnow: 1 });
  });

});

describe('getAnswerProblems', () => {
  it('reports a not-applicable answer without a reason, and two in one dimension, with the step to fix them', () => {
    const progress: AssessmentProgress = {
      ...INITIAL_PROGRESS,
      answers: { 'omnichannel-continuity': { kind: 'not-applicable', reason: ' ' }, 'omnichannel-customer-view': { kind: 'not-applicable', reason: 'No stores' } },
    };
    expect(getAnswerProblems(progress).map((problem) => [problem.error.kind, problem.step, problem.questionId])).toEqual([
      ['missing-reason', 6, 'omnichannel-continuity'],
      ['too-many-not-applicable', 6, undefined],
    ]);
    expect(getAnswerProblems(progress)[1]?.message).toMatchInlineSnapshot(
      `""Omnichannel, technology & data" has 2 questions marked not applicable; at most 1 is allowed per dimension, so a score cannot rest on too few answers."`,
    );
    expect(getAnswerProblems(INITIAL_PROGRESS)).toEqual([]);
  });
});

describe('hasUnsavedWork', () => {
  it('is true only for answers not yet finished', () => {
    expect(hasUnsavedWork(INITIAL_PROGRESS)).toBe(false);
    expect(hasUnsavedWork(inProgress('3333 3333', 'quick'))).toBe(true);
    expect(hasUnsavedWork({ ...inProgress('3333 3333', 'quick'), completedAt: '2026-03-01T10:00:00.000Z' })).toBe(false);
  });
});

describe('getProgressResult', () => {
  it('scores with the chosen targets: a target changes the priorities', () => {
    const progress = inProgress('4444 3333 3333 3333 1122 3333 3333 3333');
    const byDefault = getProgressResult(progress, {});
    expect(byDefault.ok && byDefault.value.priorities[0]?.dimensionId).toBe('voice-of-customer');
    const chosen = getProgressResult(progress, { 'journeys-touchpoints': 5 });
    expect(chosen.ok && chosen.value.priorities[0]).toMatchObject({ dimensionId: 'journeys-touchpoints', levelGap: 2 });
  });

  it('returns the problems instead of a result when answers break the rules', () => {
    const result = getProgressResult({ ...INITIAL_PROGRESS, answers: { 'voc-sources': { kind: 'not-applicable', reason: '' } } }, {});
    expect(result.ok).toBe(false);
  });
});

describe('parseProgress', () => {
  it('says why answers from a newer question bank cannot be read', () => {
    expect(parseProgress({ ...INITIAL_PROGRESS, bankVersion: 2 })).toEqual({
      ok: false,
      error: 'This saved assessment was made by a newer version of the CX maturity assessment (format 2; this page reads up to 1). Reload the page to get the latest version.',
    });
  });

  it('rejects answers to questions the mode does not ask', () => {
    expect(parseProgress({ ...INITIAL_PROGRESS, mode: 'quick', answers: { 'strategy-ownership': { kind: 'dont-know' } } })).toEqual({
      ok: false,
      error: 'answers.strategy-ownership: this question is not part of the quick assessment',
    });
  });

  it('rejects a wrong shape naming the field', () => {
    const parsed = parseProgress({ ...INITIAL_PROGRESS, view: 'elsewhere' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^view: /);
  });

  it('brings a step past the last dimension back to the last one', () => {
    expect(parseProgress({ ...INITIAL_PROGRESS, step: 12 })).toMatchObject({ ok: true, value: { step: 7 } });
  });
});
