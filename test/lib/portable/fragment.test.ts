import { describe, expect, test } from 'vitest';
import { getShareLink, readFragment } from '../../../src/lib/portable/fragment.ts';

describe('readFragment', () => {
  test('finds a code behind one of the keys asked for', () => {
    expect(readFragment('#map=1.zAbc.k9Qa', ['map'])).toEqual({ kind: 'code', key: 'map', code: '1.zAbc.k9Qa' });
    expect(readFragment('t=T1~-~~1.q3', ['r', 't'])).toEqual({ kind: 'code', key: 't', code: 'T1~-~~1.q3' });
    expect(readFragment('#c=1.nps%2E95', ['c'])).toEqual({ kind: 'code', key: 'c', code: '1.nps.95' });
    // A key in upper case (a link retyped, or passed through a tool that upper-cases it) is the same key; the code
    // is left as it is, for its reader to judge.
    expect(readFragment('#C=1.NPS.95', ['c'])).toEqual({ kind: 'code', key: 'c', code: '1.NPS.95' });
    expect(readFragment('#Share=1.AbC', ['share'])).toEqual({ kind: 'code', key: 'share', code: '1.AbC' });
    // Blanks pasted around the key or the code, as the browser writes them ("%20"), and a key escaped whole.
    expect(readFragment('#%20c=%201.nps.95%20%20', ['c'])).toEqual({ kind: 'code', key: 'c', code: '1.nps.95' });
    expect(readFragment('#%63%3D%31%2E%6E', ['c'])).toEqual({ kind: 'code', key: 'c', code: '1.n' });
  });

  test('tells no link from another fragment, and a stray % is kept for the reader to name', () => {
    expect(readFragment('', ['c'])).toEqual({ kind: 'none' });
    expect(readFragment('#', ['c'])).toEqual({ kind: 'none' });
    expect(readFragment('#c=', ['c'])).toEqual({ kind: 'none' });
    expect(readFragment('#method', ['c'])).toEqual({ kind: 'other' });
    expect(readFragment('#share=1.x', ['c'])).toEqual({ kind: 'other' });
    expect(readFragment('#c=1.%zz', ['c'])).toEqual({ kind: 'code', key: 'c', code: '1.%zz' });
  });
});

describe('getShareLink', () => {
  test('puts the code in the fragment', () => {
    expect(getShareLink('https://touchpoint.example', '/tools/nps/', 'c', '1.nps')).toBe('https://touchpoint.example/tools/nps/#c=1.nps');
  });
});
