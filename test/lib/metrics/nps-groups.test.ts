import { describe, expect, it } from 'vitest';
import { getNpsGroups, validateNpsGroups } from '../../../src/lib/metrics/nps-groups.ts';

describe('getNpsGroups', () => {
  it('sums scores into promoters (9–10), passives (7–8) and detractors (0–6)', () => {
    expect(getNpsGroups([1, 0, 0, 0, 0, 0, 2, 3, 1, 4, 5])).toEqual({ ok: true, value: { promoters: 9, passives: 4, detractors: 3 } });
  });

  it('passes on count errors', () => {
    expect(getNpsGroups([1])).toEqual({ ok: false, error: { kind: 'wrong-length', expected: 11, actual: 1 } });
  });
});

describe('validateNpsGroups', () => {
  it('returns n', () => {
    expect(validateNpsGroups({ promoters: 5, passives: 3, detractors: 2 })).toEqual({ ok: true, value: 10 });
  });

  it('names the first bad group', () => {
    expect(validateNpsGroups({ promoters: 1, passives: 1, detractors: Infinity })).toEqual({
      ok: false,
      error: { kind: 'invalid-group-count', group: 'detractors', value: Infinity },
    });
    expect(validateNpsGroups({ promoters: 2 ** 52, passives: 2 ** 52, detractors: 0 })).toEqual({ ok: false, error: { kind: 'too-many-responses' } });
  });
});
