/**
 * State of the CX maturity self-assessment: the answers in progress (with the view and step the person
 * was on), the targets they chose, and their finished assessments.
 *
 * Data shapes in localStorage (each in persistedAtom's `{"v": <version>, "data": …}` envelope):
 * - `touchpoint:assessment-progress` v1: `{ bankVersion, mode, answers, view, step, completedAt?, respondent? }`.
 *   `answers` may hold work in progress that scoring rejects (a "Not applicable" whose reason is still being
 *   typed, two N/A in one dimension): the steps show those problems and finishing asks to fix them.
 * - `touchpoint:assessment-targets` v1: `{ [dimensionId]: 1–5 }`, only the targets the person chose.
 * - `touchpoint:assessment-history` v1: finished assessments as exported records, oldest first.
 *
 * Migration: a new storage shape bumps the version and adds a `migrations` entry. A new question-bank
 * version needs no storage migration: stored answers are carried forward with migrateAnswerSet when read,
 * and answers that cannot be carried forward are kept aside with a notice, never dropped.
 *
 * What the progress means (reading it back, counts, problems, the result) is pure and lives in
 * `src/lib/assessment/assessment-progress.ts`; previews in `assessment-preview.ts`. This module imports neither
 * zod nor the question bank, so the introduction renders without them (issue 17): the stores' validators load
 * after first render, and the actions that check answers or build records are in `assessment-history.ts`.
 */
import { atom } from 'nanostores';
import type { Answer, AssessmentMode } from '../lib/assessment/answer-set.ts';
import type { AssessmentHistory } from '../lib/assessment/assessment-history.ts';
import type { AssessmentPreview } from '../lib/assessment/assessment-preview.ts';
import type { AssessmentProgress } from '../lib/assessment/assessment-progress.ts';
import type { MaturityLevel } from '../lib/assessment/maturity-level.ts';
import type { DimensionTargets } from '../lib/assessment/dimension-targets.ts';
import { INITIAL_PROGRESS } from '../lib/assessment/progress-start.ts';
import type { QuestionBank } from '../lib/assessment/question-bank-schema.ts';
import type { Respondent } from '../lib/assessment/respondent.ts';
import type { TeamRespondent } from '../lib/assessment/team-respondent.ts';
import type { PortableMessage } from '../lib/portable/portable-error.ts';
import { persistedAtom } from './persisted-atom.ts';

// The validators bring zod and the question bank: they load after the page's first render, when a store is first used.
const loadValidators = () => import('../lib/assessment/stored-assessment.ts');

/** The assessment in progress, saved as each answer is given. */
export const $assessmentProgress = persistedAtom<AssessmentProgress>({
  key: 'assessment-progress',
  version: 1,
  initial: INITIAL_PROGRESS,
  parse: { load: () => loadValidators().then((validators) => validators.parseStoredProgress) },
});

/** Target levels the person chose; dimensions left out get the default (one level above today). */
export const $assessmentTargets = persistedAtom<DimensionTargets>({
  key: 'assessment-targets',
  version: 1,
  initial: {},
  parse: { load: () => loadValidators().then((validators) => validators.parseStoredTargets) },
});

/** Finished assessments, oldest first. */
export const $assessmentHistory = persistedAtom<AssessmentHistory>({
  key: 'assessment-history',
  version: 1,
  initial: [],
  parse: { load: () => loadValidators().then((validators) => validators.parseStoredHistory) },
});

/** Begins a fresh assessment in the chosen mode, at the first dimension. */
export function startAssessment(mode: AssessmentMode): void {
  $assessmentProgress.set({ ...INITIAL_PROGRESS, mode, view: 'questions' });
}

/** Carries on where the person left off (answers kept), in the questions. */
export function resumeAssessment(): void {
  $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'questions' });
}

/** Back to the introduction; answers are kept. */
export function showIntro(): void {
  $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'intro' });
}

/** Records or replaces the answer to one question. */
export function setAnswer(questionId: string, answer: Answer): void {
  const progress = $assessmentProgress.get();
  $assessmentProgress.set({ ...progress, answers: { ...progress.answers, [questionId]: answer } });
}

/** Removes the answer to one question, leaving it unanswered. */
export function clearAnswer(questionId: string): void {
  const progress = $assessmentProgress.get();
  if (!Object.hasOwn(progress.answers, questionId)) return;
  const answers = { ...progress.answers };
  delete answers[questionId];
  $assessmentProgress.set({ ...progress, answers });
}

/** Opens the questions of one dimension (0-based; clamped to the bank). */
export function goToStep(step: number, bank: QuestionBank): void {
  const lastStep = Math.max(bank.dimensions.length - 1, 0);
  const clamped = Math.min(Math.max(Math.trunc(step), 0), lastStep);
  $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'questions', step: clamped });
}

/** Sets the optional label and role saved with the answers (empty fields removed). */
export function setRespondent(respondent: Respondent): void {
  const label = respondent.label?.trim();
  const cleaned: Respondent = {
    ...(label === undefined || label === '' ? {} : { label }),
    ...(respondent.role === undefined ? {} : { role: respondent.role }),
  };
  const { respondent: _previous, ...progress } = $assessmentProgress.get();
  $assessmentProgress.set(Object.keys(cleaned).length === 0 ? progress : { ...progress, respondent: cleaned });
}

/** Switches a quick assessment to the full one, keeping the answers given, at the first dimension. */
export function continueWithFullAssessment(): void {
  $assessmentProgress.set({ ...$assessmentProgress.get(), mode: 'full', view: 'questions', step: 0 });
}

/** Clears the answers in progress for a new assessment; history and targets are kept. */
export function startOver(): void {
  $assessmentProgress.set(INITIAL_PROGRESS);
}

/** Sets (or, with `undefined`, resets to the default) the target level of one dimension. */
export function setTarget(dimensionId: string, level: MaturityLevel | undefined): void {
  const targets = { ...$assessmentTargets.get() };
  if (level === undefined) delete targets[dimensionId];
  else targets[dimensionId] = level;
  $assessmentTargets.set(targets);
}

/** Resets every target to the default. */
export function resetTargets(): void {
  $assessmentTargets.set({});
}

/** What is being previewed, if anything. */
export const $assessmentPreview = atom<AssessmentPreview | undefined>(undefined);

/** Shows results read-only without touching the person's own answers. */
export function openPreview(preview: AssessmentPreview): void {
  $assessmentPreview.set(preview);
}

/** Returns to the person's own assessment. */
export function closePreview(): void {
  $assessmentPreview.set(undefined);
}

/** A team opened from a link on the team page, shown read-only until the person adds it to their own list. */
export type TeamPreview =
  | { readonly kind: 'team'; readonly code: string; readonly respondents: readonly TeamRespondent[] }
  | { readonly kind: 'error'; readonly message: PortableMessage };

/** The team link being viewed, if any. Here, not in assessment-team.ts, so the team page's first script can read it. */
export const $teamPreview = atom<TeamPreview | undefined>(undefined);
