import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNpsGroupFields } from '../../../src/lib/metrics/parse-nps-group-fields.ts';

describe('parseNpsGroupFields', () => {
  it('reads the three totals, blanks as 0', () => {
    expect(parseNpsGroupFields({ promoters: '1 200', passives: '300', detractors: '' })).toEqual({
      kind: 'groups',
      groups: { promoters: 1200, passives: 300, detractors: 0 },
      n: 1500,
    });
  });

  it('says empty when all three are blank', () => {
    expect(parseNpsGroupFields({ promoters: '', passives: ' ', detractors: '' })).toEqual({ kind: 'empty' });
  });

  it('names each bad field', () => {
    expect(parseNpsGroupFields({ promoters: 'ten', passives: '-1', detractors: '3' })).toEqual({
      kind: 'invalid',
      issues: [
        { group: 'promoters', error: { kind: 'not-a-number', text: 'ten' } },
        { group: 'passives', error: { kind: 'negative', value: -1 } },
      ],
    });
  });

  it('never throws on any strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (promoters, passives, detractors) => {
        parseNpsGroupFields({ promoters, passives, detractors });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
