import { describe, expect, it } from 'vitest';
import { calculateCesEffort } from '../../../src/lib/metrics/ces-effort.ts';
import { calculateCes } from '../../../src/lib/metrics/ces.ts';
import { describeMeanIntervalMethod, getCes1Exports, getCes2Exports, getCesReliabilityNotes } from '../../../src/components/ces-calculator/ces-summary.ts';

function ces2(counts: number[]) {
  const result = calculateCes(counts, { confidence: 95 });
  if (!result.ok) throw new Error('expected a result');
  return result.value;
}

describe('describeMeanIntervalMethod', () => {
  it('names the method and the degrees of freedom', () => {
    const result = ces2([0, 0, 1, 1, 2, 3, 3]);
    expect(describeMeanIntervalMethod(result.meanInterval, result.scale)).toBe('Student t, 9 df');
  });

  it('says when the interval was cut at the end of the scale', () => {
    // 6 and 7: the t interval with 1 df runs far past 7.
    const result = ces2([0, 0, 0, 0, 0, 1, 1]);
    expect(result.meanInterval).toMatchObject({ upper: 7, clamped: true });
    expect(describeMeanIntervalMethod(result.meanInterval, result.scale)).toBe('Student t, 1 df; cut at the end of the 1–7 scale');
  });

  it('names only the method when one answer gives no interval', () => {
    const result = ces2([0, 0, 0, 0, 0, 0, 1]);
    expect(describeMeanIntervalMethod(result.meanInterval, result.scale)).toBe('Student t');
  });
});

describe('CES exports', () => {
  it('note a cut interval in the CES 2.0 and CES 1.0 exports, and only then', () => {
    expect(getCes2Exports(ces2([0, 0, 0, 0, 0, 1, 1])).text).toContain('The t interval of the mean reached past the 1–7 scale and was cut at its end.');
    expect(getCes2Exports(ces2([0, 0, 1, 1, 2, 3, 3])).text).not.toContain('was cut');
    const effort = calculateCesEffort([1, 1, 0, 0, 0], { confidence: 95 });
    if (!effort.ok) throw new Error('expected a result');
    expect(getCes1Exports(effort.value).markdown).toContain('The t interval of the mean reached past the 1–5 scale and was cut at its end.');
  });
});

describe('getCesReliabilityNotes', () => {
  it('says one answer gives no interval, without also calling its interval zero-width', () => {
    const single = ces2([0, 0, 0, 0, 0, 1, 0]);
    const notes = getCesReliabilityNotes(single.warnings, single.n, single.meanInterval);
    expect(notes[0]).toMatch(/^There is only one answer/);
    expect(notes.join(' ')).not.toContain('no width');
    const alike = ces2([0, 0, 0, 0, 0, 5, 0]);
    expect(getCesReliabilityNotes(alike.warnings, alike.n, alike.meanInterval).join(' ')).toContain('the interval has no width');
  });
});
