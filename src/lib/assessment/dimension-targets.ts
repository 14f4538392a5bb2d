import { z } from '../schema/zod.ts';
import { maturityLevelSchema } from './answer-set.ts';
import { getNextLevel, type MaturityLevel } from './maturity-level.ts';
import type { DimensionScore } from './score-dimension.ts';

/** Target levels the user chose, by dimension id; a dimension left out gets the default. */
export const dimensionTargetsSchema = z.readonly(z.record(z.string(), maturityLevelSchema));

/** Target levels the user chose, by dimension id. */
export type DimensionTargets = Readonly<Partial<Record<string, MaturityLevel>>>;

/**
 * The default target for a dimension: one level above today, staying at 5 at the top.
 *
 * @example
 * getDefaultTarget(2); // => 3
 * getDefaultTarget(5); // => 5
 */
export function getDefaultTarget(currentLevel: MaturityLevel): MaturityLevel {
  return getNextLevel(currentLevel);
}

/**
 * The target level of every scored dimension: the user's choice where there is one, else the default.
 * Dimensions without a score get no target (there is nothing to measure a gap from).
 *
 * @param dimensionScores every dimension's result
 * @param chosen targets the user set; ids the results do not have are ignored
 * @returns targets keyed by dimension id, for scored dimensions only
 * @example
 * resolveTargets([{ status: 'scored', dimensionId: 'a', level: 2, … }], {}); // => { a: 3 }
 */
export function resolveTargets(
  dimensionScores: readonly DimensionScore[],
  chosen: DimensionTargets = {},
): Readonly<Record<string, MaturityLevel>> {
  const targets: Record<string, MaturityLevel> = {};
  for (const result of dimensionScores) {
    if (result.status !== 'scored') continue;
    const choice = Object.hasOwn(chosen, result.dimensionId) ? chosen[result.dimensionId] : undefined;
    targets[result.dimensionId] = choice ?? getDefaultTarget(result.level);
  }
  return targets;
}
