import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { RESPONDENT_ROLES, type Respondent } from '../../../src/lib/assessment/respondent.ts';
import { decodeResultShareCode, encodeResultShareCode } from '../../../src/lib/assessment/result-share-code.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { getChecksum } from '../../../src/lib/portable/checksum.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';
import { anyString } from '../../support/arbitraries.ts';
import { arbitraryAnswerSet } from './arbitrary-answer-set.ts';
import { makeAnswerSet } from './make-answer-set.ts';

/** Re-signs a hand-written code body so only the check under test can fail (the checksum is tested in test/lib/portable). */
function sign(body: string): string {
  return `${body}.${getChecksum(body, 'base64url')}`;
}

const quick = makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-5');

describe('encodeResultShareCode', () => {
  // Expected bodies written by hand from the format: "QW5h" is base64url of "Ana" (Python:
  // base64.urlsafe_b64encode('Ana'.encode()).rstrip(b'=')), "l" is leadership, "-" no role.
  test('writes the format, the bank version, the answers, the reasons and the person', () => {
    expect(encodeResultShareCode(QUESTION_BANK, quick, { label: 'Ana', role: 'leadership' })).toBe(sign('A2.1.q3452d1-5..lQW5h'));
  });

  test('a role alone, a label alone, nobody', () => {
    expect(encodeResultShareCode(QUESTION_BANK, quick, { role: 'front-line' })).toBe(sign('A2.1.q3452d1-5..f'));
    expect(encodeResultShareCode(QUESTION_BANK, quick, { label: 'Ana' })).toBe(sign('A2.1.q3452d1-5..-QW5h'));
    expect(encodeResultShareCode(QUESTION_BANK, quick, undefined)).toBe(sign('A2.1.q3452d1-5..-'));
    expect(encodeResultShareCode(QUESTION_BANK, quick, {})).toBe(sign('A2.1.q3452d1-5..-'));
  });

  test('reasons are written as format 1 writes them', () => {
    const withReason = makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-n');
    const format1 = encodeShareCode(QUESTION_BANK, withReason).split('.');
    expect(encodeResultShareCode(QUESTION_BANK, withReason, { role: 'other' })).toBe(sign(`A2.1.${format1[1]}.${format1[2]}.o`));
  });
});

describe('decodeResultShareCode', () => {
  test('reads the person back', () => {
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.1.q3452d1-5..lQW5h'))).toEqual({ ok: true, value: { ...quick, respondent: { label: 'Ana', role: 'leadership' } } });
  });

  test('a link behind #r= with blanks, and a label with emoji (base64url by Python as above)', () => {
    const code = sign('A2.1.q3452d1-5..mSm9zw6kg8J-RqeKAjfCfkrs');
    expect(decodeResultShareCode(QUESTION_BANK, ` #r=${code} `)).toEqual({ ok: true, value: { ...quick, respondent: { label: 'José 👩‍💻', role: 'management' } } });
  });

  test('no person gives no respondent key at all', () => {
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.1.q3452d1-5..-'))).toEqual({ ok: true, value: quick });
  });

  test('format 1 codes still open, with no respondent (migration 1 → 2)', () => {
    expect(decodeResultShareCode(QUESTION_BANK, sign('1.q3452d1-5.'))).toEqual({ ok: true, value: quick });
  });

  test('bad input is a specific error, never a throw', () => {
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.1.q3452d1-5..xQW5h'))).toEqual({ ok: false, error: invalid(['“x” is not a known role.']) });
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.1.q3452d1-5..lICAg'))).toEqual({ ok: false, error: invalid(['The label could not be read.']) });
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.1.q3452d1-5..'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'person' } });
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.1.q3452d1-5.'))).toEqual({ ok: false, error: { kind: 'truncated' } });
    expect(decodeResultShareCode(QUESTION_BANK, sign('A3.1.q3452d1-5..-'))).toEqual({ ok: false, error: { kind: 'future-version', found: 3, supported: 2 } });
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.2.q3452d1-5..-'))).toEqual({ ok: false, error: { kind: 'future-version', found: 2, supported: 1 } });
    expect(decodeResultShareCode(QUESTION_BANK, sign('A2.01.q3452d1-5..-'))).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(decodeResultShareCode(QUESTION_BANK, 'A2.1.q3452d1-5..lQW5h.AAAA')).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    expect(decodeResultShareCode(QUESTION_BANK, `A2.1.${'5'.repeat(60_000)}`)).toMatchObject({ ok: false, error: { kind: 'too-long' } });
  });

  test('the checksum covers the person: a changed role is caught', () => {
    const code = encodeResultShareCode(QUESTION_BANK, quick, { label: 'Ana', role: 'leadership' });
    expect(decodeResultShareCode(QUESTION_BANK, code.replace('..lQW5h', '..mQW5h'))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
  });
});

describe('result share code properties', () => {
  const respondent: fc.Arbitrary<Respondent> = fc.record(
    {
      label: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((text) => text.trim()).filter((text) => text !== '' && text.length <= 60),
      role: fc.constantFrom(...RESPONDENT_ROLES),
    },
    { requiredKeys: [] },
  );

  test('decode(encode(answers, person)) gives both back', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryAnswerSet(), respondent, (answerSet, person) => {
        const expected = Object.keys(person).length === 0 ? answerSet : { ...answerSet, respondent: person };
        expect(decodeResultShareCode(QUESTION_BANK, encodeResultShareCode(QUESTION_BANK, answerSet, person))).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('every format 1 code reads as format 2 reads the same answers', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryAnswerSet(), (answerSet) => {
        expect(decodeResultShareCode(QUESTION_BANK, encodeShareCode(QUESTION_BANK, answerSet))).toEqual({ ok: true, value: answerSet });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('decoding never throws on any string', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyString({ maxLength: 80 }), (code) => {
        expect(decodeResultShareCode(QUESTION_BANK, code).ok).toBeTypeOf('boolean');
        expect(decodeResultShareCode(QUESTION_BANK, `A${code}`).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 200, interruptAfterTimeLimit: 2_000 },
    );
  });
});
