import type { NpsComparison } from './compare-nps.ts';
import { describeChange } from './describe-change.ts';

/**
 * Say in plain words what a change in NPS means, for the sentence under a comparison: `describeChange` in points.
 *
 * @param comparison from `compareNps`
 * @returns e.g. "a rise of 16 points; a change this large would be unlikely by chance alone at 95% confidence (p = 0.035)"
 * @example describeNpsChange(compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 }).value) // 'a fall of 200 points, but both samples gave one answer each: no test can tell a difference from chance (exact test, as every answer in a sample was the same; p = 1)'
 * @see https://measuringu.com/nps-significance-test/
 */
export function describeNpsChange(comparison: NpsComparison): string {
  return describeChange(comparison, { unit: 'points' });
}
