import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState } from 'react';
import type { AssessmentMode } from '../../lib/assessment/answer-set.ts';
import type { AssessmentRecord } from '../../lib/assessment/assessment-record.ts';
import { scoreAssessment, type AssessmentResult } from '../../lib/assessment/score-assessment.ts';
import { $assessmentHistory, $assessmentPreview, $assessmentProgress, $assessmentTargets, ASSESSMENT_BANK, closePreview, continueWithFullAssessment, finishAssessment, goToStep, importAsOwnAssessment, openPreview, resumeAssessment, showIntro, startAssessment } from '../../stores/assessment.ts';
import { countAnswered, getAnswerProblems, getAnswerSet, getProgressResult, hasUnsavedWork } from '../../lib/assessment/assessment-progress.ts';
import { getPreviewAnswerSet, getPreviewRespondent, type AssessmentPreview } from '../../lib/assessment/assessment-preview.ts';
import { getFileSizeError } from '../../lib/assessment/assessment-file.ts';
import { describeInputError } from '../../lib/assessment/describe-answer-set-error.ts';
import { readFragment } from '../../lib/portable/fragment.ts';
import { ASSESSMENT_FRAGMENT_KEYS, getPreviewForFragment, readAssessmentFile, type InputProblem } from '../../stores/assessment-share.ts';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import { AssessmentIntro, INTRO_HEADING_ID } from './AssessmentIntro.tsx';
import { AssessmentStep, PROBLEM_SUMMARY_ID, STEP_HEADING_ID } from './AssessmentStep.tsx';
import { FileImport } from './FileImport.tsx';
import { describeAnswerKinds, describeSharedBy, formatAssessmentTime, MODE_LABELS, PREVIEW_HEADING_ID, RESULTS_HEADING_ID, SHARED_HEADING_ID } from './labels.ts';
import { countAnswerKinds } from '../../lib/assessment/count-answer-kinds.ts';
import { SHARED_LINK_LOADING_TEXT, useSharedLinkCover } from './use-shared-link-cover.ts';
import { $sharedResults, keepSharedResult } from '../../stores/assessment-shared.ts';
import type { SharedResult } from '../../lib/assessment/shared-results.ts';

export interface AssessmentAppProps {
  /** Guide titles by slug, for the links under each priority. */
  readonly guideTitles: Readonly<Record<string, string>>;
}

const bank = ASSESSMENT_BANK;

/** Results, history, shared results and read-only previews: loaded when one is shown (or while the page is idle). */
export const assessmentViews = deferModule(() => import('./assessment-views.ts'));

/** Removes a share link's fragment from the address without reloading or adding a history entry. */
function clearFragment(): void {
  if (window.location.hash !== '') window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** Reads chosen files as exported assessments and opens the first readable one read-only. */
async function openFiles(files: readonly File[]): Promise<{ problems: readonly InputProblem[]; opened: boolean }> {
  const problems: InputProblem[] = [];
  for (const file of files) {
    const tooLarge = getFileSizeError(file.size);
    if (tooLarge !== undefined) {
      problems.push({ source: file.name, message: describeInputError(tooLarge, 'file') });
      continue;
    }
    const read = readAssessmentFile(file.name, await file.text());
    if (read.ok) {
      openPreview(read.value);
      return { problems, opened: true };
    }
    problems.push({ source: file.name, message: read.error });
  }
  return { problems, opened: false };
}

/**
 * The CX maturity self-assessment: introduction, one dimension per step, results with priorities, sharing,
 * export, import and history. Shared links and imported files are shown read-only until the person imports them.
 */
export function AssessmentApp({ guideTitles }: AssessmentAppProps) {
  const progress = usePersistedStore($assessmentProgress);
  const targets = usePersistedStore($assessmentTargets);
  const history = usePersistedStore($assessmentHistory);
  const preview = useStore($assessmentPreview);
  const [finishAttempted, setFinishAttempted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [deletedRecord, setDeletedRecord] = useState<AssessmentRecord | undefined>(undefined);
  const shared = usePersistedStore($sharedResults);
  const [removedShared, setRemovedShared] = useState<SharedResult | undefined>(undefined);
  const focusAfterRender = useRef<string | undefined>(undefined);
  useSharedLinkCover(preview !== undefined);

  useEffect(() => {
    const focusId = focusAfterRender.current;
    if (focusId === undefined) return;
    const target = document.getElementById(focusId);
    // Its view may still be loading (see assessmentViews): look again after the next render.
    if (target === null) return;
    focusAfterRender.current = undefined;
    target.focus();
  });

  useEffect(() => {
    const showFragment = () => {
      const fragment = readFragment(window.location.hash, ASSESSMENT_FRAGMENT_KEYS);
      // An in-page anchor (the skip link, say) leaves whatever is shown alone.
      if (fragment.kind === 'other') return;
      const fromLink = getPreviewForFragment(window.location.hash);
      if (fromLink !== undefined) openPreview(fromLink);
      else if (['link', 'link-error'].includes($assessmentPreview.get()?.source ?? '')) closePreview();
    };
    showFragment();
    window.addEventListener('hashchange', showFragment);
    return () => window.removeEventListener('hashchange', showFragment);
  }, []);

  const focus = (id: string) => {
    focusAfterRender.current = id;
  };

  const announceResults = (result: AssessmentResult) => {
    // The results view (and its wording) may still be on its way; announce once it is here.
    assessmentViews.load().then(
      (loaded) => setAnnouncement(loaded.describeResultsForAnnouncement(bank, result)),
      () => undefined,
    );
  };

  const handleGoToStep = (step: number) => {
    goToStep(step);
    focus(STEP_HEADING_ID);
  };

  const handleFinish = () => {
    const finished = finishAssessment(new Date());
    if (!finished.ok) {
      setFinishAttempted(true);
      focus(PROBLEM_SUMMARY_ID);
      setAnnouncement('');
      return;
    }
    setFinishAttempted(false);
    focus(RESULTS_HEADING_ID);
    announceResults(scoreAssessment(bank, finished.value, { targets }));
  };

  const handleStart = (mode: AssessmentMode) => {
    startAssessment(mode);
    setFinishAttempted(false);
    focus(STEP_HEADING_ID);
  };

  const handleClosePreview = () => {
    clearFragment();
    closePreview();
    focus(progress.view === 'results' ? RESULTS_HEADING_ID : progress.view === 'questions' ? STEP_HEADING_ID : INTRO_HEADING_ID);
  };

  const handleImport = (imported: AssessmentPreview) => {
    const answerSet = getPreviewAnswerSet(imported);
    if (!answerSet.ok) return;
    const completedAt = imported.source === 'file' ? new Date(imported.record.completedAt) : new Date();
    const respondent = imported.source === 'file' ? imported.record.respondent : undefined;
    importAsOwnAssessment(answerSet.value, completedAt, respondent);
    clearFragment();
    closePreview();
    focus(RESULTS_HEADING_ID);
    announceResults(scoreAssessment(bank, answerSet.value, { targets }));
  };

  const handleKeep = (kept: AssessmentPreview) => {
    const answerSet = getPreviewAnswerSet(kept);
    if (!answerSet.ok) return;
    const respondent = getPreviewRespondent(kept);
    const entry = keepSharedResult(answerSet.value, respondent, kept.source === 'file' ? 'file' : 'link', new Date(), kept.source === 'file' ? kept.record.completedAt : undefined);
    clearFragment();
    closePreview();
    focus(SHARED_HEADING_ID);
    setAnnouncement(`Kept ${describeSharedBy(entry.record.respondent, entry.sharedAt, new Date())} in “Shared with you”. Your own assessment is unchanged.`);
  };

  const handleFiles = async (files: readonly File[]) => {
    const { problems, opened } = await openFiles(files);
    if (opened) {
      clearFragment();
      focus(PREVIEW_HEADING_ID);
    }
    return problems;
  };

  const showShared = shared.length > 0 || removedShared !== undefined;
  const views = useDeferredModule(
    assessmentViews,
    preview !== undefined || progress.view === 'results' || history.length > 0 || deletedRecord !== undefined || showShared,
  );
  const loadingView = <p className="assessment-loading">Loading…</p>;

  const historyPanel = views && (
    <views.HistoryPanel
      bank={bank}
      history={history}
      onView={() => focus(PREVIEW_HEADING_ID)}
      deleted={deletedRecord}
      onDeletedChange={setDeletedRecord}
    />
  );

  const sharedPanel = views && (
    <views.SharedPanel bank={bank} shared={shared} onView={() => focus(PREVIEW_HEADING_ID)} removed={removedShared} onRemovedChange={setRemovedShared} />
  );

  const fileImport = <FileImport label="Open an exported file (JSON)" onFiles={handleFiles} />;

  let view;
  if (preview !== undefined) {
    view = !views ? (
      loadingView
    ) : (
      <views.PreviewView
        preview={preview}
        guideTitles={guideTitles}
        ownHasUnsavedWork={hasUnsavedWork(progress)}
        ownAnswered={countAnswered(progress, bank).answered}
        onImport={handleImport}
        onKeep={handleKeep}
        onClose={handleClosePreview}
      />
    );
  } else if (progress.view === 'questions') {
    view = (
      <AssessmentStep
        bank={bank}
        progress={progress}
        problems={getAnswerProblems(progress, bank)}
        finishProblems={finishAttempted ? getAnswerProblems(progress, bank) : undefined}
        onGoToStep={handleGoToStep}
        onFinish={handleFinish}
        onBackToIntro={() => {
          showIntro();
          focus(INTRO_HEADING_ID);
        }}
      />
    );
  } else if (progress.view === 'results') {
    const scored = getProgressResult(progress, targets, bank);
    const answeredText = describeAnswerKinds(countAnswerKinds(bank, progress));
    view = !views ? (
      loadingView
    ) : scored.ok ? (
      <>
        <views.AssessmentResults
          bank={bank}
          result={scored.value}
          answerSet={getAnswerSet(progress)}
          guideTitles={guideTitles}
          headingId={RESULTS_HEADING_ID}
          heading="Your results"
          meta={`${MODE_LABELS[progress.mode]}${progress.completedAt === undefined ? '' : `, finished ${formatAssessmentTime(progress.completedAt)}`}, ${answeredText}.`}
          onAnswerDimension={handleGoToStep}
          targetsEditor={<views.TargetEditor bank={bank} result={scored.value} chosen={targets} />}
        />
        <div className="results-next" data-print-hidden>
          <h3>Change or extend your answers</h3>
          <p className="action-row">
            <button type="button" className="button button--secondary" onClick={() => handleGoToStep(0)}>
              Review your answers
            </button>
            {progress.mode === 'quick' && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  continueWithFullAssessment();
                  focus(STEP_HEADING_ID);
                }}
              >
                Continue with the full assessment
              </button>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                showIntro();
                focus(INTRO_HEADING_ID);
              }}
            >
              Start a new assessment
            </button>
          </p>
        </div>
        <views.AssessmentActions
          bank={bank}
          answerSet={getAnswerSet(progress)}
          completedAt={progress.completedAt}
          respondent={progress.respondent}
          editableRespondent
        />
        <div className="import-panel" data-print-hidden>
          <h3>Open an exported assessment</h3>
          <p className="field__hint">It opens read-only; you then choose whether to make it your own.</p>
          {fileImport}
        </div>
        {historyPanel}
        {showShared && sharedPanel}
      </>
    ) : (
      <div className="notice" role="alert">
        <h2 id={RESULTS_HEADING_ID} tabIndex={-1}>
          Your answers need attention
        </h2>
        <ul>
          {scored.error.map((problem) => (
            <li key={problem.message}>{problem.message}</li>
          ))}
        </ul>
        <button type="button" className="button" onClick={() => handleGoToStep(scored.error[0]?.step ?? 0)}>
          Go to the answers
        </button>
      </div>
    );
  } else {
    view = (
      <>
        <AssessmentIntro
          bank={bank}
          progress={progress}
          onStart={handleStart}
          onResume={() => {
            resumeAssessment();
            focus(STEP_HEADING_ID);
          }}
          onShowResults={() => {
            $assessmentProgress.set({ ...progress, view: 'results' });
            focus(RESULTS_HEADING_ID);
          }}
        />
        <div className="import-panel">
          <h3>Already have results?</h3>
          <p className="field__hint">
            Open a file you exported earlier. It opens read-only; you then choose whether to make it your own. To combine
            several people’s answers, use the <a href="/assessment/team/">team results</a> page.
          </p>
          {fileImport}
        </div>
        {(history.length > 0 || deletedRecord !== undefined) && historyPanel}
        {showShared && sharedPanel}
      </>
    );
  }

  return (
    <div className="assessment">
      <p className="shared-link-loading">{SHARED_LINK_LOADING_TEXT}</p>
      <StorageNotices />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {view}
    </div>
  );
}
