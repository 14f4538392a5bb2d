import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanCode, readCode, writeCode, type CodeFormat } from '../../../src/lib/portable/code-envelope.ts';
import { getChecksum } from '../../../src/lib/portable/checksum.ts';

const DOTTED: CodeFormat = { separator: '.', alphabet: /^[a-z0-9.-]$/, maxLength: 100, checksum: 'base36', lowerCase: true, parts: { min: 2, max: 3 } };
const TEAM: CodeFormat = { separator: '~', alphabet: /^[A-Za-z0-9_.~-]$/, maxLength: 1000, checksum: 'base64url', prefix: 'T', parts: { min: 3, max: 300 } };
const BARE: CodeFormat = { separator: '.', alphabet: /^[A-Za-z0-9_.-]$/, maxLength: 50, checksum: 'none', parts: { min: 1, max: 1 } };
const VERSIONS = { oldest: 1, current: 2 };

describe('writeCode', () => {
  test('puts the version first and the checksum over everything before it last', () => {
    const body = '1.nps.95';
    expect(writeCode(DOTTED, 1, ['nps', '95'])).toBe(`${body}.${getChecksum(body, 'base36')}`);
    expect(writeCode(TEAM, 2, ['l', '', 'x'])).toBe(`T2~l~~x~${getChecksum('T2~l~~x', 'base64url')}`);
    expect(writeCode(BARE, 1, ['abc'])).toBe('1.abc');
  });
});

describe('readCode', () => {
  test('reads back what writeCode wrote, for any parts', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{0,6}$/), { minLength: 2, maxLength: 3 }), fc.integer({ min: 1, max: 2 }), (parts, version) => {
        expect(readCode(writeCode(DOTTED, version, parts), DOTTED, VERSIONS)).toEqual({ ok: true, value: { version, parts } });
      }),
      { numRuns: 300, interruptAfterTimeLimit: 3000 },
    );
  });

  test('checks from the problem a person can fix to the least specific', () => {
    const good = writeCode(DOTTED, 1, ['nps', '95']);
    expect(readCode('', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readCode('1'.repeat(101), DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'too-long', length: 101, limit: 100 } });
    expect(readCode('1.n ps', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'invalid-characters', position: 3, character: ' ' } });
    expect(readCode('1.nps😀', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'invalid-characters', position: 5, character: '😀' } });
    expect(readCode('x.nps.95.abcd', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(readCode('01.nps.95.abcd', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(readCode('3.nps.95.abcd', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'future-version', found: 3, supported: 2 } });
    expect(readCode('0.nps.95.abcd', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'unsupported-version', found: 0, supported: 2 } });
    expect(readCode(good.slice(0, -2), DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'truncated' } });
    expect(readCode('1.nps', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'truncated' } });
    expect(readCode('1.a.b.c.d.abcd', DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(readCode(good.replace('95', '99'), DOTTED, VERSIONS)).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    expect(readCode(good.toUpperCase(), DOTTED, VERSIONS).ok).toBe(true);
  });

  test('a prefix is part of the version; a format without checksum has none to check', () => {
    expect(readCode('X2~a~b~c~abcd', TEAM, VERSIONS)).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(readCode(writeCode(TEAM, 2, ['l', 'QW5h', '1.q3']), TEAM, VERSIONS)).toEqual({ ok: true, value: { version: 2, parts: ['l', 'QW5h', '1.q3'] } });
    expect(readCode('1.abc', BARE, VERSIONS)).toEqual({ ok: true, value: { version: 1, parts: ['abc'] } });
    expect(readCode('1.abc.d', BARE, VERSIONS)).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
  });

  test('any changed character of a code is caught, or reads as the same contents', () => {
    const code = writeCode(DOTTED, 1, ['nps', '1e-u-k']);
    fc.assert(
      fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789.-'), (index, character) => {
        const changed = `${code.slice(0, index)}${character}${code.slice(index + 1)}`;
        const read = readCode(changed, DOTTED, VERSIONS);
        if (changed !== code && read.ok) expect(read.value.parts.join('.')).not.toBe('nps.1e-u-k');
        if (changed === code) expect(read.ok).toBe(true);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 3000 },
    );
  });

  test('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(typeof readCode(text, TEAM, VERSIONS).ok).toBe('boolean');
      }),
      { numRuns: 500, interruptAfterTimeLimit: 3000 },
    );
  });
});

describe('cleanCode', () => {
  test('strips blanks, a leading #, a fragment key and percent-escapes', () => {
    expect(cleanCode(' #c=1.nps.95 ', ['c'])).toBe('1.nps.95');
    expect(cleanCode('#MAP=1.z', ['map'])).toBe('1.z');
    expect(cleanCode('1.a%7E', [])).toBe('1.a~');
    expect(cleanCode('1.a%zz', [])).toBe('1.a%zz');
    // Escaped blanks, "#" and key are cleaned like plain ones (a whole link escaped by a chat app, or location.hash).
    expect(cleanCode('%20c=%201.nps.95%20', ['c'])).toBe('1.nps.95');
    expect(cleanCode('%23%6D%61%70%3D1.z', ['map'])).toBe('1.z');
    expect(cleanCode('#c=1.%zz', ['c'])).toBe('1.%zz');
    // The end of a sentence: "see #c=1.nps.95.k9qa." or "(#c=1.nps.95.k9qa)".
    expect(cleanCode('#c=1.nps.95.k9qa.', ['c'])).toBe('1.nps.95.k9qa');
    expect(cleanCode('1.nps.95.k9qa);', ['c'])).toBe('1.nps.95.k9qa');
    expect(cleanCode('T2~l~QW5h~Zx0_”.', [])).toBe('T2~l~QW5h~Zx0_');
  });
});
