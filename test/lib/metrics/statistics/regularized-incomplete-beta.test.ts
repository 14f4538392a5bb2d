import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from '../../../../src/lib/metrics/statistics/regularized-incomplete-beta.ts';

// Reference values from scipy.special.betainc.
describe('regularizedIncompleteBeta', () => {
  it('matches reference values', () => {
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 14);
    expect(regularizedIncompleteBeta(0.1, 0.5, 0.5)).toBeCloseTo(0.20483276469913345, 13);
    expect(regularizedIncompleteBeta(0.9, 10, 2)).toBeCloseTo(0.6973568802000002, 13);
    expect(regularizedIncompleteBeta(0.999, 50, 0.5)).toBeCloseTo(0.7523690199653766, 12);
    expect(regularizedIncompleteBeta(0.2, 100, 100) / 1.931772380682542e-21).toBeCloseTo(1, 9);
  });

  it('is the uniform CDF for a = b = 1', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
  });

  it('is 0 at x = 0 and 1 at x = 1', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(regularizedIncompleteBeta(0.35, 3.5, 7) + regularizedIncompleteBeta(0.65, 7, 3.5)).toBeCloseTo(1, 14);
  });

  it('refuses x outside [0, 1] and shapes that are not positive', () => {
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrowErrorMatchingInlineSnapshot(`[Error: regularizedIncompleteBeta requires 0 <= x <= 1 and positive shapes, got x = 1.2, a = 1, b = 1]`);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow();
    expect(() => regularizedIncompleteBeta(0.5, 1, -1)).toThrow();
  });
});
