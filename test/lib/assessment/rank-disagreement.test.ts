import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateTeamResults } from '../../../src/lib/assessment/aggregate-team-results.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getPopulationStandardDeviation, rankDisagreement } from '../../../src/lib/assessment/rank-disagreement.ts';
import { arbitraryAnswerSet } from './arbitrary-answer-set.ts';
import { makeAnswerSet } from './make-answer-set.ts';

const full = (notation: string) => makeAnswerSet(QUESTION_BANK, 'full', notation);
const quick = (notation: string) => makeAnswerSet(QUESTION_BANK, 'quick', notation);

describe('getPopulationStandardDeviation', () => {
  it('matches values worked by hand', () => {
    // [1, 1, 5, 5]: mean 3, squared distances 4 each, mean 4, root 2. [1, 3, 3, 5]: (4 + 0 + 0 + 4) / 4 = 2, root √2.
    expect(getPopulationStandardDeviation([1, 1, 5, 5])).toBe(2);
    expect(getPopulationStandardDeviation([1, 3, 3, 5])).toBeCloseTo(Math.SQRT2, 12);
    expect(getPopulationStandardDeviation([4])).toBe(0);
    expect(getPopulationStandardDeviation([])).toBe(0);
  });
});

describe('rankDisagreement', () => {
  // Four people on the full bank; the first dimension (strategy, 4 questions) carries the cases, the rest agree at 2.
  //   Q1 strategy-vision:      1 1 5 5  → spread 4, SD 2
  //   Q2 strategy-ownership:   1 3 3 5  → spread 4, SD √2 ≈ 1.414
  //   Q3 strategy-decisions:   2 4 d -  → spread 2, SD 1, 2 with a level, 1 "Don't know"
  //   Q4 strategy-investment:  2 3 3 3  → spread 1: no disagreement, left out
  //   Q5 (understanding-research): 1 1 3 3 → spread 2, SD 1, 4 with a level: before Q3 (same spread and SD, more people)
  const team = [
    full('1122 1222 2222 2222 2222 2222 2222 2222'),
    full('1343 1222 2222 2222 2222 2222 2222 2222'),
    full('53d3 3222 2222 2222 2222 2222 2222 2222'),
    full('55-3 3222 2222 2222 2222 2222 2222 2222'),
  ];

  it('orders by spread, then standard deviation, then respondents, with who answered what', () => {
    const ranked = rankDisagreement(QUESTION_BANK, team);
    expect(ranked.map((item) => [item.questionId, item.spread, item.answered])).toEqual([
      ['strategy-vision', 4, 4],
      ['strategy-ownership', 4, 4],
      ['understanding-research', 2, 4],
      ['strategy-decisions', 2, 2],
    ]);
    expect(ranked[0]?.standardDeviation).toBe(2);
    expect(ranked[0]?.levels).toEqual([
      { level: 1, respondents: [0, 1] },
      { level: 5, respondents: [2, 3] },
    ]);
    expect(ranked[3]).toMatchObject({ dontKnow: 1, standardDeviation: 1, levels: [{ level: 2, respondents: [0] }, { level: 4, respondents: [1] }] });
  });

  it('leaves out skipped positions (duplicates) but keeps positions in the whole list', () => {
    const ranked = rankDisagreement(QUESTION_BANK, team, new Set([0]));
    // Q1 without person 0: 1, 5, 5 → spread 4; mean 11/3, squared distances 64/9, 16/9, 16/9 → SD √(32/9) ≈ 1.8856.
    expect(ranked[0]).toMatchObject({ questionId: 'strategy-vision', spread: 4, answered: 3, levels: [{ level: 1, respondents: [1] }, { level: 5, respondents: [2, 3] }] });
    expect(ranked[0]?.standardDeviation).toBeCloseTo(1.8856, 4);
    // Q2 without person 0: 3, 3, 5 → spread 2, after Q1.
    expect(ranked.find((item) => item.questionId === 'strategy-ownership')).toMatchObject({ spread: 2, levels: [{ level: 3, respondents: [1, 2] }, { level: 5, respondents: [3] }] });
  });

  it('counts only people whose mode asks the question', () => {
    // Quick mode asks one question per dimension (strategy-vision first); the full respondent's other answers stand alone.
    const ranked = rankDisagreement(QUESTION_BANK, [quick('1222 2222'), full('5555 2222 2222 2222 2222 2222 2222 2222')]);
    expect(ranked.map((item) => item.questionId)).toEqual(['strategy-vision']);
  });

  it('nothing to discuss with fewer than two levels, or in an empty team', () => {
    expect(rankDisagreement(QUESTION_BANK, [])).toEqual([]);
    expect(rankDisagreement(QUESTION_BANK, [team[0]!])).toEqual([]);
    expect(rankDisagreement(QUESTION_BANK, [quick('dddddddd'), quick('55555555')])).toEqual([]);
  });
});

describe('rankDisagreement properties', () => {
  const teams = fc.array(arbitraryAnswerSet(), { minLength: 0, maxLength: 6 });

  it('lists exactly the questions the tables flag, in a total order that never breaks the rules', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(teams, (respondents) => {
        const ranked = rankDisagreement(QUESTION_BANK, respondents);
        const flagged = aggregateTeamResults(QUESTION_BANK, respondents)
          .dimensions.flatMap((dimension) => dimension.questions)
          .filter((question) => question.disagreement)
          .map((question) => question.questionId);
        const duplicates = aggregateTeamResults(QUESTION_BANK, respondents).duplicates.length;
        // The tables leave duplicates out, so compare only when there are none.
        if (duplicates === 0) expect(ranked.map((item) => item.questionId).toSorted()).toEqual(flagged.toSorted());
        for (const [index, item] of ranked.entries()) {
          expect(item.spread).toBeGreaterThanOrEqual(2);
          expect(Number.isFinite(item.standardDeviation)).toBe(true);
          expect(item.levels.reduce((sum, group) => sum + group.respondents.length, 0)).toBe(item.answered);
          const next = ranked[index + 1];
          if (next === undefined) continue;
          expect(item.spread).toBeGreaterThanOrEqual(next.spread);
          if (item.spread === next.spread) expect(item.standardDeviation).toBeGreaterThanOrEqual(next.standardDeviation - 1e-9);
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 5_000 },
    );
  });

  it('does not depend on the order people were added in', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(teams, (respondents) => {
        const forward = rankDisagreement(QUESTION_BANK, respondents).map((item) => item.questionId);
        const backward = rankDisagreement(QUESTION_BANK, respondents.toReversed()).map((item) => item.questionId);
        expect(backward).toEqual(forward);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 5_000 },
    );
  });
});
