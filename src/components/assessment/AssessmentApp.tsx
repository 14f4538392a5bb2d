import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import type { AssessmentMode } from '../../lib/assessment/answer-set.ts';
import type { AssessmentPreview } from '../../lib/assessment/assessment-preview.ts';
import type { AssessmentRecord } from '../../lib/assessment/assessment-record.ts';
import { hasUnsavedWork, INITIAL_PROGRESS } from '../../lib/assessment/progress-start.ts';
import type { AssessmentResult } from '../../lib/assessment/score-assessment.ts';
import type { SharedResult } from '../../lib/assessment/shared-results.ts';
import { ASSESSMENT_FRAGMENT_KEYS, readFragment } from '../../lib/portable/fragment.ts';
import { $assessmentHistory, $assessmentPreview, $assessmentProgress, $assessmentTargets, closePreview, continueWithFullAssessment, goToStep, openPreview, resumeAssessment, showIntro, startAssessment } from '../../stores/assessment.ts';
import { lazyModule } from '../../stores/lazy-module.ts';
import { LoadFailedNotice, useRetryLoad } from '../shared/LoadFailedNotice.tsx';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { useFocusAfterRender } from '../shared/use-focus-after-render.ts';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { AssessmentIntro, INTRO_HEADING_ID, type BankSize } from './AssessmentIntro.tsx';
import { FileImport, READER_UNAVAILABLE } from './FileImport.tsx';
import { describeAnswerKinds, describeSharedBy, formatAssessmentTime, MODE_LABELS, PREVIEW_HEADING_ID, PROBLEM_SUMMARY_ID, RESULTS_HEADING_ID, SHARED_HEADING_ID, STEP_HEADING_ID } from './labels.ts';
import { SAVED_WORK_LOADING_TEXT, SHARED_LINK_LOADING_TEXT, useSharedLinkCover } from '../shared/use-shared-link-cover.ts';

export interface AssessmentAppProps {
  /** Guide titles by slug, for the links under each priority. */
  readonly guideTitles: Readonly<Record<string, string>>;
  /** How many dimensions and questions the bank has, counted by the page, for the introduction. */
  readonly bankSize: BankSize;
}

/**
 * The question bank, every view but the introduction and the logic behind them (assessment-views.ts), with the saved
 * answers read (their validators need the bank): requested as the island mounts, so the first script renders the
 * introduction without them.
 */
export const assessmentViews = lazyModule(async () => {
  const [views] = await Promise.all([import('./assessment-views.ts'), $assessmentProgress.ready(), $assessmentTargets.ready(), $assessmentHistory.ready()]);
  return views;
});

/** The heading of the view shown (one at a time), for focus after a retried load. */
const focusShownHeading = () => document.querySelector<HTMLElement>('.assessment h2[tabindex="-1"]');

/** Removes a share link's fragment from the address without reloading or adding a history entry. */
function clearFragment(): void {
  if (window.location.hash !== '') window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/**
 * The CX maturity self-assessment: introduction, one dimension per step, results with priorities, sharing,
 * export, import and history. Shared links and imported files are shown read-only until the person imports them.
 * The introduction renders from the page's first script; the rest arrives with `assessmentViews`.
 */
export function AssessmentApp({ guideTitles, bankSize }: AssessmentAppProps) {
  const viewsState = useStore(assessmentViews.$state);
  const views = viewsState.kind === 'loaded' ? viewsState.module : undefined;
  const progress = usePersistedStore($assessmentProgress);
  const targets = usePersistedStore($assessmentTargets);
  const history = usePersistedStore($assessmentHistory);
  const preview = useStore($assessmentPreview);
  const [finishAttempted, setFinishAttempted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [deletedRecord, setDeletedRecord] = useState<AssessmentRecord | undefined>(undefined);
  const [removedShared, setRemovedShared] = useState<SharedResult | undefined>(undefined);
  /** Start was pressed before the bank arrived: it starts once it has. */
  const [starting, setStarting] = useState(false);
  const focus = useFocusAfterRender();
  useSharedLinkCover((preview !== undefined && views !== undefined) || viewsState.kind === 'failed', views !== undefined || viewsState.kind === 'failed');

  useEffect(() => {
    assessmentViews.load().catch(() => undefined);
  }, []);

  const retryViews = useRetryLoad(assessmentViews, focusShownHeading);

  useEffect(() => {
    if (views === undefined) return;
    const showFragment = () => {
      const fragment = readFragment(window.location.hash, ASSESSMENT_FRAGMENT_KEYS);
      // An in-page anchor (the skip link, say) leaves whatever is shown alone.
      if (fragment.kind === 'other') return;
      const fromLink = views.getPreviewForFragment(window.location.hash);
      if (fromLink !== undefined) openPreview(fromLink);
      else if (['link', 'link-error'].includes($assessmentPreview.get()?.source ?? '')) closePreview();
    };
    showFragment();
    window.addEventListener('hashchange', showFragment);
    return () => window.removeEventListener('hashchange', showFragment);
  }, [views]);

  const loadingView = viewsState.kind === 'failed' ? (
    <LoadFailedNotice what="This part of the assessment" onRetry={retryViews} />
  ) : (
    <p className="assessment-loading">Loading…</p>
  );

  // Before the bank is here the introduction is the fresh one: the saved answers are read with the bank.
  const introProgress = views === undefined ? INITIAL_PROGRESS : progress;
  const handleStart = (mode: AssessmentMode) => {
    const start = () => {
      startAssessment(mode);
      setFinishAttempted(false);
      focus(STEP_HEADING_ID);
    };
    if (views !== undefined) {
      start();
      return;
    }
    // Started within a moment of the page showing: wait for the saved answers, which would replace a start made
    // before them, saying "Loading…" meanwhile. When they hold unfinished work, the introduction now shows it and
    // asks before starting over.
    setStarting(true);
    assessmentViews.load().then(
      () => {
        setStarting(false);
        if (!hasUnsavedWork($assessmentProgress.get())) start();
      },
      () => setStarting(false),
    );
  };

  const fileImport = (
    <FileImport
      label="Open an exported file (JSON)"
      readerLoaded={views !== undefined}
      onFiles={async (files) => {
        const loaded = await assessmentViews.load().catch(() => undefined);
        if (loaded === undefined) return READER_UNAVAILABLE;
        const { problems, preview: opened } = await loaded.readAssessmentFiles(files);
        if (opened !== undefined) {
          clearFragment();
          // Before the preview renders, so focus moves to it in that render.
          focus(PREVIEW_HEADING_ID);
          openPreview(opened);
        }
        return problems;
      }}
    />
  );

  const historyPanel = views !== undefined && (
    <views.HistoryPanel bank={views.bank} history={history} onView={() => focus(PREVIEW_HEADING_ID)} deleted={deletedRecord} onDeletedChange={setDeletedRecord} />
  );
  const sharedPanel = views !== undefined && (
    <views.SharedPanel bank={views.bank} onView={() => focus(PREVIEW_HEADING_ID)} removed={removedShared} onRemovedChange={setRemovedShared} />
  );

  let view;
  if (views === undefined && (preview !== undefined || starting)) {
    view = loadingView;
  } else if (views === undefined || (preview === undefined && progress.view === 'intro')) {
    view = (
      <>
        <AssessmentIntro
          bankSize={bankSize}
          progress={introProgress}
          counted={views === undefined ? { asked: bankSize.questions, answered: 0, dontKnow: 0 } : views.countAnswered(progress, views.bank)}
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
        {viewsState.kind === 'failed' && loadingView}
        {(history.length > 0 || deletedRecord !== undefined) && historyPanel}
        {sharedPanel}
      </>
    );
  } else {
    const { bank } = views;
    const announceResults = (result: AssessmentResult) => setAnnouncement(views.describeResultsForAnnouncement(bank, result));
    const handleGoToStep = (step: number) => {
      goToStep(step, bank);
      focus(STEP_HEADING_ID);
    };
    if (preview !== undefined) {
      const handleImport = (imported: AssessmentPreview) => {
        const answerSet = views.getPreviewAnswerSet(imported);
        if (!answerSet.ok) return;
        const completedAt = imported.source === 'file' ? new Date(imported.record.completedAt) : new Date();
        const respondent = imported.source === 'file' ? imported.record.respondent : undefined;
        views.importAsOwnAssessment(answerSet.value, completedAt, respondent);
        clearFragment();
        closePreview();
        focus(RESULTS_HEADING_ID);
        announceResults(views.scoreAssessment(bank, answerSet.value, { targets }));
      };
      const handleKeep = (kept: AssessmentPreview) => {
        const answerSet = views.getPreviewAnswerSet(kept);
        if (!answerSet.ok) return;
        const respondent = views.getPreviewRespondent(kept);
        const entry = views.keepSharedResult(answerSet.value, respondent, kept.source === 'file' ? 'file' : 'link', new Date(), kept.source === 'file' ? kept.record.completedAt : undefined);
        clearFragment();
        closePreview();
        focus(SHARED_HEADING_ID);
        setAnnouncement(`Kept ${describeSharedBy(entry.record.respondent, entry.sharedAt, new Date())} in “Shared with you”. Your own assessment is unchanged.`);
      };
      view = (
        <views.PreviewView
          preview={preview}
          guideTitles={guideTitles}
          ownHasUnsavedWork={hasUnsavedWork(progress)}
          ownAnswered={views.countAnswered(progress, bank).answered}
          onImport={handleImport}
          onKeep={handleKeep}
          onClose={() => {
            clearFragment();
            closePreview();
            focus(progress.view === 'results' ? RESULTS_HEADING_ID : progress.view === 'questions' ? STEP_HEADING_ID : INTRO_HEADING_ID);
          }}
        />
      );
    } else if (progress.view === 'questions') {
      const handleFinish = () => {
        const finished = views.finishAssessment(new Date());
        if (!finished.ok) {
          setFinishAttempted(true);
          focus(PROBLEM_SUMMARY_ID);
          setAnnouncement('');
          return;
        }
        setFinishAttempted(false);
        focus(RESULTS_HEADING_ID);
        announceResults(views.scoreAssessment(bank, finished.value, { targets }));
      };
      view = (
        <views.AssessmentStep
          bank={bank}
          progress={progress}
          problems={views.getAnswerProblems(progress, bank)}
          finishProblems={finishAttempted ? views.getAnswerProblems(progress, bank) : undefined}
          onGoToStep={handleGoToStep}
          onFinish={handleFinish}
          onBackToIntro={() => {
            showIntro();
            focus(INTRO_HEADING_ID);
          }}
        />
      );
    } else {
      const scored = views.getProgressResult(progress, targets, bank);
      const answeredText = describeAnswerKinds(views.countAnswerKinds(bank, progress));
      view = scored.ok ? (
        <>
          <views.AssessmentResults
            bank={bank}
            result={scored.value}
            answerSet={views.getAnswerSet(progress)}
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
            answerSet={views.getAnswerSet(progress)}
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
          {sharedPanel}
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
    }
  }

  return (
    <SavedDataGate stores={[$assessmentProgress, $assessmentTargets, $assessmentHistory]}>
      <div className="assessment">
        <p className="shared-link-loading">{SHARED_LINK_LOADING_TEXT}</p>
        <p className="saved-work-loading">{SAVED_WORK_LOADING_TEXT}</p>
        <StorageNotices />
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {view}
      </div>
    </SavedDataGate>
  );
}
