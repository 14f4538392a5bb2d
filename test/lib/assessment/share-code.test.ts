import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../content/assessment/question-bank.ts';
import type { Answer, AnswerSet, AssessmentMode } from '../../../src/lib/assessment/answer-set.ts';
import { getChecksum } from '../../../src/lib/assessment/checksum.ts';
import { decodeShareCode } from '../../../src/lib/assessment/decode-share-code.ts';
import { encodeShareCode } from '../../../src/lib/assessment/encode-share-code.ts';
import { getDimensionQuestions } from '../../../src/lib/assessment/questions-in-mode.ts';
import { describeShareCodeError } from '../../../src/lib/assessment/share-code-error.ts';
import { formatShareCode } from '../../../src/lib/assessment/share-code-format.ts';
import { makeAnswerSet } from './make-answer-set.ts';
import { anyString } from '../../support/arbitraries.ts';

/** Re-signs a hand-edited code body so only the check under test can fail. */
function sign(body: string): string {
  return `${body}.${getChecksum(body)}`;
}

const quickCode = formatShareCode(1, 'quick', '3452d1-5', []);

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

  test('a letter that is not an answer, with its position', () => {
    expect(decodeShareCode(QUESTION_BANK, sign('1.q3452x1-5.'))).toEqual({
      ok: false,
      error: { kind: 'invalid-characters', position: 7, character: 'x' },
    });
  });

  test('a truncated code: missing parts or checksum characters', () => {
    for (const length of [1, 2, 6, quickCode.length - 5, quickCode.length - 4, quickCode.length - 1]) {
      expect(decodeShareCode(QUESTION_BANK, quickCode.slice(0, length))).toEqual({ ok: false, error: { kind: 'truncated' } });
    }
  });

  test('a changed answer is caught by the checksum', () => {
    const tampered = quickCode.replace('1.q3452', '1.q5452');
    expect(decodeShareCode(QUESTION_BANK, tampered)).toEqual({ ok: false, error: { kind: 'tampered' } });
  });

  test('the wrong number of answers for the version and mode', () => {
    expect(decodeShareCode(QUESTION_BANK, sign('1.q3452d1-55.'))).toEqual({
      ok: false,
      error: { kind: 'wrong-length', version: 1, mode: 'quick', expected: 8, actual: 9 },
    });
    expect(decodeShareCode(QUESTION_BANK, sign('1.f3452d1-5.'))).toEqual({
      ok: false,
      error: { kind: 'wrong-length', version: 1, mode: 'full', expected: 32, actual: 8 },
    });
  });

  test('a version from the future', () => {
    expect(decodeShareCode(QUESTION_BANK, '2.q3452d1-5..abcd')).toEqual({
      ok: false,
      error: { kind: 'future-version', version: 2, currentVersion: 1 },
    });
  });

  test('an older version without a migration', () => {
    expect(decodeShareCode(QUESTION_BANK, sign('0.q3452d1-5.'))).toEqual({
      ok: false,
      error: { kind: 'unsupported-version', version: 0, currentVersion: 1 },
    });
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
    const code = formatShareCode(1, 'full', `nn33${'3'.repeat(28)}`, ['No budget', 'No board']);
    expect(decodeShareCode(QUESTION_BANK, code)).toEqual({
      ok: false,
      error: {
        kind: 'invalid-answers',
        errors: [expect.objectContaining({ kind: 'too-many-not-applicable', dimensionId: 'strategy-leadership' })],
      },
    });
  });
});

describe('describeShareCodeError', () => {
  test('explains each error to a user', () => {
    const messages = [
      { kind: 'empty' },
      { kind: 'invalid-characters', position: 7, character: ' ' },
      { kind: 'truncated' },
      { kind: 'malformed', part: 'mode' },
      { kind: 'wrong-length', version: 1, mode: 'quick', expected: 8, actual: 9 },
      { kind: 'tampered' },
      { kind: 'future-version', version: 2, currentVersion: 1 },
      { kind: 'unsupported-version', version: 0, currentVersion: 1 },
      { kind: 'invalid-answers', errors: [{ kind: 'missing-reason', questionId: 'voc-sources' }] },
    ] as const;
    expect(messages.map((error) => describeShareCodeError(QUESTION_BANK, error))).toMatchInlineSnapshot(`
      [
        "Paste a share code or link to load results.",
        "This code contains " " at position 8, which share codes never contain. Copy the code again.",
        "This code is incomplete: the end is missing. Copy the whole link or code again.",
        "This is not a valid share code (its mode part is not in the expected form).",
        "This code has 9 answers where a quick assessment on version 1 has 8. Copy the code again.",
        "This code has been changed since it was made (its checksum does not match). Copy the original code again.",
        "This code was made with a newer version of the assessment (question version 2; this page has 1). Reload the page to get the latest version.",
        "This code was made with question version 0, which this version of the assessment can no longer read: the questions are now version 1, and answers from version 0 cannot be carried over to them. Answer the assessment again for a new link.",
        "Question "Which sources of customer feedback do you listen to?" is marked not applicable without a reason. Add a short reason or choose another answer.",
      ]
    `);
  });
});

/** Any valid answer set on the current bank: at most one N/A per dimension, each with a non-blank reason. */
function arbitraryAnswerSet(): fc.Arbitrary<AnswerSet> {
  const reason = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== '');
  const answer: fc.Arbitrary<Answer | undefined> = fc.oneof(
    fc.constantFrom(1, 2, 3, 4, 5).map((level): Answer => ({ kind: 'level', level })),
    fc.constant<Answer>({ kind: 'dont-know' }),
    fc.constant(undefined),
  );
  return fc.constantFrom<AssessmentMode>('full', 'quick').chain((mode) =>
    fc
      .tuple(
        ...QUESTION_BANK.dimensions.map((dimension) => {
          const questions = getDimensionQuestions(dimension, mode);
          return fc.tuple(
            fc.array(answer, { minLength: questions.length, maxLength: questions.length }),
            fc.option(fc.tuple(fc.nat({ max: questions.length - 1 }), reason)),
          ).map(([answers, notApplicable]) =>
            questions.flatMap((question, index): [string, Answer][] => {
              if (notApplicable !== null && notApplicable[0] === index) return [[question.id, { kind: 'not-applicable', reason: notApplicable[1] }]];
              const given = answers[index];
              return given === undefined ? [] : [[question.id, given]];
            }),
          );
        }),
      )
      .map((entries): AnswerSet => ({ bankVersion: 1, mode, answers: Object.fromEntries(entries.flat()) })),
  );
}

describe('share code properties', () => {
  test('decode(encode(answers)) gives the same answers back', () => {
    fc.assert(
      fc.property(arbitraryAnswerSet(), (answerSet) => {
        expect(decodeShareCode(QUESTION_BANK, encodeShareCode(QUESTION_BANK, answerSet))).toEqual({ ok: true, value: answerSet });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('decoding never throws on any string', () => {
    fc.assert(
      fc.property(anyString({ maxLength: 80 }), (code) => {
        expect(decodeShareCode(QUESTION_BANK, code).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('decoding never throws on strings made of share-code characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,2}\.?[fqx]?[1-5dn\-x]{0,34}\.?[A-Za-z0-9_-]{0,12}\.?[A-Za-z0-9_-]{0,5}$/), (code) => {
        expect(decodeShareCode(QUESTION_BANK, code).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('any edit to a valid code is caught or decodes to valid answers, never throws', () => {
    fc.assert(
      fc.property(arbitraryAnswerSet(), fc.nat(), anyString({ maxLength: 3 }), (answerSet, at, insert) => {
        const code = encodeShareCode(QUESTION_BANK, answerSet);
        const index = at % (code.length + 1);
        const edited = `${code.slice(0, index)}${insert}${code.slice(index + 1)}`;
        const result = decodeShareCode(QUESTION_BANK, edited);
        if (result.ok) expect(encodeShareCode(QUESTION_BANK, result.value)).toBe(edited.trim());
      }),
      { numRuns: 500, interruptAfterTimeLimit: 2_000 },
    );
  });
});
