import { describe, expect, it } from 'vitest';
import { readCalculatorCode, writeCalculatorCode } from '../../../src/lib/metrics/calculator-code.ts';
import { encodeShareCode } from '../../../src/lib/metrics/share-code.ts';

describe('readCalculatorCode', () => {
  const code = writeCalculatorCode('churn', ['m', 'none']);

  it('returns the parts of a signed code, from a bare code or a link fragment', () => {
    expect(code).toMatch(/^1\.churn\.m\.none\.[0-9a-z]{4}$/);
    expect(readCalculatorCode(code, ['churn'])).toEqual({ ok: true, value: { calculator: 'churn', parts: ['m', 'none'] } });
    expect(readCalculatorCode(`#c=${code.toUpperCase()}  `, ['churn'])).toEqual({ ok: true, value: { calculator: 'churn', parts: ['m', 'none'] } });
  });

  it('says why a code cannot be read', () => {
    expect(readCalculatorCode('', ['churn'])).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readCalculatorCode('#c=', ['churn'])).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readCalculatorCode('1'.repeat(1001), ['churn'])).toEqual({ ok: false, error: { kind: 'too-long', length: 1001, limit: 1000 } });
    expect(readCalculatorCode('hello', ['churn'])).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(readCalculatorCode('2.churn.m.abcd', ['churn'])).toEqual({ ok: false, error: { kind: 'future-version', found: 2, supported: 1 } });
    expect(readCalculatorCode(code.slice(0, -1), ['churn'])).toEqual({ ok: false, error: { kind: 'truncated' } });
    expect(readCalculatorCode(code.replace('.m.', '.q.'), ['churn'])).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
  });

  it('names the calculator, and its page, a sound code was made for', () => {
    expect(readCalculatorCode(code, ['clv'])).toEqual({ ok: false, error: { kind: 'other-tool', found: 'the churn and retention calculator (/tools/churn-retention/)' } });
    const npsCode = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 5, passives: 3, detractors: 2 } } });
    expect(readCalculatorCode(npsCode, ['churn'])).toEqual({ ok: false, error: { kind: 'other-tool', found: 'the NPS calculator (/tools/nps/)' } });
  });
});
