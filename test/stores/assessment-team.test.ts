import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../src/lib/assessment/assessment-record.ts';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { encodeTeamShareCode } from '../../src/lib/assessment/team-share-code.ts';
import { exportTeamJson } from '../../src/lib/assessment/team-record.ts';
import type { TeamRespondent } from '../../src/lib/assessment/team-respondent.ts';
import {
  $teamState,
  addTeamRespondents,
  clearTeam,
  getTeamPreviewForFragment,
  getTeamView,
  INITIAL_TEAM_STATE,
  parseTeamState,
  readPastedCodes,
  readTeamFiles,
  removeTeamRespondent,
  restoreTeamRespondent,
  updateTeamRespondent,
} from '../../src/stores/assessment-team.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { $storageNotices } from '../../src/stores/storage-notices.ts';
import { makeAnswerSet } from '../lib/assessment/make-answer-set.ts';
import { memoryStorage } from '../support/memory-storage.ts';

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  $storageNotices.set([]);
  keepMount($teamState);
  $teamState.set(INITIAL_TEAM_STATE);
});

afterEach(() => {
  cleanStores($teamState);
  setStorageForTests(undefined);
});

const low = makeAnswerSet(QUESTION_BANK, 'full', '1111 2222 2222 2222 2222 2222 2222 2222');
const middle = makeAnswerSet(QUESTION_BANK, 'full', '3333 2222 2222 2222 2222 2222 2222 2222');
const high = makeAnswerSet(QUESTION_BANK, 'full', '4444 2222 2222 2222 2222 2222 2222 2222');
const link = (answers: typeof low) => `https://touchpoint.example/assessment/#r=${encodeShareCode(QUESTION_BANK, answers)}`;

describe('readPastedCodes', () => {
  it('reads links and bare codes separated by lines or spaces', () => {
    const outcome = readPastedCodes(`${link(low)}\n\n  ${encodeShareCode(QUESTION_BANK, middle)} ${link(high)}`);
    expect(outcome.respondents).toEqual([low, middle, high]);
    expect(outcome.problems).toEqual([]);
    expect(outcome.unreadEntries).toEqual([]);
  });

  it('adds every respondent of a team link', () => {
    const team = encodeTeamShareCode(QUESTION_BANK, [{ ...low, respondent: { role: 'leadership' } }, high]);
    const outcome = readPastedCodes(`https://touchpoint.example/assessment/team/#t=${team}`);
    expect(outcome.respondents).toEqual([{ ...low, respondent: { role: 'leadership' } }, high]);
  });

  it('reads a team code pasted as a single link (#r=) as the team it is', () => {
    const team = encodeTeamShareCode(QUESTION_BANK, [low, high]);
    const outcome = readPastedCodes(`https://touchpoint.example/assessment/#r=${team}`);
    expect(outcome).toEqual({ respondents: [low, high], problems: [], unreadEntries: [] });
  });

  it('reports each entry it cannot read, and keeps it to correct, while adding the rest', () => {
    const good = encodeShareCode(QUESTION_BANK, middle);
    const outcome = readPastedCodes(`${good}\n${good.slice(0, 15)}\n9.q33333333..AAAA\nT1~z~~${good}`);
    expect(outcome.respondents).toEqual([middle]);
    expect(outcome.unreadEntries).toEqual([good.slice(0, 15), '9.q33333333..AAAA', `T1~z~~${good}`]);
    expect(outcome.problems.map((problem) => problem.message)).toEqual([
      { headline: 'This code is incomplete: its end is missing. Copy the whole code again.', details: [] },
      {
        headline: 'This code was made by a newer version of the CX maturity assessment (format 9; this page reads up to 1). Reload the page to get the latest version.',
        details: [],
      },
      { headline: 'Respondent 1: “z” is not a known role.', details: [] },
    ]);
    expect(outcome.problems[0]?.source).toBe(`Entry 2 (${good.slice(0, 12)}…)`);
  });

  it('reads the links in a chat message and leaves the words around them out; a line with no link is one problem', () => {
    const good = encodeShareCode(QUESTION_BANK, middle);
    const outcome = readPastedCodes(`Ana: ${link(low)} and Bea ${good}\r\nhello this is not a link\n\nCy — ${link(high)}`);
    expect(outcome.respondents).toEqual([low, middle, high]);
    expect(outcome.unreadEntries).toEqual(['hello this is not a link']);
    expect(outcome.problems).toEqual([{ source: 'Entry 3 (hello this i…)', message: { headline: 'This line has no share link or code in it.', details: [] } }]);
  });

  it('reads nothing from an empty box', () => {
    expect(readPastedCodes('  \n ')).toEqual({ respondents: [], problems: [], unreadEntries: [] });
  });
});

describe('readTeamFiles', () => {
  it('reads an exported assessment as one respondent, keeping its label and role', () => {
    const record = createAssessmentRecord(low, new Date('2026-03-01T10:00:00Z'), { label: 'Ana', role: 'front-line' });
    const text = exportAssessmentJson(record);
    expect(readTeamFiles([{ name: 'ana.json', size: text.length, text }])).toEqual({
      respondents: [{ ...low, respondent: { label: 'Ana', role: 'front-line' } }],
      problems: [],
      unreadEntries: [],
    });
  });

  it('reads an exported team', () => {
    const team: TeamRespondent[] = [low, { ...high, respondent: { label: 'Bo' } }];
    const text = exportTeamJson(team, new Date('2026-03-01T10:00:00Z'));
    expect(readTeamFiles([{ name: 'team.json', size: text.length, text }]).respondents).toEqual(team);
  });

  it('names the file, the respondent and the field for each file it cannot use', () => {
    const badTeam = JSON.stringify({
      format: 'touchpoint-cx-team',
      exportedAt: '2026-03-01T10:00:00Z',
      respondents: [low, { ...high, bankVersion: 3 }],
    });
    const outcome = readTeamFiles([
      { name: 'ok.json', size: 100, text: exportAssessmentJson(createAssessmentRecord(middle, new Date('2026-03-01T10:00:00Z'))) },
      { name: 'team.json', size: 100, text: badTeam },
      { name: 'other.json', size: 10, text: '{"format":"something-else"}' },
      { name: 'huge.json', size: 5_000_000, text: undefined },
    ]);
    expect(outcome.respondents).toEqual([middle]);
    expect(outcome.problems).toEqual([
      {
        source: 'team.json',
        message: {
          headline: 'Respondent 2: This entry was made by a newer version of the CX maturity assessment (format 3; this page reads up to 1). Reload the page to get the latest version.',
          details: [],
        },
      },
      { source: 'other.json', message: { headline: 'This file is for another tool (its format is “something-else”), not the CX maturity assessment. Open it there.', details: [] } },
      { source: 'huge.json', message: { headline: 'This file holds 5 MB of data; the CX maturity assessment reads at most 1 MB.', details: [] } },
    ]);
  });
});

describe('the team list', () => {
  it('adds, labels, removes with undo and clears respondents, saving each change', () => {
    addTeamRespondents([low, middle]);
    updateTeamRespondent(1, { label: '  Bo ', role: 'management' });
    expect($teamState.get().respondents[1]).toEqual({ ...middle, respondent: { label: 'Bo', role: 'management' } });
    updateTeamRespondent(1, { label: '' });
    expect($teamState.get().respondents[1]).toEqual(middle);
    const removed = removeTeamRespondent(0);
    expect($teamState.get().respondents).toEqual([middle]);
    restoreTeamRespondent(0, removed ?? low);
    expect($teamState.get().respondents).toEqual([low, middle]);
    expect(storage.data.get('touchpoint:assessment-team')).toContain('"v":1');
    clearTeam();
    expect($teamState.get().respondents).toEqual([]);
  });

  it('holds at most 100 respondents and says how many did not fit', () => {
    addTeamRespondents(Array.from({ length: 98 }, () => low));
    expect(addTeamRespondents([middle, middle, high, high])).toEqual({ added: 2, notAdded: 2 });
    expect($teamState.get().respondents).toHaveLength(100);
  });

  it('keeps a stored team it cannot read aside rather than dropping respondents', () => {
    expect(parseTeamState({ respondents: [low, { ...high, answers: { nope: { kind: 'dont-know' } } }] })).toEqual({
      ok: false,
      error: 'Respondent 2: There is no question with id "nope" in version 1 of the assessment.',
    });
  });
});

describe('getTeamView', () => {
  it('flags the question the team disagrees on and lists it first to discuss', () => {
    const view = getTeamView([low, middle, high], {});
    expect(view.discussFirst.map((point) => point.questionId)).toEqual([
      'strategy-vision',
      'strategy-ownership',
      'strategy-decisions',
      'strategy-investment',
    ]);
    // Levels 1, 3, 4 by hand: spread 3; mean 8/3, squared distances 25/9, 1/9, 16/9, so the SD is √(14/9) = 1.2472.
    expect(view.discussFirst[0]).toMatchObject({
      dimensionId: 'strategy-leadership',
      spread: 3,
      answered: 3,
      dontKnow: 0,
      levels: [{ level: 1, respondents: [0] }, { level: 3, respondents: [1] }, { level: 4, respondents: [2] }],
    });
    expect(view.discussFirst[0]?.standardDeviation).toBeCloseTo(1.2472, 4);
    expect(view.team.dimensions.find((dimension) => dimension.dimensionId === 'strategy-leadership')?.disagreement).toBe(true);
    expect(view.team.dimensions.find((dimension) => dimension.dimensionId === 'voice-of-customer')?.disagreement).toBe(false);
  });

  it('ranks the team’s priorities by level gap, then by disagreement', () => {
    // Every median is Emerging (2) with the default target Defined (3): disagreement breaks the tie.
    const view = getTeamView([low, middle, high], {});
    expect(view.priorities[0]).toMatchObject({ dimensionId: 'strategy-leadership', levelGap: 1, disagreement: 3 });
    // A bigger gap wins over disagreement.
    const chosen = getTeamView([low, middle, high], { 'voice-of-customer': 5 });
    expect(chosen.priorities[0]).toMatchObject({ dimensionId: 'voice-of-customer', levelGap: 3 });
  });

  it('reports a repeat and leaves it out of the numbers', () => {
    const view = getTeamView([low, high, low], {});
    expect(view.team.duplicates).toEqual([{ index: 2, duplicateOf: 0, reason: 'same-code' }]);
    expect(view.team.countedRespondents).toBe(2);
  });
});

describe('getTeamPreviewForFragment', () => {
  it('opens a team link read-only, and one person’s link as a team of one', () => {
    const team = encodeTeamShareCode(QUESTION_BANK, [low, high]);
    expect(getTeamPreviewForFragment(`#t=${team}`)).toEqual({ kind: 'team', code: team, respondents: [low, high] });
    expect(getTeamPreviewForFragment(`#r=${encodeShareCode(QUESTION_BANK, low)}`)).toMatchObject({ kind: 'team', respondents: [low] });
  });

  it('reads a code by what it is, whatever key it came under', () => {
    const team = encodeTeamShareCode(QUESTION_BANK, [low, high]);
    const single = encodeShareCode(QUESTION_BANK, low);
    expect(getTeamPreviewForFragment(`#r=${team}`)).toEqual({ kind: 'team', code: team, respondents: [low, high] });
    expect(getTeamPreviewForFragment(`#t=${single}`)).toEqual({ kind: 'team', code: single, respondents: [low] });
    expect(getTeamPreviewForFragment('#t=')).toBeUndefined();
    expect(getTeamPreviewForFragment('#r=')).toBeUndefined();
  });

  it('explains a broken team link', () => {
    expect(getTeamPreviewForFragment('#t=T1~l~QW5h')).toEqual({
      kind: 'error',
      message: { headline: 'This team link is incomplete: its end is missing. Copy the whole team link again.', details: [] },
    });
    expect(getTeamPreviewForFragment('#t=T9~-~~x')).toEqual({
      kind: 'error',
      message: {
        headline: 'This team link was made by a newer version of the CX maturity assessment (format 9; this page reads up to 2). Reload the page to get the latest version.',
        details: [],
      },
    });
  });

  it('shows nothing without a fragment', () => {
    expect(getTeamPreviewForFragment('')).toBeUndefined();
    expect(getTeamPreviewForFragment('#main')).toBeUndefined();
  });
});
