import { describe, expect, it } from 'vitest';
import { summariseMean } from '../../../src/lib/metrics/mean-interval.ts';

const SEVEN = { min: 1, max: 7 };

// Expected values from scipy.stats.t in Python.
describe('summariseMean', () => {
  it('gives the mean, sample standard deviation and a t interval', () => {
    const summary = summariseMean([0, 0, 1, 1, 2, 3, 3], 10, SEVEN, 95);
    expect(summary.mean).toBeCloseTo(5.6, 14);
    expect(summary.standardDeviation).toBeCloseTo(1.3498971154211057, 13);
    expect(summary.interval).toEqual({
      kind: 'interval',
      lower: expect.closeTo(4.634341776133632, 11),
      upper: expect.closeTo(6.565658223866367, 11),
      method: 'student-t',
      degreesOfFreedom: 9,
      halfWidth: expect.closeTo(0.9656582238663672, 11),
      clamped: false,
    });
  });

  it('clamps the interval to the scale', () => {
    const summary = summariseMean([0, 0, 0, 1, 1, 1, 0], 3, SEVEN, 95);
    expect(summary.interval).toMatchObject({ kind: 'interval', lower: expect.closeTo(2.5158622882496697, 11), upper: 7, halfWidth: expect.closeTo(2.4841377117503303, 11), clamped: true });
  });

  it('uses t with one degree of freedom for two answers', () => {
    const summary = summariseMean([0, 0, 0, 0, 1, 1, 0], 2, SEVEN, 95);
    expect(summary.interval).toMatchObject({ kind: 'interval', lower: 1, upper: 7, halfWidth: expect.closeTo(6.353102368087347, 10), clamped: true });
  });

  it('gives no interval for a single answer, and says so', () => {
    expect(summariseMean([0, 0, 0, 1, 0, 0, 0], 1, SEVEN, 95)).toEqual({
      mean: 4,
      standardDeviation: null,
      interval: { kind: 'unavailable', reason: 'single-response' },
    });
  });

  it('gives a zero-width interval when all answers are alike', () => {
    expect(summariseMean([0, 0, 0, 0, 0, 0, 5], 5, SEVEN, 95).interval).toMatchObject({ lower: 7, upper: 7, halfWidth: 0, clamped: false });
  });
});
