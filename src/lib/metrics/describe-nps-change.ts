import type { NpsComparison } from './compare-nps.ts';
import { formatPValue } from './format-p-value.ts';
import { roundHalfAwayFromZero } from './statistics/round-half-away-from-zero.ts';

/**
 * Say in plain words what a change in NPS means, for the sentence under a comparison.
 *
 * The difference is rounded half away from zero to whole points. "Unlikely by
 * chance alone" is said when p is below α = 1 − confidence (0.05 at 95%).
 *
 * @param comparison from `compareNps`
 * @returns e.g. "a rise of 16 points; a change this large would be unlikely by chance alone (p = 0.035)"
 * @example describeNpsChange({ difference: -3.2, pValue: 0.41, significant: false }) // 'a fall of 3 points; this could easily be chance (p = 0.41)'
 * @see https://measuringu.com/nps-significance-test/
 */
export function describeNpsChange(comparison: Pick<NpsComparison, 'difference' | 'pValue' | 'significant'>): string {
  const { difference, pValue, significant } = comparison;
  const points = Math.abs(roundHalfAwayFromZero(difference));
  const direction = difference > 0 ? 'rise' : 'fall';
  let change: string;
  if (difference === 0) change = 'no change';
  else if (points === 0) change = `a ${direction} of less than 1 point`;
  else change = `a ${direction} of ${String(points)} ${points === 1 ? 'point' : 'points'}`;
  const p = formatPValue(pValue);
  if (difference === 0) return `${change} (${p})`;
  return significant
    ? `${change}; a change this large would be unlikely by chance alone (${p})`
    : `${change}; this could easily be chance (${p})`;
}
