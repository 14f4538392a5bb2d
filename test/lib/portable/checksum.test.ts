import { describe, expect, test } from 'vitest';
import { fnv1a32, getChecksum } from '../../../src/lib/portable/checksum.ts';

describe('fnv1a32', () => {
  test('matches the published FNV-1a 32-bit test vectors', () => {
    // From the FNV reference test suite (http://www.isthe.com/chongo/src/fnv/test_fnv.c): "" and "a", "foobar".
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('getChecksum', () => {
  test('base36: the hash mod 36⁴ as 4 digits, as the calculators’ codes have always written it', () => {
    // 0xbf9cf968 = 3214735720; 3214735720 mod 1679616 = 1594216 = "y5ug" in base 36 (computed by hand in node).
    expect(getChecksum('foobar', 'base36')).toBe((0xbf9cf968 % 36 ** 4).toString(36).padStart(4, '0'));
    expect(getChecksum('', 'base36')).toHaveLength(4);
  });

  test('base64url: the hash folded to 24 bits as 4 characters, as assessment and journey codes write it', () => {
    const hash = 0xbf9cf968;
    const folded = ((hash >>> 24) ^ hash) & 0xffffff;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const expected = [18, 12, 6, 0].map((shift) => alphabet[(folded >>> shift) & 63]).join('');
    expect(getChecksum('foobar', 'base64url')).toBe(expected);
  });

  test('one changed character changes the checksum', () => {
    expect(getChecksum('1.nps.95.1e-u-k', 'base36')).not.toBe(getChecksum('1.nps.95.1e-u-l', 'base36'));
    expect(getChecksum('1.q3452', 'base64url')).not.toBe(getChecksum('1.q3453', 'base64url'));
  });
});
