import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../content/assessment/question-bank.ts';
import { decodeTeamShareCode } from '../../../src/lib/assessment/decode-team-share-code.ts';
import { encodeShareCode } from '../../../src/lib/assessment/encode-share-code.ts';
import { encodeTeamShareCode } from '../../../src/lib/assessment/encode-team-share-code.ts';
import { RESPONDENT_ROLES } from '../../../src/lib/assessment/respondent.ts';
import type { TeamRespondent } from '../../../src/lib/assessment/team-respondent.ts';
import { describeTeamShareCodeError } from '../../../src/lib/assessment/team-share-code-error.ts';
import { isTeamShareCode } from '../../../src/lib/assessment/team-share-code.ts';
import { makeAnswerSet } from './make-answer-set.ts';
import { anyString } from '../../support/arbitraries.ts';

const ana: TeamRespondent = { ...makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-5'), respondent: { label: 'Ana', role: 'leadership' } };
const anonymous: TeamRespondent = makeAnswerSet(QUESTION_BANK, 'quick', '22222222');
const team = [ana, anonymous];

describe('encodeTeamShareCode', () => {
  test('joins role, label and code per respondent with ~', () => {
    expect(encodeTeamShareCode(QUESTION_BANK, team)).toBe(
      `T1~l~QW5h~${encodeShareCode(QUESTION_BANK, ana)}~-~~${encodeShareCode(QUESTION_BANK, anonymous)}`,
    );
  });
});

describe('decodeTeamShareCode', () => {
  test('reads a team back', () => {
    expect(decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, team))).toEqual({ ok: true, value: team });
  });

  test('tells a team code from a single code', () => {
    expect(isTeamShareCode(encodeTeamShareCode(QUESTION_BANK, team))).toBe(true);
    expect(isTeamShareCode(encodeShareCode(QUESTION_BANK, ana))).toBe(false);
    expect(decodeTeamShareCode(QUESTION_BANK, encodeShareCode(QUESTION_BANK, ana))).toEqual({ ok: false, error: { kind: 'not-a-team-code' } });
  });

  test('reports each problem', () => {
    const good = encodeShareCode(QUESTION_BANK, anonymous);
    const cases = {
      empty: ' ',
      invalidCharacters: 'T1~l~QW5h~1.q 3',
      malformedVersion: 'Tx~-~~' + good,
      futureVersion: 'T2~-~~' + good,
      noRespondents: 'T1',
      truncated: 'T1~-~~' + good + '~l~QW5h',
      invalidRole: 'T1~z~~' + good,
      invalidLabel: 'T1~-~QW5~' + good,
      invalidRespondent: 'T1~-~~' + good + '~-~~' + good.slice(0, -2),
    };
    expect(Object.fromEntries(Object.entries(cases).map(([name, code]) => [name, decodeTeamShareCode(QUESTION_BANK, code)]))).toEqual({
      empty: { ok: false, error: { kind: 'empty' } },
      invalidCharacters: { ok: false, error: { kind: 'invalid-characters', position: 13, character: ' ' } },
      malformedVersion: { ok: false, error: { kind: 'malformed-version' } },
      futureVersion: { ok: false, error: { kind: 'future-version', version: 2, currentVersion: 1 } },
      noRespondents: { ok: false, error: { kind: 'no-respondents' } },
      truncated: { ok: false, error: { kind: 'truncated' } },
      invalidRole: { ok: false, error: { kind: 'invalid-role', index: 0, role: 'z' } },
      invalidLabel: { ok: false, error: { kind: 'invalid-label', index: 0 } },
      invalidRespondent: { ok: false, error: { kind: 'invalid-respondent', index: 1, error: { kind: 'truncated' } } },
    });
  });

  test('refuses more than 100 respondents', () => {
    const many = Array.from({ length: 101 }, () => anonymous);
    expect(decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, many))).toEqual({
      ok: false,
      error: { kind: 'too-many-respondents', count: 101, max: 100 },
    });
  });

  test('keeps duplicates: the team result reports them', () => {
    const decoded = decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, [anonymous, anonymous]));
    expect(decoded.ok && decoded.value).toHaveLength(2);
  });

  test('round-trips any team of labelled, role-tagged respondents', () => {
    const label = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .map((text) => text.trim())
      .filter((text) => text !== '');
    const respondent = fc.record({
      notation: fc.stringMatching(/^[1-5d-]{8}$/),
      label: fc.option(label, { nil: undefined }),
      role: fc.option(fc.constantFrom(...RESPONDENT_ROLES), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 1, maxLength: 6 }), (specs) => {
        const members: TeamRespondent[] = specs.map(({ notation, label: text, role }) => {
          const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', notation);
          if (text === undefined && role === undefined) return answerSet;
          return { ...answerSet, respondent: { ...(text === undefined ? {} : { label: text }), ...(role === undefined ? {} : { role }) } };
        });
        expect(decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, members))).toEqual({ ok: true, value: members });
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  test('never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(anyString(), fc.stringMatching(/^T[0-9]?(~[a-z-]?~[A-Za-z0-9_-]{0,6}~[0-9.qf1-5dn-]{0,16})*~?$/)), (code) => {
        expect(decodeTeamShareCode(QUESTION_BANK, code).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('describeTeamShareCodeError', () => {
  test('names the respondent whose code is wrong', () => {
    expect(
      [
        describeTeamShareCodeError(QUESTION_BANK, { kind: 'invalid-respondent', index: 2, error: { kind: 'truncated' } }),
        describeTeamShareCodeError(QUESTION_BANK, { kind: 'not-a-team-code' }),
        describeTeamShareCodeError(QUESTION_BANK, { kind: 'invalid-role', index: 0, role: 'z' }),
        describeTeamShareCodeError(QUESTION_BANK, { kind: 'too-many-respondents', count: 101, max: 100 }),
      ],
    ).toMatchInlineSnapshot(`
      [
        "Respondent 3: This code is incomplete: the end is missing. Copy the whole link or code again.",
        "This is not a team code. To add one person’s results, paste their code as a respondent instead.",
        "Respondent 1: "z" is not a known role.",
        "This team code has 101 respondents; at most 100 can be combined.",
      ]
    `);
  });
});
