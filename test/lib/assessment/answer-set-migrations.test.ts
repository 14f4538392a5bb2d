import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import {
  ANSWER_SET_MIGRATIONS,
  getOldestVersion,
  getVersionQuestionIds,
  migrateAnswerSet,
  readAnswerSet,
  type AnswerSetMigrations,
} from '../../../src/lib/assessment/answer-set-migrations.ts';
import type { AnswerSet } from '../../../src/lib/assessment/answer-set.ts';
import { getQuestionIds } from '../../../src/lib/assessment/questions-in-mode.ts';
import { decodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { encodeBase64UrlText } from '../../../src/lib/portable/base64url.ts';
import { getChecksum } from '../../../src/lib/portable/checksum.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';

/** A share code as the site wrote it for bank `version` (the checksum itself is tested in test/lib/portable). */
function formatShareCode(version: number, mode: 'full' | 'quick', answers: string, reasons: readonly string[]): string {
  const body = `${String(version)}.${mode[0] ?? ''}${answers}.${reasons.length === 0 ? '' : encodeBase64UrlText(JSON.stringify(reasons))}`;
  return `${body}.${getChecksum(body, 'base64url')}`;
}

/**
 * A made-up version 0: three questions per dimension (the fourth came in version 1), and the first
 * question was called "strategy-mission" before it was renamed "strategy-vision".
 */
const renameV0 = (id: string) => (id === 'strategy-vision' ? 'strategy-mission' : id);
const V0_FULL_IDS = QUESTION_BANK.dimensions.flatMap((dimension) => dimension.questions.slice(0, 3).map((question) => renameV0(question.id)));
const V0_QUICK_IDS = getQuestionIds(QUESTION_BANK, 'quick').map(renameV0);

const FAKE_MIGRATIONS: AnswerSetMigrations = {
  0: {
    questionIds: { full: V0_FULL_IDS, quick: V0_QUICK_IDS },
    migrate: (answerSet) => ({
      ...answerSet,
      bankVersion: 1,
      answers: Object.fromEntries(
        Object.entries(answerSet.answers).map(([id, answer]) => [id === 'strategy-mission' ? 'strategy-vision' : id, answer]),
      ),
    }),
  },
};

describe('the migrations table', () => {
  test('is empty while the bank has only had version 1', () => {
    expect(ANSWER_SET_MIGRATIONS).toEqual({});
  });
});

describe('decoding a share code from an older version', () => {
  test('reads a version 0 code through its layout and migrates it', () => {
    // Three answers per dimension: 431 222 333 444 55n 123 d21 345
    const v0Code = formatShareCode(0, 'full', '43122233344455n123d21345', ['We sell to businesses only']);
    const decoded = decodeShareCode(QUESTION_BANK, v0Code, FAKE_MIGRATIONS);
    expect(decoded.ok && decoded.value.bankVersion).toBe(1);
    expect(decoded.ok && decoded.value.answers).toMatchObject({
      'strategy-vision': { kind: 'level', level: 4 },
      'strategy-ownership': { kind: 'level', level: 3 },
      'strategy-decisions': { kind: 'level', level: 1 },
      'voc-inner-loop': { kind: 'not-applicable', reason: 'We sell to businesses only' },
      'omnichannel-continuity': { kind: 'dont-know' },
    });
    expect(decoded.ok && Object.keys(decoded.value.answers)).not.toContain('strategy-mission');
    expect(decoded.ok && Object.keys(decoded.value.answers)).not.toContain('strategy-investment');
  });

  test('checks the length against the old layout', () => {
    const code = formatShareCode(0, 'quick', '3452d1-55', []);
    expect(decodeShareCode(QUESTION_BANK, code, FAKE_MIGRATIONS)).toEqual({
      ok: false,
      error: invalid(['This code has 9 answers where a quick assessment on version 0 has 8. Copy the code again.']),
    });
  });

  test('a quick version 0 code becomes a quick version 1 answer set', () => {
    const code = formatShareCode(0, 'quick', '3452d1-5', []);
    const decoded = decodeShareCode(QUESTION_BANK, code, FAKE_MIGRATIONS);
    expect(decoded.ok && decoded.value).toMatchObject({ bankVersion: 1, mode: 'quick', answers: { 'strategy-vision': { kind: 'level', level: 3 } } });
  });
});

describe('getOldestVersion', () => {
  test('is the current version without migrations, and reaches back as far as the steps go', () => {
    expect(getOldestVersion(QUESTION_BANK)).toBe(1);
    expect(getOldestVersion(QUESTION_BANK, FAKE_MIGRATIONS)).toBe(0);
    // A gap (no step from 1 to 2) stops the chain: version 0 cannot reach 3 either.
    expect(getOldestVersion({ ...QUESTION_BANK, version: 3 }, { ...FAKE_MIGRATIONS, 2: { questionIds: { full: [], quick: [] }, migrate: (set) => set } })).toBe(2);
  });
});

describe('getVersionQuestionIds', () => {
  test('knows the current version and the versions in the table', () => {
    expect(getVersionQuestionIds(QUESTION_BANK, 1, 'quick')).toEqual(getQuestionIds(QUESTION_BANK, 'quick'));
    expect(getVersionQuestionIds(QUESTION_BANK, 0, 'full', FAKE_MIGRATIONS)).toHaveLength(24);
    expect(getVersionQuestionIds(QUESTION_BANK, 0, 'full')).toBeUndefined();
    expect(getVersionQuestionIds(QUESTION_BANK, 2, 'full', FAKE_MIGRATIONS)).toBeUndefined();
  });
});

describe('migrateAnswerSet', () => {
  const v1: AnswerSet = { bankVersion: 1, mode: 'quick', answers: { 'strategy-vision': { kind: 'level', level: 2 } } };

  test('leaves current answers alone', () => {
    expect(migrateAnswerSet(QUESTION_BANK, v1)).toEqual({ ok: true, value: v1 });
  });

  test('walks through every version in turn', () => {
    const v3Bank = { ...QUESTION_BANK, version: 3 };
    const steps: AnswerSetMigrations = {
      1: { questionIds: { full: [], quick: [] }, migrate: (answerSet) => ({ ...answerSet, bankVersion: 2, answers: { two: { kind: 'dont-know' } } }) },
      2: { questionIds: { full: [], quick: [] }, migrate: (answerSet) => ({ ...answerSet, bankVersion: 3, answers: { ...answerSet.answers, three: { kind: 'dont-know' } } }) },
    };
    expect(migrateAnswerSet(v3Bank, v1, steps)).toEqual({
      ok: true,
      value: { bankVersion: 3, mode: 'quick', answers: { two: { kind: 'dont-know' }, three: { kind: 'dont-know' } } },
    });
  });

  test('a newer version cannot be read', () => {
    expect(migrateAnswerSet(QUESTION_BANK, { ...v1, bankVersion: 4 })).toEqual({
      ok: false,
      error: { kind: 'future-version', found: 4, supported: 1 },
    });
  });

  test('an older version without a migration cannot be read', () => {
    expect(migrateAnswerSet(QUESTION_BANK, { ...v1, bankVersion: 0 })).toEqual({
      ok: false,
      error: { kind: 'unsupported-version', found: 0, supported: 1 },
    });
  });

  test('a migration that does not move the version on is reported, never scored against the wrong bank', () => {
    const broken: AnswerSetMigrations = { 0: { questionIds: { full: [], quick: [] }, migrate: (answerSet) => answerSet } };
    expect(migrateAnswerSet(QUESTION_BANK, { ...v1, bankVersion: 0 }, broken)).toEqual({
      ok: false,
      error: { kind: 'migration-failed', from: 0, message: 'the answers came out on version 0, not 1' },
    });
  });

  test('a migration that throws is reported with its message', () => {
    const throwing: AnswerSetMigrations = {
      0: {
        questionIds: { full: [], quick: [] },
        migrate: () => {
          throw new Error('no such question');
        },
      },
    };
    expect(migrateAnswerSet(QUESTION_BANK, { ...v1, bankVersion: 0 }, throwing)).toEqual({
      ok: false,
      error: { kind: 'migration-failed', from: 0, message: 'no such question' },
    });
  });
});

describe('readAnswerSet', () => {
  test('migrates, then checks the rules, each problem as a sentence naming the question', () => {
    expect(readAnswerSet(QUESTION_BANK, { bankVersion: 1, mode: 'quick', answers: { nope: { kind: 'dont-know' } } })).toEqual({
      ok: false,
      error: invalid(['There is no question with id "nope" in version 1 of the assessment.']),
    });
    expect(readAnswerSet(QUESTION_BANK, { bankVersion: 1, mode: 'quick', answers: {} })).toEqual({ ok: true, value: { bankVersion: 1, mode: 'quick', answers: {} } });
  });
});
