import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../src/lib/assessment/assessment-record.ts';
import { encodeShareCode } from '../../src/lib/assessment/encode-share-code.ts';
import { encodeTeamShareCode } from '../../src/lib/assessment/encode-team-share-code.ts';
import {
  describeFileTooLarge,
  extractPastedCode,
  getPreviewForFragment,
  getResultShareUrl,
  getTeamShareUrl,
  readAssessmentFile,
  readShareFragment,
} from '../../src/stores/assessment-share.ts';
import { makeAnswerSet } from '../lib/assessment/make-answer-set.ts';

const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '3452 d1-5');
const code = encodeShareCode(QUESTION_BANK, answerSet);

describe('readShareFragment', () => {
  it('reads a result code and a team code, with or without the #', () => {
    expect(readShareFragment(`#r=${code}`)).toEqual({ kind: 'result', code });
    expect(readShareFragment('t=T1~-~~1.q3')).toEqual({ kind: 'team', code: 'T1~-~~1.q3' });
  });

  it('undoes percent-encoding a chat app may have added, and survives a stray %', () => {
    expect(readShareFragment('#t=T1%7E-%7E%7E1.q3')).toEqual({ kind: 'team', code: 'T1~-~~1.q3' });
    expect(readShareFragment('#r=1.q%zz')).toEqual({ kind: 'result', code: '1.q%zz' });
  });

  it('leaves an empty fragment and in-page anchors alone', () => {
    expect(readShareFragment('')).toEqual({ kind: 'none' });
    expect(readShareFragment('#')).toEqual({ kind: 'none' });
    expect(readShareFragment('#main')).toEqual({ kind: 'other' });
  });

  it('treats a key with no code after it as no link at all', () => {
    expect(readShareFragment('#r=')).toEqual({ kind: 'none' });
    expect(readShareFragment('#r=%20')).toEqual({ kind: 'none' });
    expect(readShareFragment('#t=')).toEqual({ kind: 'none' });
  });
});

describe('extractPastedCode', () => {
  it('takes the code out of a full link, a team link or a bare code', () => {
    expect(extractPastedCode(`  https://touchpoint.example/assessment/#r=${code}\n`)).toEqual({ kind: 'result', code });
    expect(extractPastedCode('https://touchpoint.example/assessment/team/#t=T1~-~~x')).toEqual({ kind: 'team', code: 'T1~-~~x' });
    expect(extractPastedCode(code)).toEqual({ kind: 'result', code });
    expect(extractPastedCode('T1~-~~x')).toEqual({ kind: 'team', code: 'T1~-~~x' });
  });

  it('classifies by the code, not the key: a team code under #r= is a team, one person’s under #t= is one', () => {
    expect(extractPastedCode('https://touchpoint.example/assessment/#r=T1~-~~x')).toEqual({ kind: 'team', code: 'T1~-~~x' });
    expect(extractPastedCode(`https://touchpoint.example/assessment/team/#t=${code}`)).toEqual({ kind: 'result', code });
  });

  it('treats a bare fragment without a key as a code', () => {
    expect(extractPastedCode(`#${code}`)).toEqual({ kind: 'result', code });
  });
});

describe('share links', () => {
  it('put the code after the # so it never reaches a server', () => {
    expect(getResultShareUrl('https://touchpoint.example', code)).toBe(`https://touchpoint.example/assessment/#r=${code}`);
    expect(getTeamShareUrl('https://touchpoint.example', 'T1~x')).toBe('https://touchpoint.example/assessment/team/#t=T1~x');
  });
});

describe('getPreviewForFragment', () => {
  it('opens a valid link read-only with its answers', () => {
    expect(getPreviewForFragment(`#r=${code}`)).toEqual({ source: 'link', code, answerSet });
  });

  it('explains a truncated, tampered or future link', () => {
    expect(getPreviewForFragment(`#r=${code.slice(0, 8)}`)).toEqual({
      source: 'link-error',
      message: 'This code is incomplete: the end is missing. Copy the whole link or code again.',
    });
    const tampered = code.replace('.q3', '.q4');
    expect(getPreviewForFragment(`#r=${tampered}`)).toMatchObject({ source: 'link-error', message: expect.stringContaining('checksum') });
    expect(getPreviewForFragment('#r=2.q33333333..AAAA')).toMatchObject({
      source: 'link-error',
      message: expect.stringContaining('newer version of the assessment (question version 2; this page has 1)'),
    });
  });

  it('points a team link to the team page, with a link that opens it there', () => {
    const team = encodeTeamShareCode(QUESTION_BANK, [answerSet]);
    const expected = {
      source: 'link-error',
      message: 'This is a team result, not one person’s: open it on the team results page (/assessment/team/).',
      teamHref: `/assessment/team/#t=${team}`,
    };
    expect(getPreviewForFragment(`#t=${team}`)).toEqual(expected);
    // Pasted under the single view's key: named as a team result, not as a bad "~" character.
    expect(getPreviewForFragment(`#r=${team}`)).toEqual(expected);
  });

  it('shows nothing for no fragment, an anchor, or a key with nothing after it', () => {
    expect(getPreviewForFragment('#r=')).toBeUndefined();
    expect(getPreviewForFragment('')).toBeUndefined();
    expect(getPreviewForFragment('#main')).toBeUndefined();
  });
});

describe('readAssessmentFile', () => {
  it('opens an exported file as a preview', () => {
    const record = createAssessmentRecord(answerSet, new Date('2026-03-01T10:00:00Z'));
    expect(readAssessmentFile('mine.json', exportAssessmentJson(record))).toEqual({ ok: true, value: { source: 'file', fileName: 'mine.json', record } });
  });

  it('names the field that is wrong in a file of the wrong shape', () => {
    const text = JSON.stringify({ format: 'touchpoint-cx-assessment', bankVersion: 1, mode: 'slow', completedAt: '2026-03-01T10:00:00Z', answers: {} });
    expect(readAssessmentFile('bad.json', text)).toEqual({
      ok: false,
      error: ['Some fields in this file are wrong:', 'mode: expected one of "full", "quick", got "slow"'],
    });
  });

  it('says when a file is not JSON or is a team file', () => {
    expect(readAssessmentFile('notes.json', 'hello')).toEqual({
      ok: false,
      error: ['This file is not JSON. Choose a file exported from the assessment (it ends in .json).'],
    });
    expect(readAssessmentFile('team.json', '{"format":"touchpoint-cx-team"}')).toEqual({
      ok: false,
      error: ['This is a team results file. Open it from the team results page instead.'],
    });
  });

  it('refuses files far larger than an export before reading them', () => {
    expect(describeFileTooLarge('a.json', 2_500_000)).toBe('a.json is 2.5 MB; exported assessment files are a few kilobytes, so this is not one (the limit is 1 MB).');
    expect(describeFileTooLarge('a.json', 4_000)).toBeUndefined();
  });
});
