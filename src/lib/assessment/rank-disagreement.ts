/**
 * Which questions a team should discuss first: where their answers are furthest apart. Pure.
 *
 * Definitions (also on the team page, "How team results are combined"):
 * - a question's answers are the levels (1–5) given by counted respondents whose mode asks it; "Don't know",
 *   "Not applicable" and blanks are not levels and are counted apart;
 * - spread = highest level − lowest level among those answers (0 to 4);
 * - a question is up for discussion when its spread is DISAGREEMENT_SPREAD (2) or more, the same rule that flags
 *   disagreement in the tables;
 * - order: widest spread first; then the larger standard deviation of the levels (population: the root of the mean
 *   squared distance from their mean), so 1, 1, 5, 5 comes before 1, 3, 3, 5 (both spread 4); then more respondents
 *   with a level (a split among eight weighs more than among two); then bank order, so the order is total.
 */
import { getAnswer } from './answer-set.ts';
import { MATURITY_LEVELS, type MaturityLevel } from './maturity-level.ts';
import { getMean } from './mean.ts';
import { getDimensionQuestions } from './questions-in-mode.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import type { TeamRespondent } from './team-respondent.ts';
import { DISAGREEMENT_SPREAD } from './value-summary.ts';

/** How many questions are shown before "Show all". */
export const DISCUSS_FIRST_COUNT = 5;

/** Who gave one level: their positions in the respondents list given. */
export type LevelGroup = { readonly level: MaturityLevel; readonly respondents: readonly number[] };

/** One question's disagreement. */
export type QuestionDisagreement = {
  readonly dimensionId: string;
  readonly questionId: string;
  /** Highest − lowest level given. */
  readonly spread: number;
  /** Population standard deviation of the levels given, unrounded (for ordering; never NaN: two or more levels). */
  readonly standardDeviation: number;
  /** Respondents who gave a level. */
  readonly answered: number;
  /** Respondents asked who said "Don't know". */
  readonly dontKnow: number;
  /** Each level given, lowest first, with who gave it. */
  readonly levels: readonly LevelGroup[];
};

/**
 * The population standard deviation (the root of the mean squared distance from the mean).
 *
 * @example getPopulationStandardDeviation([1, 1, 5, 5]) // 2
 */
export function getPopulationStandardDeviation(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const mean = getMean(values);
  return Math.sqrt(getMean(values.map((value) => (value - mean) ** 2)));
}

/** Standard deviations within a billionth are a tie (floating-point noise must not decide the order). */
function compareDeviation(left: number, right: number): number {
  return Math.abs(left - right) < 1e-9 ? 0 : left - right;
}

/**
 * The questions whose answers span DISAGREEMENT_SPREAD or more levels, widest disagreement first (see the module
 * comment for the exact order), each with who answered what.
 *
 * @param bank the question bank (answers on its version)
 * @param respondents the counted respondents (duplicates already left out); positions in `levels` refer to this list
 * @param skip positions to leave out (e.g. duplicates), so positions can be those of the whole list
 * @returns every question up for discussion, ranked; show the first DISCUSS_FIRST_COUNT
 * @example
 * rankDisagreement(QUESTION_BANK, [ana, bea, cy])[0];
 * // => { dimensionId: 'strategy', questionId: 'strategy-vision', spread: 3, standardDeviation: 1.414…, answered: 3, dontKnow: 0,
 * //      levels: [{ level: 1, respondents: [0] }, { level: 4, respondents: [1, 2] }] }
 */
export function rankDisagreement(bank: QuestionBank, respondents: readonly TeamRespondent[], skip: ReadonlySet<number> = new Set()): readonly QuestionDisagreement[] {
  const ranked: { readonly item: QuestionDisagreement; readonly order: number }[] = [];
  let order = 0;
  for (const dimension of bank.dimensions) {
    for (const question of dimension.questions) {
      order += 1;
      const byLevel = new Map<MaturityLevel, number[]>();
      const levels: number[] = [];
      let dontKnow = 0;
      respondents.forEach((respondent, position) => {
        if (skip.has(position) || !getDimensionQuestions(dimension, respondent.mode).includes(question)) return;
        const answer = getAnswer(respondent, question.id);
        if (answer?.kind === 'dont-know') dontKnow += 1;
        if (answer?.kind !== 'level') return;
        levels.push(answer.level);
        byLevel.set(answer.level, [...(byLevel.get(answer.level) ?? []), position]);
      });
      if (levels.length < 2) continue;
      const spread = Math.max(...levels) - Math.min(...levels);
      if (spread < DISAGREEMENT_SPREAD) continue;
      ranked.push({
        order,
        item: {
          dimensionId: dimension.id,
          questionId: question.id,
          spread,
          standardDeviation: getPopulationStandardDeviation(levels),
          answered: levels.length,
          dontKnow,
          levels: MATURITY_LEVELS.flatMap((level) => {
            const who = byLevel.get(level);
            return who === undefined ? [] : [{ level, respondents: who }];
          }),
        },
      });
    }
  }
  return ranked
    .sort(
      (left, right) =>
        right.item.spread - left.item.spread ||
        compareDeviation(right.item.standardDeviation, left.item.standardDeviation) ||
        right.item.answered - left.item.answered ||
        left.order - right.order,
    )
    .map(({ item }) => item);
}
