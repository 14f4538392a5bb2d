import { describe, expect, it } from 'vitest';
import { getWelchAnova } from '../../../../src/lib/metrics/statistics/welch-anova.ts';

describe('getWelchAnova', () => {
  it('reproduces R’s oneway.test(weight ~ group, data = PlantGrowth): F = 5.181, df 2 and 17.128, p = 0.01739', () => {
    // Means and variances of the PlantGrowth groups (ctrl, trt1, trt2), from the raw data.
    const test = getWelchAnova([
      { n: 10, mean: 5.032, variance: 0.33999555555555555 },
      { n: 10, mean: 4.661, variance: 0.6299211111111112 },
      { n: 10, mean: 5.526, variance: 0.19587111111111108 },
    ]);
    expect(test?.statistic).toBeCloseTo(5.180972408113194, 10);
    expect(test?.numeratorDegrees).toBe(2);
    expect(test?.denominatorDegrees).toBeCloseTo(17.128418616644137, 10);
    expect(test?.pValue).toBeCloseTo(0.017392821490169935, 12);
  });

  it('equals Welch’s t test squared for two groups (R: t.test(extra ~ group, data = sleep): t = −1.8608, df = 17.776, p = 0.07939)', () => {
    const test = getWelchAnova([
      { n: 10, mean: 0.75, variance: 3.2005555555555554 },
      { n: 10, mean: 2.33, variance: 4.009 },
    ]);
    expect(test?.statistic).toBeCloseTo(1.8608134674868526 ** 2, 10);
    expect(test?.denominatorDegrees).toBeCloseTo(17.776473516178488, 10);
    expect(test?.pValue).toBeCloseTo(0.0793941401873583, 12);
  });

  it('gives null when a group has no spread or one answer, or there is one group', () => {
    expect(getWelchAnova([{ n: 10, mean: 3, variance: 0 }, { n: 10, mean: 4, variance: 1 }])).toBeNull();
    expect(getWelchAnova([{ n: 1, mean: 3, variance: 1 }, { n: 10, mean: 4, variance: 1 }])).toBeNull();
    expect(getWelchAnova([{ n: 10, mean: 3, variance: 1 }])).toBeNull();
  });
});
