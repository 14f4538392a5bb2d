import { isMaturityLevel, type MaturityLevel } from './maturity-level.ts';
import type { Dimension } from './question-bank-schema.ts';

/**
 * What a maturity level looks like in one dimension: the dimension's own summary for that level, so
 * results say what "Defined" means for, say, measurement rather than repeating the general level text.
 *
 * Takes a level, not a score: callers turn a score (or a team median such as 2.5) into a level with
 * `getLevelForScore` first, the same band the page shows beside the text.
 *
 * @param dimension a dimension of the bank
 * @param level the level to describe, 1 to 5
 * @returns the summary, or undefined for a level outside 1–5 (the caller falls back to the general text)
 * @example
 * getDimensionLevelText(measurement, 3); // => 'A defined set of metrics, such as churn, NPS, CSAT and CES, is measured…'
 */
export function getDimensionLevelText(dimension: Dimension, level: MaturityLevel): string | undefined {
  // Levels arrive from stored and shared results too; a value the types promise but the data breaks gives no text.
  if (!isMaturityLevel(level)) return undefined;
  return dimension.levelSummaries[level - 1];
}
