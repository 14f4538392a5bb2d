import { describe, expect, it } from 'vitest';
import { compareNps } from '../../../src/lib/metrics/compare-nps.ts';
import { describeNpsChange } from '../../../src/lib/metrics/describe-nps-change.ts';
import type { NpsGroups } from '../../../src/lib/metrics/nps-groups.ts';

function sentence(baseline: NpsGroups, current: NpsGroups): string {
  const comparison = compareNps(baseline, current);
  if (!comparison.ok) throw new Error('expected a comparison');
  return describeNpsChange(comparison.value);
}

describe('describeNpsChange', () => {
  it('describes a significant rise', () => {
    // NPS −15 → +1 with 100 answers each: p = 0.0352.
    expect(sentence({ promoters: 0, passives: 85, detractors: 15 }, { promoters: 23, passives: 55, detractors: 22 })).toMatchInlineSnapshot(`"a rise of 16 points; a change this large would be unlikely by chance alone (p = 0.035)"`);
  });

  it('describes a significant fall', () => {
    expect(sentence({ promoters: 23, passives: 55, detractors: 22 }, { promoters: 0, passives: 85, detractors: 15 })).toMatchInlineSnapshot(`"a fall of 16 points; a change this large would be unlikely by chance alone (p = 0.035)"`);
  });

  it('says when a change could easily be chance', () => {
    expect(sentence({ promoters: 300, passives: 400, detractors: 300 }, { promoters: 330, passives: 380, detractors: 290 })).toMatchInlineSnapshot(`"a rise of 4 points; this could easily be chance (p = 0.25)"`);
    expect(describeNpsChange({ difference: -3.2, pValue: 0.41, significant: false })).toBe('a fall of 3 points; this could easily be chance (p = 0.41)');
  });

  it('uses the singular for one point and rounds halves away from zero', () => {
    expect(describeNpsChange({ difference: 1.2, pValue: 0.8, significant: false })).toBe('a rise of 1 point; this could easily be chance (p = 0.8)');
    expect(describeNpsChange({ difference: 12.5, pValue: 0.2, significant: false })).toBe('a rise of 13 points; this could easily be chance (p = 0.2)');
    expect(describeNpsChange({ difference: -12.5, pValue: 0.2, significant: false })).toBe('a fall of 13 points; this could easily be chance (p = 0.2)');
  });

  it('handles no change and changes below one point', () => {
    expect(describeNpsChange({ difference: 0, pValue: 1, significant: false })).toBe('no change (p = 1)');
    expect(describeNpsChange({ difference: 0.3, pValue: 0.0004, significant: true })).toBe(
      'a rise of less than 1 point; a change this large would be unlikely by chance alone (p < 0.001)',
    );
  });

  it('handles samples with no spread', () => {
    expect(sentence({ promoters: 0, passives: 0, detractors: 3 }, { promoters: 5, passives: 0, detractors: 0 })).toMatchInlineSnapshot(`"a rise of 200 points; a change this large would be unlikely by chance alone (p < 0.001)"`);
  });
});
