import { describe, expect, it, vi } from 'vitest';
import { encodeShareCode } from '../../src/lib/metrics/share-code.ts';
import type { ShareState } from '../../src/lib/metrics/share-code.ts';
import { CALCULATOR_PATHS, getShareUrl, openShareFragment } from '../../src/stores/score-input-share.ts';

const NPS_STATE: ShareState = { calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [1, 0, 0, 0, 0, 0, 2, 3, 0, 4, 5] } };
const CSAT_STATE: ShareState = { calculator: 'csat', confidence: 90, scale: '1-7', threshold: 5, counts: [1, 2, 3, 4, 5, 6, 7] };

describe('getShareUrl', () => {
  it('puts the code in the fragment of the calculator’s page', () => {
    expect(getShareUrl('https://touchpoint.example', 'nps-comparison', 'X')).toBe('https://touchpoint.example/tools/nps/#c=X');
    expect(getShareUrl('http://127.0.0.1:4321', 'ces-effort', 'Y')).toBe('http://127.0.0.1:4321/tools/ces/#c=Y');
    expect(CALCULATOR_PATHS.csat).toBe('/tools/csat/');
  });
});

describe('openShareFragment', () => {
  it('round-trips: the state encoded into a link is the state handed to the calculator', () => {
    for (const state of [NPS_STATE, CSAT_STATE]) {
      const url = getShareUrl('https://touchpoint.example', state.calculator, encodeShareCode(state));
      const apply = vi.fn();
      const notice = openShareFragment(new URL(url).hash, [state.calculator], apply);
      expect(notice).toEqual({ kind: 'loaded' });
      expect(apply).toHaveBeenCalledTimes(1);
      expect(apply).toHaveBeenCalledWith(state);
    }
  });

  it('a tampered code changes nothing and names the problem', () => {
    const code = encodeShareCode(NPS_STATE);
    // The confidence changed, the check left as it was.
    const tampered = code.replace('.95.', '.99.');
    expect(tampered).not.toBe(code);
    const apply = vi.fn();
    expect(openShareFragment(`#c=${tampered}`, ['nps'], apply)).toEqual({ kind: 'invalid', error: { kind: 'checksum-mismatch' } });
    expect(openShareFragment('#c=2.nps.95.a.b', ['nps'], apply)).toEqual({ kind: 'invalid', error: { kind: 'future-version', found: 2, supported: 1 } });
    // A link cut right after "#c=" holds no code: nothing to open, nothing to complain about.
    expect(openShareFragment('#c=', ['nps'], apply)).toEqual({ kind: 'none' });
    expect(openShareFragment('#how-this-is-calculated', ['nps'], apply)).toEqual({ kind: 'none' });
    expect(apply).not.toHaveBeenCalled();
  });

  it('a valid code for another calculator points to its page instead', () => {
    const code = encodeShareCode(CSAT_STATE);
    const apply = vi.fn();
    expect(openShareFragment(`#c=${code}%20`, ['nps', 'nps-comparison'], apply)).toEqual({
      kind: 'other-calculator',
      calculator: 'csat',
      href: `/tools/csat/#c=${code}`,
    });
    expect(apply).not.toHaveBeenCalled();
  });

  it('a fragment without a code is none, and nothing is applied', () => {
    const apply = vi.fn();
    expect(openShareFragment('#method', ['nps'], apply)).toEqual({ kind: 'none' });
    expect(apply).not.toHaveBeenCalled();
  });
});
