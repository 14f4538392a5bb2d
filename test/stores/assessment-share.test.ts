import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../src/lib/assessment/assessment-record.ts';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { encodeTeamShareCode } from '../../src/lib/assessment/team-share-code.ts';
import {
  getPreviewForFragment,
  getResultShareUrl,
  getTeamShareUrl,
  readAssessmentFile,
} from '../../src/stores/assessment-share.ts';
import { makeAnswerSet } from '../lib/assessment/make-answer-set.ts';

const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '3452 d1-5');
const code = encodeShareCode(QUESTION_BANK, answerSet);

describe('share links', () => {
  it('put the code after the # so it never reaches a server', () => {
    expect(getResultShareUrl('https://touchpoint.example', code)).toBe(`https://touchpoint.example/assessment/#r=${code}`);
    expect(getTeamShareUrl('https://touchpoint.example', 'T2~x')).toBe('https://touchpoint.example/assessment/team/#t=T2~x');
  });
});

describe('getPreviewForFragment', () => {
  it('opens a valid link read-only with its answers', () => {
    expect(getPreviewForFragment(`#r=${code}`)).toEqual({ source: 'link', code, answerSet });
  });

  it('explains a truncated, tampered or future link', () => {
    expect(getPreviewForFragment(`#r=${code.slice(0, 8)}`)).toEqual({
      source: 'link-error',
      message: { headline: 'This share link is incomplete: its end is missing. Copy the whole share link again.', details: [] },
    });
    const tampered = code.replace('.q3', '.q4');
    expect(getPreviewForFragment(`#r=${tampered}`)).toMatchObject({ source: 'link-error', message: { headline: expect.stringContaining('check characters do not match') } });
    expect(getPreviewForFragment('#r=2.q33333333..AAAA')).toMatchObject({
      source: 'link-error',
      message: { headline: expect.stringContaining('newer version of the CX maturity assessment (format 2; this page reads up to 1)') },
    });
    expect(getPreviewForFragment(`#r=${code}${'A'.repeat(50_000)}`)).toMatchObject({
      source: 'link-error',
      message: { headline: expect.stringContaining('the CX maturity assessment reads at most 16,000 characters') },
    });
  });

  it('points a team link to the team page, with a link that opens it there', () => {
    const team = encodeTeamShareCode(QUESTION_BANK, [answerSet]);
    const expected = {
      source: 'link-error',
      message: { headline: 'This is a team result, not one person’s: open it on the team results page (/assessment/team/).', details: [] },
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
      error: { headline: 'This file has a problem: mode: should be one of "full", "quick"; got "slow".', details: [] },
    });
  });

  it('says when a file is not JSON or is a team file', () => {
    expect(readAssessmentFile('notes.json', 'hello')).toMatchObject({
      ok: false,
      error: { headline: 'This file is not valid JSON (it may be cut off, or not an export of the CX maturity assessment).' },
    });
    expect(readAssessmentFile('team.json', '{"format":"touchpoint-cx-team"}')).toEqual({
      ok: false,
      error: { headline: 'This file is for the team results page (/assessment/team/), not the CX maturity assessment. Open it there.', details: [] },
    });
  });
});
