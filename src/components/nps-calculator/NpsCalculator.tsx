import { useId } from 'react';
import {
  $npsCalculator,
  $npsComparisonView,
  $npsShareCode,
  $npsShareNotice,
  $npsView,
  clearNpsCalculator,
  dismissNpsShareNotice,
  restoreNpsInput,
  type NpsShareNotice,
  npsBaselineInput,
  npsCurrentInput,
  NPS_SSR_VIEW,
  openNpsShareLink,
  setNpsCompare,
  setNpsConfidence,
  type NpsComparisonView,
} from '../../stores/nps-calculator.ts';
import { getShareUrl } from '../../lib/metrics/score-share-link.ts';
import { ConfidenceChoice } from '../score-input/ConfidenceChoice.tsx';
import { atom, computed } from 'nanostores';
import type { SurveyMetric } from '../../lib/survey/survey-summary.ts';
import { CalculatorCommentsEntry } from '../comments/CalculatorCommentsEntry.tsx';
import { LaterSampleSizePlanner } from '../score-input/later-sample-size-planner.tsx';
import { ScoreInput } from '../score-input/ScoreInput.tsx';
import { getWaitingAnnouncement, useWaitingReasons, WaitingMessage } from '../score-input/WaitingMessage.tsx';
import { getLeftOutAnnouncement, joinAnnouncements } from '../score-input/left-out-announcement.ts';
import { useIslandStore } from '../score-input/use-island-store.ts';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { useShareFragment } from '../shared/use-share-fragment.ts';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { couldNotLoad } from '../shared/could-not-load.ts';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import { NPS_SCALE } from '../../lib/metrics/score-scale.ts';

/** What the comments view needs of the calculator: NPS groups, at the calculator's confidence level. */
const $npsMetric = atom<SurveyMetric>({ kind: 'nps' });
const $npsConfidence = computed($npsCalculator, (state) => state.confidence);
const NO_PASTE: PasteState = { kind: 'empty' };
import { StorageNotices } from '../shared/StorageNotices.tsx';
import '../../styles/tools.css';
import '../score-input/score-input.css';

const NO_NOTICE: NpsShareNotice = { kind: 'none' };
const openShareFragment = async (hash: string): Promise<boolean> => (await openNpsShareLink(hash)).kind === 'applied';
const COMPARISON_OFF: NpsComparisonView = { kind: 'off' };

/** The results, comparison, exports and share link notice: shown only once there is a result or a link. */
export const npsResultParts = deferModule(() => import('./nps-result-parts.ts'));

export interface NpsCalculatorProps {
  /**
   * True inside a guide: the results heading is an h3 under the guide's section, and share links are opened only
   * on the tool page (they point there). The embed and the tool page share the saved input: it is the same
   * person's data.
   */
  readonly embedded?: boolean;
}

/**
 * The NPS calculator: paste 0–10 answers (or type counts), see NPS with its interval and distribution,
 * and optionally compare with an earlier period. A thin view over src/stores/nps-calculator.ts.
 */
export function NpsCalculator({ embedded = false }: NpsCalculatorProps) {
  const headingLevel = embedded ? 3 : 2;
  const id = useId();
  const state = usePersistedStore($npsCalculator);
  const view = useIslandStore($npsView, NPS_SSR_VIEW);
  const comparison = useIslandStore($npsComparisonView, COMPARISON_OFF);
  const shareCode = useIslandStore($npsShareCode, null);
  const shareNotice = useIslandStore($npsShareNotice, NO_NOTICE);
  const currentLeftOut = useIslandStore(npsCurrentInput.$leftOut, 0);
  const baselineLeftOut = useIslandStore(npsBaselineInput.$leftOut, 0);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  // A share link (#c=…) loads its counts; the fragment is then removed so a reload keeps later edits.
  useShareFragment(openShareFragment, undefined, !embedded, $npsCalculator.ready);

  const comparisonResult = comparison.kind === 'result' ? comparison.comparison : null;
  const parts = useDeferredModule(npsResultParts, view.kind === 'result' || shareNotice.kind !== 'none');
  const reasons = useWaitingReasons(view.kind === 'waiting' ? view.outcome : null);
  const announcement =
    view.kind === 'result'
      ? parts
        ? joinAnnouncements(
            parts.getNpsAnnouncement(view.result, comparisonResult),
            getLeftOutAnnouncement(currentLeftOut, state.compare ? 'this period’s answers' : 'the answers'),
            comparisonResult ? getLeftOutAnnouncement(baselineLeftOut, 'the earlier period’s answers') : '',
          )
        : ''
      : getWaitingAnnouncement(view.outcome, reasons);
  const currentPaste = useIslandStore(npsCurrentInput.$paste, NO_PASTE);
  const baselinePaste = useIslandStore(npsBaselineInput.$paste, NO_PASTE);
  let exports: ReturnType<NonNullable<typeof parts>['getNpsExports']> | null = null;
  if (parts && view.kind === 'result') {
    const { getSourceRows } = parts;
    const source = comparisonResult
      ? [...getSourceRows(state.current, currentPaste, NPS_SCALE, 'This period'), ...getSourceRows(state.baseline, baselinePaste, NPS_SCALE, 'Earlier period')]
      : getSourceRows(state.current, currentPaste, NPS_SCALE);
    exports = parts.getNpsExports(view.result, comparisonResult, source, comparison.kind === 'result' ? comparison.baseline : null);
  }
  const shareUrl = shareCode !== null && typeof window !== 'undefined' ? getShareUrl(window.location.origin, 'nps', shareCode) : undefined;

  return (
    <div className="tool score-tool" data-calculator="nps">
      <SavedDataGate stores={[$npsCalculator]}>
        <StorageNotices />
        {parts && <parts.ShareLinkNotice notice={shareNotice} onRestore={restoreNpsInput} onDismiss={dismissNpsShareNotice} />}
        <ScoreInput
          input={npsCurrentInput}
          legend={state.compare ? 'This period’s answers' : 'Answers'}
          boxLabel="Answers to “How likely are you to recommend us?”, 0 to 10"
          example="10, 9, 7, 3"
        />
        <label className="score-tool__check">
          <input type="checkbox" checked={state.compare} onChange={(event) => setNpsCompare(event.currentTarget.checked)} />
          Compare with another period
        </label>
        {state.compare && (
          <ScoreInput
            input={npsBaselineInput}
            legend="Earlier period’s answers"
            boxLabel="The earlier period’s answers, 0 to 10"
            example="9, 6, 10, 8"
          />
        )}
        <div className="score-tool__settings">
          <ConfidenceChoice value={state.confidence} onChange={setNpsConfidence} />
          <button type="button" className="button button--secondary" onClick={clearNpsCalculator}>
            Clear all
          </button>
        </div>
        <section className="results score-tool__results" aria-labelledby={`${id}-results`}>
          <Heading id={`${id}-results`}>Net Promoter Score</Heading>
          {view.kind === 'result' ? (
            parts && <parts.NpsResults result={view.result} leftOut={currentLeftOut} />
          ) : (
            <WaitingMessage outcome={view.outcome} reasons={reasons} prompt="Paste 0–10 answers, or type how many gave each score, to see the NPS." />
          )}
          {comparisonResult && parts && (
            <parts.NpsComparisonResults comparison={comparisonResult} headingLevel={headingLevel === 2 ? 3 : 4} headingId={`${id}-change`} />
          )}
          {comparison.kind === 'waiting' && view.kind === 'result' && (
            <p className="notice notice--info">Paste the earlier period’s answers, or type its counts, to see the change.</p>
          )}
          {comparison.kind === 'failed' && <p className="notice">{couldNotLoad('The comparison')}</p>}
          {exports && parts && <parts.ResultActions text={exports.text} markdown={exports.markdown} csv={exports.csv} shareUrl={shareUrl} />}
        </section>
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        <CalculatorCommentsEntry input={npsCurrentInput} paste={currentPaste} $metric={$npsMetric} $confidence={$npsConfidence} headingLevel={headingLevel} />
        <LaterSampleSizePlanner
          metric="nps"
          confidence={state.confidence}
          headingLevel={headingLevel}
          observed={view.kind === 'result' ? { n: view.result.n, promoterShare: view.result.promoterShare, detractorShare: view.result.detractorShare } : null}
        />
      </SavedDataGate>
    </div>
  );
}

export default NpsCalculator;
