import { describe, expect, it } from 'vitest';
import { compareNps } from '../../../src/lib/metrics/compare-nps.ts';
import type { ConfidenceLevel } from '../../../src/lib/metrics/confidence-level.ts';
import { describeNpsChange } from '../../../src/lib/metrics/describe-nps-change.ts';
import type { NpsGroups } from '../../../src/lib/metrics/nps-groups.ts';

function sentence(baseline: NpsGroups, current: NpsGroups, confidence: ConfidenceLevel = 95): string {
  const comparison = compareNps(baseline, current, { confidence });
  if (!comparison.ok) throw new Error('expected a comparison');
  return describeNpsChange(comparison.value);
}

// p-values from the independent Python adjusted-Wald script described in compare-nps.test.ts.
describe('describeNpsChange', () => {
  it('describes a significant rise and fall', () => {
    // NPS −15 → +1 with 100 answers each: adjusted centre 15.53, SE 7.571, p = 0.0402.
    expect(sentence({ promoters: 0, passives: 85, detractors: 15 }, { promoters: 23, passives: 55, detractors: 22 })).toMatchInlineSnapshot(`"a rise of 16 points; a change this large would be unlikely by chance alone at 95% confidence (p = 0.04)"`);
    expect(sentence({ promoters: 23, passives: 55, detractors: 22 }, { promoters: 0, passives: 85, detractors: 15 })).toMatchInlineSnapshot(`"a fall of 16 points; a change this large would be unlikely by chance alone at 95% confidence (p = 0.04)"`);
  });

  it('follows the confidence level: p = 0.04 is not clear at 99% but would count at 95%', () => {
    expect(sentence({ promoters: 0, passives: 85, detractors: 15 }, { promoters: 23, passives: 55, detractors: 22 }, 99)).toMatchInlineSnapshot(`"a rise of 16 points; not clear at 99% confidence (p = 0.04), though it would count at 95%"`);
  });

  it('says when a change could easily be chance', () => {
    // p = 0.2524 for 300/400/300 → 330/380/290.
    expect(sentence({ promoters: 300, passives: 400, detractors: 300 }, { promoters: 330, passives: 380, detractors: 290 })).toMatchInlineSnapshot(`"a rise of 4 points; this could easily be chance (p = 0.25)"`);
  });

  it('says that one answer against one answer cannot be told from chance', () => {
    expect(sentence({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 })).toMatchInlineSnapshot(`"a fall of 200 points, but both samples gave one answer each: no test can tell a difference from chance (exact test, as every answer in a sample was the same; p = 1)"`);
  });

  it('names the exact test for samples without spread', () => {
    // p = 1/56 by hand (see compare-nps.test.ts).
    expect(sentence({ promoters: 0, passives: 0, detractors: 3 }, { promoters: 5, passives: 0, detractors: 0 })).toMatchInlineSnapshot(`"a rise of 200 points; a change this large would be unlikely by chance alone at 95% confidence (exact test, as every answer in a sample was the same; p = 0.018)"`);
  });
});
