import { describe, expect, it } from 'vitest';
import { calculateCesEffort } from '../../../src/lib/metrics/ces-effort.ts';
import { CES_EFFORT_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('calculateCesEffort (CES 1.0)', () => {
  it('reports mean effort where lower is better', () => {
    const result = unwrap(calculateCesEffort([4, 3, 2, 1, 0]));
    expect(result).toMatchObject({ variant: 'ces-1.0', direction: 'lower-is-easier', scale: CES_EFFORT_SCALE, n: 10, meanEffort: 2 });
    expect(result.lowEffortCount).toBe(7);
    expect(result.lowEffortShare).toBe(0.7);
    expect(result.highEffortCount).toBe(1);
    expect(result.highEffortShare).toBe(0.1);
    expect(result.standardDeviation).toBeCloseTo(1.0540925533894598, 13);
    expect(result.meanInterval).toMatchObject({ kind: 'interval', lower: expect.closeTo(1.2459476124005984, 11), upper: expect.closeTo(2.7540523875994016, 11) });
  });

  it('matches a larger sample', () => {
    const result = unwrap(calculateCesEffort([10, 20, 30, 25, 15]));
    expect(result.meanEffort).toBeCloseTo(3.15, 13);
    expect(result.meanInterval).toMatchObject({ lower: expect.closeTo(2.9117353480948758, 11), upper: expect.closeTo(3.388264651905124, 11) });
  });

  it('uses the chosen confidence', () => {
    const result = unwrap(calculateCesEffort([3, 7, 12, 20, 8], { confidence: 90 }));
    expect(result.meanInterval).toMatchObject({ lower: expect.closeTo(3.1967162473151234, 11), upper: expect.closeTo(3.7232837526848765, 11) });
  });

  it('gives no interval for one answer, and rejects CES 2.0 counts', () => {
    expect(unwrap(calculateCesEffort([0, 1, 0, 0, 0])).meanInterval).toEqual({ kind: 'unavailable', reason: 'single-response' });
    expect(calculateCesEffort([0, 0, 1, 1, 2, 3, 3])).toEqual({ ok: false, error: { kind: 'wrong-length', expected: 5, actual: 7 } });
  });
});
