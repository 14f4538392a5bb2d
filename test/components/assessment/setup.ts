import { cleanStores, keepMount } from 'nanostores';
import { assessmentViews } from '../../../src/components/assessment/AssessmentApp.tsx';
import { teamViews } from '../../../src/components/assessment/TeamApp.tsx';
import { getBankSize } from '../../../src/components/assessment/AssessmentIntro.tsx';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import type { AnswerSet } from '../../../src/lib/assessment/answer-set.ts';
import { $assessmentHistory, $assessmentPreview, $assessmentProgress, $assessmentTargets, $teamPreview } from '../../../src/stores/assessment.ts';
import { INITIAL_PROGRESS } from '../../../src/lib/assessment/progress-start.ts';
import { $teamState, INITIAL_TEAM_STATE } from '../../../src/stores/assessment-team.ts';
import { setStorageForTests } from '../../../src/stores/persisted-atom.ts';
import { $sharedResults } from '../../../src/stores/assessment-shared.ts';
import { $storageNotices } from '../../../src/stores/storage-notices.ts';
import { makeAnswerSet } from '../../lib/assessment/make-answer-set.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

const persisted = [$assessmentProgress, $assessmentTargets, $assessmentHistory, $teamState, $sharedResults] as const;

/** Fresh in-memory storage and empty stores, with no fragment in the address. */
export function resetAssessmentState(): ReturnType<typeof memoryStorage> {
  const storage = memoryStorage();
  setStorageForTests(storage);
  for (const store of persisted) keepMount(store);
  $assessmentProgress.set(INITIAL_PROGRESS);
  $assessmentTargets.set({});
  $assessmentHistory.set([]);
  $sharedResults.set([]);
  $teamState.set(INITIAL_TEAM_STATE);
  $assessmentPreview.set(undefined);
  $teamPreview.set(undefined);
  $storageNotices.set([]);
  storage.data.clear();
  window.history.replaceState(null, '', '/assessment/');
  delete document.documentElement.dataset.sharedLink;
  return storage;
}

export function releaseAssessmentState(): void {
  cleanStores(...persisted);
  setStorageForTests(undefined);
}

/** Answers in share-code notation (see test/lib/assessment/make-answer-set.ts). */
export function answers(mode: 'full' | 'quick', notation: string): AnswerSet {
  return makeAnswerSet(QUESTION_BANK, mode, notation);
}

/** Puts finished answers into the person's own progress, on the results view. */
export function seedFinished(answerSet: AnswerSet, completedAt = '2026-03-01T10:00:00.000Z'): void {
  $assessmentProgress.set({ ...INITIAL_PROGRESS, ...answerSet, answers: { ...answerSet.answers }, view: 'results', completedAt });
}

/** The props the assessment page gives the island. */
export const BANK_SIZE = getBankSize(QUESTION_BANK);

export const GUIDE_TITLES = { 'cx-maturity': 'CX maturity: the model behind the self-assessment', 'voice-of-the-customer': 'Voice of the customer' };

/**
 * Load the bank, the questions, the results, history and preview views, and read the saved answers (the page does
 * this after its first render): once loaded, the app shows them at once, so a test can act on them without waiting.
 * AssessmentViews.test.tsx covers the wait.
 */
export async function loadAssessmentViews(): Promise<void> {
  await assessmentViews.load();
}

/** The same for the team page: its list, results and readers of links and files. */
export async function loadTeamViews(): Promise<void> {
  await teamViews.load();
}
