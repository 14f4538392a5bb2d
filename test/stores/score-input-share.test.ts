import { describe, expect, it } from 'vitest';
import { writeCalculatorCode } from '../../src/lib/metrics/calculator-code.ts';
import { encodeShareCode } from '../../src/lib/metrics/share-code.ts';
import type { ShareState } from '../../src/lib/metrics/share-code.ts';
import { readScoreShareFragment } from '../../src/lib/metrics/score-share-codec.ts';
import { CALCULATOR_PATHS, getShareUrl, isCalculatorShareFragment } from '../../src/lib/metrics/score-share-link.ts';

const NPS_STATE: ShareState = { calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [1, 0, 0, 0, 0, 0, 2, 3, 0, 4, 5] } };
const CSAT_STATE: ShareState = { calculator: 'csat', confidence: 90, scale: '1-7', threshold: 5, counts: [1, 2, 3, 4, 5, 6, 7] };

describe('getShareUrl', () => {
  it('puts the code in the fragment of the calculator’s page', () => {
    expect(getShareUrl('https://touchpoint.example', 'nps-comparison', 'X')).toBe('https://touchpoint.example/tools/nps/#c=X');
    expect(getShareUrl('http://127.0.0.1:4321', 'ces-effort', 'Y')).toBe('http://127.0.0.1:4321/tools/ces/#c=Y');
    expect(CALCULATOR_PATHS.csat).toBe('/tools/csat/');
  });
});

describe('readScoreShareFragment', () => {
  it('round-trips: the state encoded into a link is the state read back', () => {
    for (const state of [NPS_STATE, CSAT_STATE]) {
      const url = getShareUrl('https://touchpoint.example', state.calculator, encodeShareCode(state));
      expect(readScoreShareFragment(new URL(url).hash, [state.calculator])).toEqual({ ok: true, value: state });
    }
  });

  it('names the problem with a tampered, newer or empty code', () => {
    const code = encodeShareCode(NPS_STATE);
    // The confidence changed, the check left as it was.
    const tampered = code.replace('.95.', '.99.');
    expect(tampered).not.toBe(code);
    expect(readScoreShareFragment(`#c=${tampered}`, ['nps'])).toEqual({ ok: false, error: { kind: 'invalid', error: { kind: 'checksum-mismatch' } } });
    expect(readScoreShareFragment('#c=2.nps.95.a.b', ['nps'])).toEqual({ ok: false, error: { kind: 'invalid', error: { kind: 'future-version', found: 2, supported: 1 } } });
    expect(readScoreShareFragment('#c=', ['nps'])).toEqual({ ok: false, error: { kind: 'invalid', error: { kind: 'empty' } } });
  });

  it('points a valid code for another calculator to its page instead', () => {
    const code = encodeShareCode(CSAT_STATE);
    expect(readScoreShareFragment(`#c=${code}%20`, ['nps', 'nps-comparison'])).toEqual({
      ok: false,
      error: { kind: 'other-calculator', calculator: 'csat', href: `/tools/csat/#c=${code}` },
    });
  });

  it('points a churn or CLV code to its calculator too, with a link, instead of a garbled “not the calculator”', () => {
    const churn = writeCalculatorCode('churn', ['m', 'none', '1250-1200-100-', '100000-8000-3000-5000', '-m']);
    expect(readScoreShareFragment(`#c=${churn}`, ['csat'])).toEqual({ ok: false, error: { kind: 'other-calculator', calculator: 'churn', href: `/tools/churn-retention/#c=${churn}` } });
    const clv = writeCalculatorCode('clv', ['usd', 's', '50-2-m-3-y-40']);
    expect(readScoreShareFragment(`#c=${clv}`, ['nps'])).toEqual({ ok: false, error: { kind: 'other-calculator', calculator: 'clv', href: `/tools/clv/#c=${clv}` } });
  });
});

describe('isCalculatorShareFragment', () => {
  it('tells a share link, even a broken one, from a heading anchor or a link cut right after "#c="', () => {
    expect(isCalculatorShareFragment('#c=')).toBe(false);
    expect(isCalculatorShareFragment('#c=1.nps')).toBe(true);
    expect(isCalculatorShareFragment('#method')).toBe(false);
    expect(isCalculatorShareFragment('')).toBe(false);
  });
});
