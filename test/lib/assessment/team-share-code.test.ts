import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { describeInputError } from '../../../src/lib/assessment/describe-answer-set-error.ts';
import { RESPONDENT_ROLES } from '../../../src/lib/assessment/respondent.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import type { TeamRespondent } from '../../../src/lib/assessment/team-respondent.ts';
import {
  decodeTeamShareCode,
  encodeTeamShareCode,
  getPastedCode,
  isTeamShareCode,
  TEAM_CODE_MAX_LENGTH,
} from '../../../src/lib/assessment/team-share-code.ts';
import { getChecksum } from '../../../src/lib/portable/checksum.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';
import { makeAnswerSet } from './make-answer-set.ts';
import { anyString } from '../../support/arbitraries.ts';

const ana: TeamRespondent = { ...makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-5'), respondent: { label: 'Ana', role: 'leadership' } };
const anonymous: TeamRespondent = makeAnswerSet(QUESTION_BANK, 'quick', '22222222');
const team = [ana, anonymous];
const anaCode = encodeShareCode(QUESTION_BANK, ana);
const anonymousCode = encodeShareCode(QUESTION_BANK, anonymous);

/** A version 2 body with its checksum (FNV-1a, tested in test/lib/portable), so only the check under test can fail. */
function sign(body: string): string {
  return `${body}~${getChecksum(body, 'base64url')}`;
}

describe('encodeTeamShareCode', () => {
  test('writes version 2: role, label (base64url of "Ana" is QW5h) and code per respondent, then a checksum over all of it', () => {
    expect(encodeTeamShareCode(QUESTION_BANK, team)).toBe(sign(`T2~l~QW5h~${anaCode}~-~~${anonymousCode}`));
  });
});

describe('decodeTeamShareCode', () => {
  test('reads a team back', () => {
    expect(decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, team))).toEqual({ ok: true, value: team });
  });

  test('still reads legacy version 1 codes, which have no checksum of their own', () => {
    expect(decodeTeamShareCode(QUESTION_BANK, `T1~l~QW5h~${anaCode}~-~~${anonymousCode}`)).toEqual({ ok: true, value: team });
  });

  test('a changed role opens as different data in version 1 (why version 2 exists), and is refused in version 2', () => {
    const changed = decodeTeamShareCode(QUESTION_BANK, `T1~m~QW5h~${anaCode}~-~~${anonymousCode}`);
    expect(changed.ok && changed.value[0]?.respondent).toEqual({ label: 'Ana', role: 'management' });
    const v2 = encodeTeamShareCode(QUESTION_BANK, team).replace('T2~l~', 'T2~m~');
    expect(decodeTeamShareCode(QUESTION_BANK, v2)).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
  });

  test('tells a team code from a single code, in a link or bare', () => {
    expect(isTeamShareCode(encodeTeamShareCode(QUESTION_BANK, team))).toBe(true);
    expect(isTeamShareCode(anaCode)).toBe(false);
    expect(decodeTeamShareCode(QUESTION_BANK, anaCode)).toEqual({ ok: false, error: { kind: 'malformed', part: 'version' } });
    expect(getPastedCode(`  https://touchpoint.example/assessment/#r=${anaCode}\n`)).toEqual({ kind: 'result', code: anaCode });
    expect(getPastedCode('https://touchpoint.example/assessment/team/#t=T2~-~~x')).toEqual({ kind: 'team', code: 'T2~-~~x' });
    // Classified by the code, not the key: a team code under #r= is a team, one person's under #t= is one.
    expect(getPastedCode('https://touchpoint.example/assessment/#r=T2~-~~x')).toEqual({ kind: 'team', code: 'T2~-~~x' });
    expect(getPastedCode(`#t=${anaCode}`)).toEqual({ kind: 'result', code: anaCode });
    expect(getPastedCode(`#${anaCode}`)).toEqual({ kind: 'result', code: anaCode });
    expect(getPastedCode('#t=T2%7E-%7E%7Ex')).toEqual({ kind: 'team', code: 'T2~-~~x' });
  });

  test('reports each problem, naming the respondent', () => {
    const cases = {
      empty: ' ',
      invalidCharacters: 'T2~l~QW5h~1.q 3',
      malformedVersion: `Tx~-~~${anonymousCode}`,
      futureVersion: sign(`T3~-~~${anonymousCode}`),
      noRespondents: 'T2',
      truncated: sign(`T2~-~~${anonymousCode}~l~QW5h`),
      invalidRole: sign(`T2~z~~${anonymousCode}`),
      invalidLabel: sign(`T2~-~QW5~${anonymousCode}`),
      invalidRespondent: sign(`T2~-~~${anonymousCode}~-~~1.q3452d1-55..${getChecksum('1.q3452d1-55.', 'base64url')}`),
    };
    expect(Object.fromEntries(Object.entries(cases).map(([name, code]) => [name, decodeTeamShareCode(QUESTION_BANK, code)]))).toEqual({
      empty: { ok: false, error: { kind: 'empty' } },
      invalidCharacters: { ok: false, error: { kind: 'invalid-characters', position: 13, character: ' ' } },
      malformedVersion: { ok: false, error: { kind: 'malformed', part: 'version' } },
      futureVersion: { ok: false, error: { kind: 'future-version', found: 3, supported: 2 } },
      noRespondents: { ok: false, error: { kind: 'truncated' } },
      truncated: { ok: false, error: { kind: 'truncated' } },
      invalidRole: { ok: false, error: invalid(['Respondent 1: “z” is not a known role.']) },
      invalidLabel: { ok: false, error: invalid(['Respondent 1: The label could not be read.']) },
      invalidRespondent: { ok: false, error: invalid(['Respondent 2: This code has 9 answers where a quick assessment on version 1 has 8. Copy the code again.']) },
    });
  });

  test('refuses more than 100 respondents', () => {
    const many = Array.from({ length: 101 }, () => anonymous);
    expect(decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, many))).toEqual({
      ok: false,
      error: invalid(['This team code has 101 respondents; at most 100 can be combined.']),
    });
  });

  test('checks the length first and states the limit', () => {
    const huge = `T2~${'A'.repeat(TEAM_CODE_MAX_LENGTH)}`;
    expect(decodeTeamShareCode(QUESTION_BANK, huge)).toEqual({ ok: false, error: { kind: 'too-long', length: huge.length, limit: 1_625_600 } });
    expect(describeInputError({ kind: 'too-long', length: huge.length, limit: TEAM_CODE_MAX_LENGTH }, 'team code').headline).toBe(
      'This team code is 1,625,603 characters long; the CX maturity assessment reads at most 1,625,600 characters. Check that nothing else was pasted with it.',
    );
  });

  test('the largest team the site can write (100 respondents, longest codes and labels) is under the limit and reads back', { timeout: 60_000 }, () => {
    // 200 control characters per reason (6 bytes each once JSON-escaped) and 60 three-byte characters per label.
    const widest: TeamRespondent = {
      ...makeAnswerSet(QUESTION_BANK, 'full', 'n333 n333 n333 n333 n333 n333 n333 n333', '\u0001'.repeat(200)),
      respondent: { label: '界'.repeat(60), role: 'back-office' },
    };
    const members = Array.from({ length: 100 }, () => widest);
    const code = encodeTeamShareCode(QUESTION_BANK, members);
    expect(code.length).toBeLessThan(TEAM_CODE_MAX_LENGTH);
    expect(code.length).toBeGreaterThan(1_300_000);
    expect(decodeTeamShareCode(QUESTION_BANK, code)).toEqual({ ok: true, value: members });
  });

  test('keeps duplicates: the team result reports them', () => {
    const decoded = decodeTeamShareCode(QUESTION_BANK, encodeTeamShareCode(QUESTION_BANK, [anonymous, anonymous]));
    expect(decoded.ok && decoded.value).toHaveLength(2);
  });

  test('every single-character change to a version 2 code is refused or reads as the same team', { timeout: 120_000 }, () => {
    const withReason: TeamRespondent = { ...makeAnswerSet(QUESTION_BANK, 'quick', '3n5d1-24', 'Só B2B'), respondent: { label: 'Zoë', role: 'front-line' } };
    const members = [ana, anonymous, withReason];
    const code = encodeTeamShareCode(QUESTION_BANK, members);
    // Characters of every kind a code holds: letters, digits, the separators, answer codes, base64url's - and _.
    const alphabet = ['A', 'z', 'Q', '0', '2', '9', '-', '_', '.', '~', 'T', 'l', 'n', 'd'];
    let tried = 0;
    let refused = 0;
    for (let position = 0; position < code.length; position += 1) {
      for (const character of alphabet) {
        if (code[position] === character) continue;
        const mutated = `${code.slice(0, position)}${character}${code.slice(position + 1)}`;
        const decoded = decodeTeamShareCode(QUESTION_BANK, mutated);
        tried += 1;
        if (decoded.ok) expect(decoded.value).toEqual(members);
        else refused += 1;
      }
    }
    expect(tried).toBeGreaterThan(code.length * 12);
    expect(refused).toBe(tried);
  });

  test('round-trips any team of labelled, role-tagged respondents', { timeout: 60_000 }, () => {
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

  test('never throws on any string', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(anyString(), fc.stringMatching(/^T[0-9]?(~[a-z-]?~[A-Za-z0-9_-]{0,6}~[0-9.qf1-5dn-]{0,16})*~?$/)), (code) => {
        expect(decodeTeamShareCode(QUESTION_BANK, code).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 2_000 },
    );
  });
});
