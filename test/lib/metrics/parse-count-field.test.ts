import { describe, expect, it } from 'vitest';
import { parseCountField } from '../../../src/lib/metrics/parse-count-field.ts';

describe('parseCountField', () => {
  it('reads blank as 0', () => {
    expect(parseCountField('')).toEqual({ ok: true, value: 0 });
    expect(parseCountField('  ')).toEqual({ ok: true, value: 0 });
  });

  it('reads whole counts with thousands separators', () => {
    expect(parseCountField('120')).toEqual({ ok: true, value: 120 });
    expect(parseCountField('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCountField('1 234')).toEqual({ ok: true, value: 1234 });
  });

  it('refuses text, negatives, fractions and counts beyond exact whole numbers', () => {
    expect(parseCountField('many')).toEqual({ ok: false, error: { kind: 'not-a-number', text: 'many' } });
    expect(parseCountField('-3')).toEqual({ ok: false, error: { kind: 'negative', value: -3 } });
    expect(parseCountField('-2.5')).toEqual({ ok: false, error: { kind: 'negative', value: -2.5 } });
    expect(parseCountField('2.5')).toEqual({ ok: false, error: { kind: 'not-whole', value: 2.5 } });
    expect(parseCountField('99999999999999999999')).toEqual({ ok: false, error: { kind: 'too-large', value: 1e20 } });
  });
});
