import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateTeamResults } from '../../../src/lib/assessment/aggregate-team-results.ts';
import { countAnswerKinds, countTeamAnswerKinds } from '../../../src/lib/assessment/count-answer-kinds.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { arbitraryAnswerSet } from './arbitrary-answer-set.ts';
import { makeAnswerSet } from './make-answer-set.ts';

describe('countAnswerKinds', () => {
  it('keeps levels, “Don’t know”, “Not applicable” and blanks apart (counted by hand from the notation)', () => {
    // 3 4 5 2 d 1 - n: five levels, one d, one n, one blank.
    expect(countAnswerKinds(QUESTION_BANK, makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-n'))).toEqual({ asked: 8, levels: 5, dontKnow: 1, notApplicable: 1, unanswered: 1 });
    expect(countAnswerKinds(QUESTION_BANK, { mode: 'full', answers: {} })).toEqual({ asked: 32, levels: 0, dontKnow: 0, notApplicable: 0, unanswered: 32 });
  });

  it('ignores answers to questions the mode does not ask', () => {
    const answers = { ...makeAnswerSet(QUESTION_BANK, 'quick', 'dddddddd').answers, 'strategy-ownership': { kind: 'level', level: 3 } } as const;
    expect(countAnswerKinds(QUESTION_BANK, { mode: 'quick', answers })).toEqual({ asked: 8, levels: 0, dontKnow: 8, notApplicable: 0, unanswered: 0 });
  });
});

describe('countTeamAnswerKinds', () => {
  it('sums over counted respondents, duplicates left out', () => {
    const one = makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-n');
    const two = makeAnswerSet(QUESTION_BANK, 'quick', 'dd555555');
    // one + two by hand: asked 16, levels 5 + 6, d 1 + 2, n 1, blank 1; the repeat of `one` is left out.
    expect(countTeamAnswerKinds(aggregateTeamResults(QUESTION_BANK, [one, two, one]))).toEqual({ asked: 16, levels: 11, dontKnow: 3, notApplicable: 1, unanswered: 1 });
  });

  it('always adds up to the questions asked, and matches the per-person counts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbitraryAnswerSet(), { maxLength: 5 }), (team) => {
        const result = aggregateTeamResults(QUESTION_BANK, team);
        const counts = countTeamAnswerKinds(result);
        expect(counts.levels + counts.dontKnow + counts.notApplicable + counts.unanswered).toBe(counts.asked);
        const counted = team.filter((_, index) => result.members[index]?.counted === true).map((member) => countAnswerKinds(QUESTION_BANK, member));
        expect(counts.levels).toBe(counted.reduce((sum, each) => sum + each.levels, 0));
        expect(counts.asked).toBe(counted.reduce((sum, each) => sum + each.asked, 0));
      }),
      { numRuns: 100, interruptAfterTimeLimit: 5_000 },
    );
  });
});
