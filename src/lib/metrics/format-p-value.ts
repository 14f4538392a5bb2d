import { roundHalfAwayFromZero } from './statistics/round-half-away-from-zero.ts';

/** Below this a p-value is shown as "p < 0.001" (APA style). */
const SMALLEST_SHOWN = 0.001;

/**
 * Show a p-value the way a report does: two significant figures, "p < 0.001" below 0.001.
 *
 * @param pValue in [0, 1]
 * @returns e.g. "p = 0.035", "p = 0.41", "p = 1", "p < 0.001"
 * @example formatPValue(0.03512) // 'p = 0.035'
 * @see https://apastyle.apa.org/instructional-aids/numbers-statistics-guide.pdf
 */
export function formatPValue(pValue: number): string {
  if (!(pValue >= 0 && pValue <= 1)) {
    throw new Error(`formatPValue requires a p-value between 0 and 1, got ${String(pValue)}`);
  }
  if (pValue < SMALLEST_SHOWN) return `p < ${String(SMALLEST_SHOWN)}`;
  const decimals = Math.max(0, 1 - Math.floor(Math.log10(pValue)));
  return `p = ${String(roundHalfAwayFromZero(pValue, decimals))}`;
}
