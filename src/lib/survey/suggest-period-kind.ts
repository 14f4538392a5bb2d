/**
 * Which period kind to show first for a span of answers.
 */
import type { PeriodKind } from './periods.ts';
import { PERIOD_KINDS, countPeriods } from './periods.ts';

/**
 * At least 30 answers per period on average: with fewer, a period's NPS moves by tens of points on chance
 * alone (its 95 % margin at n = 30 is about ±25 to ±36 points), and the control chart's limits get too wide to show
 * anything. It is a floor for a readable chart, not a precision target.
 */
export const MINIMUM_AVERAGE_ANSWERS_PER_PERIOD = 30;

/** At most 120 periods: about what a chart's width can show as distinct points (four months of days). */
export const MAXIMUM_PERIODS = 120;

/** The suggestion: kind, its number of periods and average answers, and whether the average reached the minimum. */
export type PeriodKindSuggestion = {
  readonly kind: PeriodKind;
  readonly periods: number;
  readonly averageAnswers: number;
  readonly enoughAnswers: boolean;
};

/** Options: the two thresholds (defaults above). */
export type PeriodKindOptions = { readonly minimumAverageAnswers?: number; readonly maximumPeriods?: number };

/**
 * The finest period kind that averages at least `minimumAverageAnswers` answers per period over at most
 * `maximumPeriods` periods; if none does, quarters, with `enoughAnswers: false` so the page can say so.
 *
 * @param firstDay the earliest answer's day
 * @param lastDay the latest answer's day
 * @param answers how many answers have a date
 * @param options thresholds
 * @returns the suggestion
 * @example suggestPeriodKind(getDayFromCivil(2024, 1, 1), getDayFromCivil(2024, 12, 31), 5000).kind // 'week' (53 weeks, about 94 answers each)
 * @see https://measuringu.com/nps-confidence-intervals/ (how wide an NPS interval is at a given n)
 */
export function suggestPeriodKind(firstDay: number, lastDay: number, answers: number, options: PeriodKindOptions = {}): PeriodKindSuggestion {
  const minimum = options.minimumAverageAnswers ?? MINIMUM_AVERAGE_ANSWERS_PER_PERIOD;
  const maximum = options.maximumPeriods ?? MAXIMUM_PERIODS;
  const candidates = PERIOD_KINDS.map((kind) => {
    const periods = Math.max(1, countPeriods(firstDay, lastDay, kind));
    const averageAnswers = answers / periods;
    return { kind, periods, averageAnswers, enoughAnswers: averageAnswers >= minimum };
  });
  const fitting = candidates.find((candidate) => candidate.enoughAnswers && candidate.periods <= maximum);
  return fitting ?? candidates[candidates.length - 1] ?? { kind: 'quarter', periods: 1, averageAnswers: answers, enoughAnswers: answers >= minimum };
}
