import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getDimensionLevelText } from '../../../src/lib/assessment/get-dimension-level-text.ts';
import { getLevelForScore, MATURITY_LEVELS, type MaturityLevel } from '../../../src/lib/assessment/maturity-level.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getDimensionById } from './make-answer-set.ts';

const measurement = getDimensionById(QUESTION_BANK, 'measurement-metrics');
const voiceOfCustomer = getDimensionById(QUESTION_BANK, 'voice-of-customer');

describe('getDimensionLevelText', () => {
  test('gives the dimension’s own text for each level, level 1 first', () => {
    // Opening words copied by hand from content/assessment/question-bank.json, one per level.
    expect(MATURITY_LEVELS.map((level) => getDimensionLevelText(measurement, level)?.split(' ').slice(0, 5).join(' '))).toEqual([
      'Customer metrics are not tracked,',
      'NPS or CSAT is collected,',
      'A defined set of metrics,',
      'One measurement framework holds survey',
      'The measurement framework combines survey,',
    ]);
  });

  test('two dimensions at the same level read differently, and neither repeats the general level text', () => {
    for (const level of MATURITY_LEVELS) {
      const general = QUESTION_BANK.levels[level - 1]?.description;
      expect(getDimensionLevelText(measurement, level)).not.toBe(getDimensionLevelText(voiceOfCustomer, level));
      expect(getDimensionLevelText(measurement, level)).not.toBe(general);
    }
  });

  test('a median between levels is described at the level its band gives, as the page shows it', () => {
    // 2.5 is below the Defined edge (2.6), so it is level 2 Emerging (maturity-level.ts LEVEL_LOWER_EDGES).
    expect(getDimensionLevelText(measurement, getLevelForScore(2.5))).toBe(getDimensionLevelText(measurement, 2));
    expect(getDimensionLevelText(measurement, getLevelForScore(2.6))).toBe(getDimensionLevelText(measurement, 3));
  });

  test('a level outside 1–5 (from broken stored data) gives no text rather than throwing', () => {
    for (const bad of [0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(getDimensionLevelText(measurement, bad as MaturityLevel)).toBeUndefined();
    }
  });

  test('any number that is not a whole level from 1 to 5 gives no text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.double().filter((value) => !MATURITY_LEVELS.some((level) => level === value)),
        (value) => {
          expect(getDimensionLevelText(voiceOfCustomer, value as MaturityLevel)).toBeUndefined();
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 2_000 },
    );
  });
});
