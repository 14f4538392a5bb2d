import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import type { AnswerSet } from '../../../src/lib/assessment/answer-set.ts';
import { describeInputError } from '../../../src/lib/assessment/describe-answer-set-error.ts';
import { decodeShareCode, encodeShareCode, SHARE_CODE_MAX_LENGTH } from '../../../src/lib/assessment/share-code.ts';
import { encodeBase64UrlText } from '../../../src/lib/portable/base64url.ts';
import { cleanCode } from '../../../src/lib/portable/code-envelope.ts';
import { getChecksum } from '../../../src/lib/portable/checksum.ts';
import { invalid, type PortableError } from '../../../src/lib/portable/portable-error.ts';
import { arbitraryAnswerSet } from './arbitrary-answer-set.ts';
import { makeAnswerSet } from './make-answer-set.ts';
import { anyString } from '../../support/arbitraries.ts';

/** Re-signs a hand-edited code body so only the check under test can fail (the checksum is tested in test/lib/portable). */
function sign(body: string): string {
  return `${body}.${getChecksum(body, 'base64url')}`;
}

const quickCode = sign('1.q3452d1-5.');

describe('encodeShareCode', () => {
  test('writes version, mode, one character per question, reasons and a checksum', () => {
    const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-n');
    const code = encodeShareCode(QUESTION_BANK, answerSet);
    expect(code).toBe(sign('1.q3452d1-n.WyJOb3QgcmVsZXZhbnQgdG8gdXMiXQ'));
    expect(code).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  test('a full assessment with no N/A is 41 characters', () => {
    const code = encodeShareCode(QUESTION_BANK, makeAnswerSet(QUESTION_BANK, 'full', '1234 5d-1 2345 5432 1111 2222 3333 d--d'));
    expect(code).toBe(sign('1.f12345d-123455432111122223333d--d.'));
    expect(code).toHaveLength(41);
  });

  test('leaves out answers the mode does not ask', () => {
    const answerSet: AnswerSet = {
      bankVersion: 1,
      mode: 'quick',
      answers: { 'strategy-vision': { kind: 'level', level: 3 }, 'strategy-ownership': { kind: 'level', level: 5 } },
    };
    expect(encodeShareCode(QUESTION_BANK, answerSet)).toBe(sign('1.q3-------.'));
  });

  test('answers on another bank version are a programmer error', () => {
    expect(() => encodeShareCode(QUESTION_BANK, { bankVersion: 0, mode: 'quick', answers: {} })).toThrowErrorMatchingInlineSnapshot(
      `[Error: encodeShareCode requires answers on bank version 1, got 0]`,
    );
  });
});

describe('decodeShareCode', () => {
  test('reads a code back, ignoring surrounding whitespace', () => {
    expect(decodeShareCode(QUESTION_BANK, `  ${quickCode}\n`)).toEqual({
      ok: true,
      value: makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-5'),
    });
  });

  test('an empty code', () => {
    expect(decodeShareCode(QUESTION_BANK, '   ')).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  test('a character no code contains, with its position', () => {
    expect(decodeShareCode(QUESTION_BANK, '1.q3452 d1-5..abcd')).toEqual({
      ok: false,
      error: { kind: 'invalid-characters', position: 7, character: ' ' },
    });
    expect(decodeShareCode(QUESTION_BANK, '1.q3452😀')).toEqual({
      ok: false,
      error: { kind: 'invalid-characters', position: 7, character: '😀' },
    });
  });

  test('letters that are not answers, each with its place', () => {
    expect(decodeShareCode(QUESTION_BANK, sign('1.q3452x1-y.'))).toEqual({
      ok: false,
      error: invalid([
        'Answer 5 is “x”, which is not an answer (answers are 1 to 5, d, n or -).',
        'Answer 8 is “y”, which is not an answer (answers are 1 to 5, d, n or -).',
      ]),
    });
  });

  test('a code longer than the limit is refused before anything else, saying the limit', () => {
    const long = `${quickCode}${'A'.repeat(SHARE_CODE_MAX_LENGTH)}`;
    expect(decodeShareCode(QUESTION_BANK, `${long} ☃`)).toEqual({ ok: false, error: { kind: 'too-long', length: long.length + 2, limit: 16_000 } });
  });

  test('the largest code the assessment can write is under the limit and reads back', () => {
    // Every dimension's first question not applicable with a 200-character reason of control characters, which
    // JSON escapes to 6 bytes each: 8 × 1,202 + 9 = 9,625 bytes of JSON, 12,834 characters of base64url.
    const answerSet = makeAnswerSet(QUESTION_BANK, 'full', 'n333 n333 n333 n333 n333 n333 n333 n333', '\u0001'.repeat(200));
    const code = encodeShareCode(QUESTION_BANK, answerSet);
    expect(code).toHaveLength(2 + 33 + 1 + 12_834 + 1 + 4);
    expect(decodeShareCode(QUESTION_BANK, code)).toEqual({ ok: true, value: answerSet });
  });

  test('also reads a code behind its #r= key, percent-encoded', () => {
    expect(decodeShareCode(QUESTION_BANK, `#r=${encodeURIComponent(quickCode).replaceAll('.', '%2E')}`).ok).toBe(true);
  });

  test('a truncated code: missing parts or checksum characters', () => {
    for (const length of [1, 2, 6, quickCode.length - 5, quickCode.length - 4, quickCode.length - 1]) {
      expect(decodeShareCode(QUESTION_BANK, quickCode.slice(0, length))).toEqual({ ok: false, error: { kind: 'truncated' } });
    }
  });

  test('a changed answer is caught by the checksum', () => {
    const tampered = quickCode.replace('1.q3452', '1.q5452');
    expect(decodeShareCode(QUESTION_BANK, tampered)).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
  });

  test('the wrong number of answers for the version and mode', () => {
    expect(decodeShareCode(QUESTION_BANK, sign('1.q3452d1-55.'))).toEqual({
      ok: false,
      error: invalid(['This code has 9 answers where a quick assessment on version 1 has 8. Copy the code again.']),
    });
    expect(decodeShareCode(QUESTION_BANK, sign('1.f3452d1-5.'))).toEqual({
      ok: false,
      error: invalid(['This code has 8 answers where a full assessment on version 1 has 32. Copy the code again.']),
    });
  });

  test('a version from the future', () => {
    expect(decodeShareCode(QUESTION_BANK, '2.q3452d1-5..abcd')).toEqual({
      ok: false,
      error: { kind: 'future-version', found: 2, supported: 1 },
    });
  });

  test('an older version without a migration, named as old even when its checksum is wrong too', () => {
    expect(decodeShareCode(QUESTION_BANK, sign('0.q3452d1-5.'))).toEqual({
      ok: false,
      error: { kind: 'unsupported-version', found: 0, supported: 1 },
    });
    expect(decodeShareCode(QUESTION_BANK, '0.q33333333..AAAA')).toEqual({ ok: false, error: { kind: 'unsupported-version', found: 0, supported: 1 } });
  });

  test('malformed parts', () => {
    expect(decodeShareCode(QUESTION_BANK, 'v1.q3452d1-5..abcd')).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(decodeShareCode(QUESTION_BANK, '01.q3452d1-5..abcd')).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(decodeShareCode(QUESTION_BANK, '1.q3452d1-5...abcd')).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeShareCode(QUESTION_BANK, sign('1.x3452d1-5.'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'mode' } });
    expect(decodeShareCode(QUESTION_BANK, sign('1.q3452d1-n.'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'reasons' } });
    expect(decodeShareCode(QUESTION_BANK, sign('1.q3452d1-5.WyJ4Il0'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'reasons' } });
    expect(decodeShareCode(QUESTION_BANK, sign('1.q3452d1nn.WyJ4Il0'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'reasons' } });
  });

  test('well-formed answers that break the rules', () => {
    const code = sign(`1.fnn33${'3'.repeat(28)}.${encodeBase64UrlText(JSON.stringify(['No budget', 'No board']))}`);
    expect(decodeShareCode(QUESTION_BANK, code)).toEqual({
      ok: false,
      error: invalid([
        '"Strategy & leadership" has 2 questions marked not applicable; at most 1 is allowed per dimension, so a score cannot rest on too few answers.',
      ]),
    });
  });
});

describe('describeInputError', () => {
  test('words a code problem with the portable describer, the domain’s sentences as details', () => {
    const errors: readonly PortableError[] = [
      { kind: 'truncated' },
      invalid(['This code has 9 answers where a quick assessment on version 1 has 8. Copy the code again.']),
      { kind: 'future-version', found: 2, supported: 1 },
    ];
    expect(errors.map((error) => describeInputError(error, 'share link'))).toMatchInlineSnapshot(`
      [
        {
          "details": [],
          "headline": "This share link is incomplete: its end is missing. Copy the whole share link again.",
        },
        {
          "details": [],
          "headline": "This code has 9 answers where a quick assessment on version 1 has 8. Copy the code again.",
        },
        {
          "details": [],
          "headline": "This share link was made by a newer version of the CX maturity assessment (format 2; this page reads up to 1). Reload the page to get the latest version.",
        },
      ]
    `);
  });
});

describe('share code properties', () => {
  test('decode(encode(answers)) gives the same answers back', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryAnswerSet(), (answerSet) => {
        expect(decodeShareCode(QUESTION_BANK, encodeShareCode(QUESTION_BANK, answerSet))).toEqual({ ok: true, value: answerSet });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('decoding never throws on any string', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyString({ maxLength: 80 }), (code) => {
        expect(decodeShareCode(QUESTION_BANK, code).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('decoding never throws on strings made of share-code characters', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,2}\.?[fqx]?[1-5dn\-x]{0,34}\.?[A-Za-z0-9_-]{0,12}\.?[A-Za-z0-9_-]{0,5}$/), (code) => {
        expect(decodeShareCode(QUESTION_BANK, code).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('any edit to a valid code is caught or decodes to valid answers, never throws', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryAnswerSet(), fc.nat(), anyString({ maxLength: 3 }), (answerSet, at, insert) => {
        const code = encodeShareCode(QUESTION_BANK, answerSet);
        const index = at % (code.length + 1);
        const edited = `${code.slice(0, index)}${insert}${code.slice(index + 1)}`;
        const result = decodeShareCode(QUESTION_BANK, edited);
        // What the reader saw once blanks, a leading "#r=" and percent-escapes are taken off.
        if (result.ok) expect(encodeShareCode(QUESTION_BANK, result.value)).toBe(cleanCode(edited, ['r']));
      }),
      { numRuns: 500, interruptAfterTimeLimit: 2_000 },
    );
  });
});
