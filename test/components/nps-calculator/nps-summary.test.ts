import { describe, expect, it } from 'vitest';
import { calculateNpsFromGroups } from '../../../src/lib/metrics/nps.ts';
import { compareNps } from '../../../src/lib/metrics/compare-nps.ts';
import { describeChangeIntervalMethod, describeChangeTest, describeNpsIntervalMethod, getNpsExports } from '../../../src/components/nps-calculator/nps-summary.ts';

function nps(promoters: number, passives: number, detractors: number) {
  const result = calculateNpsFromGroups({ promoters, passives, detractors }, { confidence: 95 });
  if (!result.ok) throw new Error('expected a result');
  return result.value;
}

describe('describeNpsIntervalMethod', () => {
  it('names the method, and says when the interval was cut at −100 or 100', () => {
    expect(describeNpsIntervalMethod(nps(120, 50, 30).interval)).toBe('adjusted-Wald (Rocks 2016)');
    expect(describeNpsIntervalMethod(nps(10, 0, 0).interval)).toBe('adjusted-Wald (Rocks 2016); cut at the −100 to 100 range');
    expect(describeNpsIntervalMethod(nps(0, 1, 9).interval)).toBe('adjusted-Wald (Rocks 2016); cut at the −100 to 100 range');
  });

  it('carries the same words into the exports', () => {
    expect(getNpsExports(nps(10, 0, 0), null).text).toContain('Interval: adjusted-Wald (Rocks 2016); cut at the −100 to 100 range.');
    expect(getNpsExports(nps(120, 50, 30), null).text).toContain('Interval: adjusted-Wald (Rocks 2016).');
  });
});

describe('describeChangeIntervalMethod', () => {
  it('names the interval of the change, and says when it was cut at ±200', () => {
    const compare = (before: ReturnType<typeof nps>, after: ReturnType<typeof nps>, confidence: 95 | 99 = 95) => {
      const result = compareNps(before, after, { confidence });
      if (!result.ok) throw new Error('expected a comparison');
      return result.value;
    };
    expect(describeChangeIntervalMethod(compare(nps(40, 30, 30), nps(50, 30, 20)))).toBe('adjusted-Wald, each period (Rocks 2016)');
    // 20 detractors against 20 promoters at 99%: adjusted centre 4000/23 = 173.9 plus 2.576 × 12.5 passes 200.
    const far = compare(nps(0, 0, 20), nps(20, 0, 0), 99);
    expect(describeChangeIntervalMethod(far)).toBe('adjusted-Wald, each period (Rocks 2016); cut at the −200 to 200 range');
    expect(getNpsExports(nps(20, 0, 0), far).text).toContain('Interval of the change: adjusted-Wald, each period (Rocks 2016); cut at the −200 to 200 range.');
  });

  it('names the test that gave the p-value', () => {
    const exact = compareNps(nps(1, 0, 0), nps(0, 0, 1));
    const large = compareNps(nps(40, 30, 30), nps(50, 30, 20));
    if (!exact.ok || !large.ok) throw new Error('expected comparisons');
    expect(describeChangeTest(exact.value)).toBe('exact permutation test');
    expect(describeChangeTest(large.value)).toBe('adjusted-Wald z test');
    expect(getNpsExports(nps(0, 0, 1), exact.value).csv.content).toContain('p-value (two-sided: exact permutation test),1,');
  });
});

describe('getNpsExports with a comparison', () => {
  it('carries both periods in full in the CSV, then the change', () => {
    const before = nps(40, 30, 30);
    const after = nps(50, 30, 20);
    const compared = compareNps(before, after);
    if (!compared.ok) throw new Error('expected a comparison');
    const { content } = getNpsExports(after, compared.value, [], before).csv;
    // This period: (50 - 20) / 100 = 30; earlier: (40 - 30) / 100 = 10; change +20.
    expect(content).toContain('This period: NPS,30,points');
    expect(content).toContain('This period: promoters (9–10),50,answers');
    expect(content).toContain('Earlier period: NPS,10,points');
    expect(content).toContain('Earlier period: detractors (0–6),30,answers');
    expect(content).toContain('Earlier period: standard error,');
    expect(content).toContain('Change,20,points');
    expect(content).not.toContain('Earlier period NPS,');
  });
});
