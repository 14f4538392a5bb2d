import { useStore } from '@nanostores/react';
import { useId } from 'react';
import type { CesVariant, CesView } from '../../stores/ces-calculator.ts';
import { WAITING_FOR_INPUT } from '../../stores/score-calculator-state.ts';
import {
  $cesCalculator,
  $cesShareCode,
  $cesShareNotice,
  $cesView,
  CES_SSR_VIEW,
  INITIAL_CES_CALCULATOR,
  ces1Input,
  cesMetric,
  ces2Input,
  clearCesCalculator,
  dismissCesShareNotice,
  restoreCesInput,
  type CesShareNotice,
  openCesShareLink,
  readCesAnswersAs,
  setCesConfidence,
  setCesVariant,
} from '../../stores/ces-calculator.ts';
import { getShareUrl } from '../../lib/metrics/score-share-link.ts';
import { ConfidenceChoice } from '../score-input/ConfidenceChoice.tsx';
import { atom, computed } from 'nanostores';
import type { SurveyMetric } from '../../lib/survey/survey-summary.ts';
import { CalculatorCommentsEntry } from '../comments/CalculatorCommentsEntry.tsx';
import { LaterSampleSizePlanner, samplePlannerModule } from '../score-input/later-sample-size-planner.tsx';
import { ScoreInput } from '../score-input/ScoreInput.tsx';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import { getWaitingAnnouncement, useWaitingReasons, WaitingMessage } from '../score-input/WaitingMessage.tsx';
import { useIslandStore } from '../score-input/use-island-store.ts';
import { getLeftOutAnnouncement, joinAnnouncements } from '../score-input/left-out-announcement.ts';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { useShareFragment } from '../shared/use-share-fragment.ts';
import { usePersistedStore } from '../shared/use-persisted-store.ts';
import { CES_EFFORT_SCALE, CES_SCALE } from '../../lib/metrics/score-scale.ts';

const NO_PASTE: PasteState = { kind: 'empty' };
/** What the comments view needs of the calculator (CES 2.0 only: its groups are on the 1–7 agreement scale). */
const $cesMetric = atom<SurveyMetric>({ kind: 'ces' });
const $cesConfidence = computed($cesCalculator, (state) => state.confidence);
import { CES1_POINT_LABELS, CES2_POINT_LABELS } from './ces-point-labels.ts';
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';

/** The results, exports, share link notice and the other question's offer: shown only once there is a result, a paste or a link. */
export const cesResultParts = deferModule(() => import('./ces-result-parts.ts'));
import '../../styles/tools.css';
import '../score-input/score-input.css';

const NO_NOTICE: CesShareNotice = { kind: 'none' };
const openShareFragment = async (hash: string): Promise<boolean> => (await openCesShareLink(hash)).kind === 'applied';

export interface CesCalculatorProps {
  /**
   * True inside a guide: the results heading is an h3 under the guide's section, and share links are opened only
   * on the tool page (they point there). The embed and the tool page share the saved input.
   */
  readonly embedded?: boolean;
}

/**
 * The CES calculator: CES 2.0 (agreement, 1–7) or the older CES 1.0 (effort, 1–5), each with its own answers
 * so the two are never mixed. A thin view over src/stores/ces-calculator.ts.
 */
export function CesCalculator({ embedded = false }: CesCalculatorProps) {
  const id = useId();
  const variantRadioId = (variant: CesVariant) => `${id}-variant-${variant}`;
  // The offer's button goes with the switch: focus lands on the question now chosen (its radio is there all along).
  const readAs = (variant: CesVariant) => {
    readCesAnswersAs(variant);
    document.getElementById(variantRadioId(variant))?.focus();
  };
  const state = usePersistedStore($cesCalculator);
  const view = useIslandStore($cesView, CES_SSR_VIEW);
  const shareCode = useIslandStore($cesShareCode, null);
  const shareNotice = useIslandStore($cesShareNotice, NO_NOTICE);
  const Heading = embedded ? 'h3' : 'h2';
  const isCes2 = state.variant === 'ces-2.0';
  const leftOut = useIslandStore((isCes2 ? ces2Input : ces1Input).$leftOut, 0);

  // A share link (#c=…) loads its counts; the fragment is then removed so a reload keeps later edits.
  useShareFragment(openShareFragment, undefined, !embedded, $cesCalculator.ready);

  const paste = useIslandStore((isCes2 ? ces2Input : ces1Input).$paste, NO_PASTE);
  // The variant offer reads the answers with the metric's code, which loads as the calculator mounts.
  const metric = useStore(cesMetric.$state);
  const suggest = metric.kind === 'loaded' ? metric.module.suggestCesVariant : undefined;
  // Also for a paste read with no result: the offer to read the answers as the other question is among the parts.
  const parts = useDeferredModule(cesResultParts, view.kind !== 'waiting' || shareNotice.kind !== 'none' || paste.kind === 'read');
  // A column whose header asks the other CES question is not headlined as this one: the page offers the switch.
  // (Nothing of a result shows before the parts are here either.)
  const otherQuestion =
    parts && state.inputs[isCes2 ? 'ces2' : 'ces1'].mode === 'paste' ? parts.getHeaderMismatch(isCes2 ? 'ces-2.0' : 'ces-1.0', paste, suggest) : null;
  const shown: CesView = otherQuestion ? { ...WAITING_FOR_INPUT, variant: state.variant } : view;
  // Whether the planner's code has arrived (fetched while the page is idle): see its key below.
  const planner = useDeferredModule(samplePlannerModule, false);
  const reasons = useWaitingReasons(view.kind === 'waiting' ? view.outcome : null);
  const announcement =
    view.kind === 'waiting'
      ? getWaitingAnnouncement(view.outcome, reasons)
      : parts
        ? joinAnnouncements(view.kind === 'ces-2.0' ? parts.getCes2Announcement(view.result) : parts.getCes1Announcement(view.result), getLeftOutAnnouncement(leftOut))
        : '';
  const spoken = otherQuestion && parts ? parts.CES_HINT_REASONS.header : announcement;
  const exports =
    parts === null
      ? null
      : shown.kind === 'ces-2.0'
        ? parts.getCes2Exports(shown.result, parts.getSourceRows(state.inputs.ces2, paste, CES_SCALE))
        : shown.kind === 'ces-1.0'
          ? parts.getCes1Exports(shown.result, parts.getSourceRows(state.inputs.ces1, paste, CES_EFFORT_SCALE))
          : null;
  const shareUrl =
    shareCode !== null && typeof window !== 'undefined' ? getShareUrl(window.location.origin, isCes2 ? 'ces' : 'ces-effort', shareCode) : undefined;
  const variantHintId = `${id}-variant-hint`;

  return (
    <div className="tool score-tool" data-calculator="ces">
      <SavedDataGate stores={[$cesCalculator]}>
        <StorageNotices />
        {parts && <parts.ShareLinkNotice notice={shareNotice} onRestore={restoreCesInput} onDismiss={dismissCesShareNotice} />}
        <fieldset aria-describedby={variantHintId}>
          <legend>Which question did you ask?</legend>
          <div className="segmented">
            <label>
              <input id={variantRadioId('ces-2.0')} type="radio" name={`${id}-variant`} value="ces-2.0" checked={isCes2} onChange={() => setCesVariant('ces-2.0')} />
              CES 2.0: agreement, 1–7
            </label>
            <label>
              <input id={variantRadioId('ces-1.0')} type="radio" name={`${id}-variant`} value="ces-1.0" checked={!isCes2} onChange={() => setCesVariant('ces-1.0')} />
              CES 1.0: effort, 1–5
            </label>
          </div>
          <p id={variantHintId} className="field__hint score-tool__variant-note">
            {isCes2
              ? 'CES 2.0 asks how far people agree that “the company made it easy for me to handle my issue”: 1 strongly disagree to 7 strongly agree, higher is easier.'
              : 'CES 1.0 asks “How much effort did you personally have to put forth to handle your request?”: 1 very low to 5 very high, lower is easier.'}{' '}
            The two are different questions on different scales: each keeps its own answers here, and they are never averaged
            together or converted.
          </p>
        </fieldset>
        {isCes2 ? (
          <ScoreInput
            key="ces-2.0"
            input={ces2Input}
            legend="CES 2.0 answers"
            boxLabel="Answers to “The company made it easy for me to handle my issue”, 1 to 7"
            example="7, 6, 5, 2"
            pointLabel={(score) => `${String(score)}: ${CES2_POINT_LABELS[score] ?? ''}`}
            scaleHint={(pasted) => parts?.getCesVariantHint('ces-2.0', pasted, suggest, readAs) ?? null}
          />
        ) : (
          <ScoreInput
            key="ces-1.0"
            input={ces1Input}
            legend="CES 1.0 answers"
            boxLabel="Answers to “How much effort did you personally have to put forth?”, 1 to 5"
            example="1, 2, 2, 4"
            pointLabel={(score) => `${String(score)}: ${CES1_POINT_LABELS[score] ?? ''}`}
            scaleHint={(pasted) => parts?.getCesVariantHint('ces-1.0', pasted, suggest, readAs) ?? null}
          />
        )}
        <div className="score-tool__settings">
          <ConfidenceChoice value={state.confidence} onChange={setCesConfidence} />
          <button type="button" className="button button--secondary" onClick={clearCesCalculator}>
            Clear all
          </button>
        </div>
        <section className="results score-tool__results" aria-labelledby={`${id}-results`}>
          <Heading id={`${id}-results`}>{isCes2 ? 'Customer Effort Score (CES 2.0)' : 'Customer effort (CES 1.0, lower is easier)'}</Heading>
          {otherQuestion && parts && (
            <div className="notice notice--info">
              <p>
                {parts.CES_HINT_REASONS.header} No {isCes2 ? 'CES 2.0' : 'CES 1.0'} figure is shown for it: the two questions are on different scales and
                read in opposite directions.
              </p>
              {parts.getCesVariantHint(isCes2 ? 'ces-2.0' : 'ces-1.0', paste, suggest, readAs, 'result')}
            </div>
          )}
          {shown.kind === 'ces-2.0' && parts && <parts.Ces2Results result={shown.result} leftOut={leftOut} />}
          {shown.kind === 'ces-1.0' && parts && <parts.Ces1Results result={shown.result} leftOut={leftOut} />}
          {shown.kind === 'waiting' && !otherQuestion && (
            <WaitingMessage
              outcome={shown.outcome}
              reasons={reasons}
              prompt={
                shown.variant === 'ces-2.0'
                  ? 'Paste 1–7 CES 2.0 answers, or type how many gave each answer, to see the effort score.'
                  : 'Paste 1–5 CES 1.0 answers, or type how many gave each answer, to see the mean effort.'
              }
            />
          )}
          {exports && parts && <parts.ResultActions text={exports.text} markdown={exports.markdown} csv={exports.csv} shareUrl={shareUrl} />}
        </section>
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {spoken}
        </p>
        {isCes2 && <CalculatorCommentsEntry input={ces2Input} paste={paste} $metric={$cesMetric} $confidence={$cesConfidence} headingLevel={embedded ? 3 : 2} />}
        <LaterSampleSizePlanner
          // Keyed by the question: each scale starts from its own standard deviation. Until the planner's code has
          // arrived the key stays the server's, so a saved CES 1.0 does not swap the server's HTML for an empty
          // boundary (see shared/hydrate-later.tsx).
          key={`planner-${planner ? state.variant : INITIAL_CES_CALCULATOR.variant}`}
          metric="ces"
          confidence={state.confidence}
          headingLevel={embedded ? 3 : 2}
          scale={isCes2 ? CES_SCALE : CES_EFFORT_SCALE}
          observed={shown.kind === 'waiting' ? null : { n: shown.result.n, standardDeviation: shown.result.standardDeviation }}
        />
      </SavedDataGate>
    </div>
  );
}

export default CesCalculator;
