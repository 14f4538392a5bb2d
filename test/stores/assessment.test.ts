import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { $assessmentHistory, $assessmentPreview, $assessmentProgress, $assessmentTargets, clearAnswer, closePreview, continueWithFullAssessment, goToStep, openPreview, resetTargets, setAnswer, setRespondent, setTarget, startAssessment, startOver } from '../../src/stores/assessment.ts';
import { deleteFromHistory, finishAssessment, importAsOwnAssessment, restoreToHistory } from '../../src/stores/assessment-history.ts';
import { countAnswered, countAnsweredByDimension } from '../../src/lib/assessment/assessment-progress.ts';
import { INITIAL_PROGRESS, hasUnsavedWork } from '../../src/lib/assessment/progress-start.ts';
import { KEPT_ASIDE_PREFIX, setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { $storageNotices } from '../../src/stores/storage-notices.ts';
import { makeAnswerSet } from '../lib/assessment/make-answer-set.ts';
import { memoryStorage } from '../support/memory-storage.ts';

const stores = [$assessmentProgress, $assessmentTargets, $assessmentHistory] as const;
let storage: ReturnType<typeof memoryStorage>;

// The stores' validators load on first use (they bring zod and the bank); once loaded, reads are synchronous.
beforeAll(() => Promise.all(stores.map((store) => store.ready())));

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  $storageNotices.set([]);
  for (const store of stores) keepMount(store);
  $assessmentProgress.set(INITIAL_PROGRESS);
  $assessmentTargets.set({});
  $assessmentHistory.set([]);
  storage.data.clear();
  closePreview();
});

afterEach(() => {
  cleanStores(...stores);
  setStorageForTests(undefined);
});

/** Writes raw stored data, then remounts the store so it reads it as a fresh page would. */
function reloadFromStorage(key: string, raw: string): void {
  storage.data.set(`touchpoint:${key}`, raw);
  cleanStores(...stores);
  for (const store of stores) keepMount(store);
}

describe('answers in progress', () => {
  it('starts in the chosen mode at the first dimension and saves under a versioned key', () => {
    startAssessment('quick');
    expect($assessmentProgress.get()).toMatchObject({ mode: 'quick', view: 'questions', step: 0, answers: {} });
    expect(JSON.parse(storage.data.get('touchpoint:assessment-progress') ?? '{}')).toMatchObject({ v: 1, data: { mode: 'quick' } });
  });

  it('saves each answer as it is given, replaces it, and clears it', () => {
    startAssessment('full');
    setAnswer('strategy-vision', { kind: 'level', level: 3 });
    setAnswer('strategy-vision', { kind: 'dont-know' });
    setAnswer('strategy-ownership', { kind: 'level', level: 2 });
    expect($assessmentProgress.get().answers).toEqual({ 'strategy-vision': { kind: 'dont-know' }, 'strategy-ownership': { kind: 'level', level: 2 } });
    expect(storage.data.get('touchpoint:assessment-progress')).toContain('"strategy-ownership":{"kind":"level","level":2}');
    clearAnswer('strategy-vision');
    expect(Object.keys($assessmentProgress.get().answers)).toEqual(['strategy-ownership']);
    expect(countAnswered($assessmentProgress.get())).toEqual({ asked: 32, answered: 1, dontKnow: 0 });
    expect(countAnsweredByDimension($assessmentProgress.get())[0]).toEqual({ dimensionId: 'strategy-leadership', asked: 4, answered: 1, dontKnow: 0 });
  });

  it('moves between steps and keeps the step inside the bank', () => {
    startAssessment('full');
    goToStep(3, QUESTION_BANK);
    expect($assessmentProgress.get().step).toBe(3);
    goToStep(99, QUESTION_BANK);
    expect($assessmentProgress.get().step).toBe(7);
    goToStep(-4, QUESTION_BANK);
    expect($assessmentProgress.get().step).toBe(0);
    goToStep(2.7, QUESTION_BANK);
    expect($assessmentProgress.get().step).toBe(2);
  });

  it('resumes after a reload where the person was', () => {
    startAssessment('full');
    setAnswer('journeys-maps', { kind: 'level', level: 4 });
    goToStep(2, QUESTION_BANK);
    const saved = storage.data.get('touchpoint:assessment-progress') ?? '';
    $assessmentProgress.set(INITIAL_PROGRESS);
    reloadFromStorage('assessment-progress', saved);
    expect($assessmentProgress.get()).toMatchObject({ view: 'questions', step: 2, answers: { 'journeys-maps': { kind: 'level', level: 4 } } });
  });

  it('a person in the middle of an assessment has unsaved work; a fresh or finished one has not', () => {
    expect(hasUnsavedWork($assessmentProgress.get())).toBe(false);
    startAssessment('full');
    setAnswer('strategy-vision', { kind: 'level', level: 1 });
    expect(hasUnsavedWork($assessmentProgress.get())).toBe(true);
    finishAssessment(new Date('2026-03-01T10:00:00Z'));
    expect(hasUnsavedWork($assessmentProgress.get())).toBe(false);
  });
});

describe('finishing', () => {
  it('refuses to finish while answers break the rules, saving nothing', () => {
    startAssessment('full');
    setAnswer('voc-sources', { kind: 'not-applicable', reason: '' });
    const finished = finishAssessment(new Date('2026-03-01T10:00:00Z'));
    expect(finished.ok).toBe(false);
    expect($assessmentHistory.get()).toEqual([]);
    expect($assessmentProgress.get().view).toBe('questions');
  });

  it('saves the finished assessment in history with its date and shows the results, unanswered questions allowed', () => {
    startAssessment('quick');
    setAnswer('strategy-vision', { kind: 'level', level: 3 });
    const finished = finishAssessment(new Date('2026-03-01T10:00:00Z'));
    expect(finished.ok).toBe(true);
    expect($assessmentHistory.get()).toEqual([
      { format: 'touchpoint-cx-assessment', bankVersion: 1, mode: 'quick', completedAt: '2026-03-01T10:00:00.000Z', answers: { 'strategy-vision': { kind: 'level', level: 3 } } },
    ]);
    expect($assessmentProgress.get()).toMatchObject({ view: 'results', completedAt: '2026-03-01T10:00:00.000Z' });
  });

  it('finishing again after revising replaces the earlier save of the same assessment', () => {
    startAssessment('quick');
    setAnswer('strategy-vision', { kind: 'level', level: 3 });
    finishAssessment(new Date('2026-03-01T10:00:00Z'));
    goToStep(0, QUESTION_BANK);
    setAnswer('strategy-vision', { kind: 'level', level: 4 });
    finishAssessment(new Date('2026-03-02T10:00:00Z'));
    expect($assessmentHistory.get().map((record) => [record.completedAt, record.answers['strategy-vision']])).toEqual([
      ['2026-03-02T10:00:00.000Z', { kind: 'level', level: 4 }],
    ]);
  });

  it('a new assessment after a finished one keeps the earlier one in history', () => {
    startAssessment('quick');
    finishAssessment(new Date('2026-03-01T10:00:00Z'));
    startAssessment('quick');
    finishAssessment(new Date('2026-04-01T10:00:00Z'));
    expect($assessmentHistory.get()).toHaveLength(2);
  });

  it('starting over clears the answers but keeps history and targets', () => {
    startAssessment('quick');
    setAnswer('strategy-vision', { kind: 'level', level: 3 });
    finishAssessment(new Date('2026-03-01T10:00:00Z'));
    setTarget('strategy-leadership', 5);
    startOver();
    expect($assessmentProgress.get()).toEqual(INITIAL_PROGRESS);
    expect($assessmentHistory.get()).toHaveLength(1);
    expect($assessmentTargets.get()).toEqual({ 'strategy-leadership': 5 });
  });

  it('a quick assessment continues as the full one, keeping its answers', () => {
    startAssessment('quick');
    setAnswer('strategy-vision', { kind: 'level', level: 3 });
    finishAssessment(new Date('2026-03-01T10:00:00Z'));
    continueWithFullAssessment();
    expect($assessmentProgress.get()).toMatchObject({ mode: 'full', view: 'questions', step: 0, answers: { 'strategy-vision': { kind: 'level', level: 3 } } });
    expect(countAnswered($assessmentProgress.get())).toEqual({ asked: 32, answered: 1, dontKnow: 0 });
  });

  it('keeps a label and role with the answers, dropping empty fields', () => {
    setRespondent({ label: '  Ana ', role: 'front-line' });
    expect($assessmentProgress.get().respondent).toEqual({ label: 'Ana', role: 'front-line' });
    setRespondent({ label: ' ' });
    expect($assessmentProgress.get().respondent).toBeUndefined();
  });
});

describe('targets', () => {
  it('sets, resets one and resets all', () => {
    setTarget('strategy-leadership', 4);
    setTarget('measurement-metrics', 5);
    setTarget('strategy-leadership', undefined);
    expect($assessmentTargets.get()).toEqual({ 'measurement-metrics': 5 });
    resetTargets();
    expect($assessmentTargets.get()).toEqual({});
  });

  it('keeps stored targets that are not levels aside, with a notice', () => {
    reloadFromStorage('assessment-targets', '{"v":1,"data":{"strategy-leadership":7}}');
    expect($assessmentTargets.get()).toEqual({});
    expect([...storage.data.keys()].some((key) => key.startsWith(`${KEPT_ASIDE_PREFIX}assessment-targets:`))).toBe(true);
    expect($storageNotices.get()).toEqual([expect.objectContaining({ kind: 'unreadable', key: 'touchpoint:assessment-targets' })]);
  });
});

describe('stored progress that cannot be read', () => {
  it('is kept aside with a notice, never silently shortened', () => {
    const raw = JSON.stringify({ v: 1, data: { ...INITIAL_PROGRESS, answers: { 'no-such-question': { kind: 'dont-know' } } } });
    reloadFromStorage('assessment-progress', raw);
    expect($assessmentProgress.get()).toEqual(INITIAL_PROGRESS);
    const keptKey = [...storage.data.keys()].find((key) => key.startsWith(`${KEPT_ASIDE_PREFIX}assessment-progress:`));
    expect(storage.data.get(keptKey ?? '')).toBe(raw);
    expect($storageNotices.get()[0]).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('no-such-question') });
  });
});

describe('history', () => {
  it('deletes an entry and puts it back on undo', () => {
    startAssessment('quick');
    finishAssessment(new Date('2026-03-01T10:00:00Z'));
    const removed = deleteFromHistory('2026-03-01T10:00:00.000Z');
    expect($assessmentHistory.get()).toEqual([]);
    restoreToHistory(removed ?? ({} as never));
    expect($assessmentHistory.get()).toHaveLength(1);
  });
});

describe('shared and imported results', () => {
  it('a preview never touches the person’s own answers', () => {
    startAssessment('full');
    setAnswer('strategy-vision', { kind: 'level', level: 1 });
    const before = storage.data.get('touchpoint:assessment-progress');
    openPreview({ source: 'link', code: 'x', answerSet: makeAnswerSet(QUESTION_BANK, 'quick', '5555 5555') });
    expect($assessmentPreview.get()?.source).toBe('link');
    closePreview();
    expect(storage.data.get('touchpoint:assessment-progress')).toBe(before);
  });

  it('importing makes the answers the person’s own finished assessment and keeps it in history', () => {
    const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '5555 5555');
    importAsOwnAssessment(answerSet, new Date('2026-05-01T08:00:00Z'), { role: 'leadership' });
    expect($assessmentProgress.get()).toMatchObject({ view: 'results', mode: 'quick', completedAt: '2026-05-01T08:00:00.000Z', respondent: { role: 'leadership' } });
    expect($assessmentHistory.get()).toHaveLength(1);
  });
});
