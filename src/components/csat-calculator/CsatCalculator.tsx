import { useStore } from '@nanostores/react';
import { useId } from 'react';
import type { CsatScaleId } from '../../lib/metrics/csat-scale.ts';
import { CSAT_SCALES, isCsatScaleId } from '../../lib/metrics/csat-scale.ts';
import {
  $csatCalculator,
  $csatShareCode,
  $csatShareNotice,
  $csatView,
  clearCsatCalculator,
  CSAT_SSR_VIEW,
  csatInput,
  csatMetric,
  dismissCsatShareNotice,
  restoreCsatInput,
  type CsatShareNotice,
  openCsatShareLink,
  setCsatConfidence,
  setCsatScale,
  setCsatThreshold,
} from '../../stores/csat-calculator.ts';
import { getShareUrl } from '../../lib/metrics/score-share-link.ts';
import { ConfidenceChoice } from '../score-input/ConfidenceChoice.tsx';
import { formatCount, formatRange } from '../score-input/format.ts';
import { computed } from 'nanostores';
import type { SurveyMetric } from '../../lib/survey/survey-summary.ts';
import { CalculatorCommentsEntry } from '../comments/CalculatorCommentsEntry.tsx';
import { LaterSampleSizePlanner } from '../score-input/later-sample-size-planner.tsx';
import { ScoreInput } from '../score-input/ScoreInput.tsx';
import type { PasteState } from '../../lib/score-input/score-input-outcome.ts';
import { getWaitingAnnouncement, useWaitingReasons, WaitingMessage } from '../score-input/WaitingMessage.tsx';
import { useIslandStore } from '../score-input/use-island-store.ts';
import { getLeftOutAnnouncement, joinAnnouncements } from '../score-input/left-out-announcement.ts';
import { SavedDataGate } from '../shared/SavedDataGate.tsx';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { useShareFragment } from '../shared/use-share-fragment.ts';
import { usePersistedStore } from '../shared/use-persisted-store.ts';

/** What the comments view needs of the calculator: satisfied or not by its threshold, at its confidence level. */
const $csatMetric = computed($csatCalculator, (state): SurveyMetric => ({ kind: 'csat', scale: state.scale, threshold: state.threshold }));
const $csatConfidence = computed($csatCalculator, (state) => state.confidence);
const NO_PASTE: PasteState = { kind: 'empty' };
import { deferModule, useDeferredModule } from '../shared/deferred-module.ts';
import '../../styles/tools.css';
import '../score-input/score-input.css';

const NO_NOTICE: CsatShareNotice = { kind: 'none' };

/** The results, exports, share link notice and wider-scale offer: shown only once there is a result, a paste or a link. */
export const csatResultParts = deferModule(() => import('./csat-result-parts.ts'));
const openShareFragment = async (hash: string): Promise<boolean> => (await openCsatShareLink(hash)).kind === 'applied';
const SCALE_IDS = Object.keys(CSAT_SCALES).filter(isCsatScaleId);

/** The thresholds a scale allows: its second point to its top. */
function getThresholdChoices(scale: CsatScaleId): number[] {
  const { min, max } = CSAT_SCALES[scale];
  return Array.from({ length: max - min }, (_, index) => min + 1 + index);
}

/** A threshold choice as a person reads it: "4 and above (4–5)", "5 only". */
function describeThresholdOption(threshold: number, scale: CsatScaleId): string {
  const { max } = CSAT_SCALES[scale];
  return threshold === max ? `${formatCount(threshold)} only` : `${formatCount(threshold)} and above (${formatRange(threshold, max)})`;
}

export interface CsatCalculatorProps {
  /**
   * True inside a guide: the results heading is an h3 under the guide's section, and share links are opened only
   * on the tool page (they point there). The embed and the tool page share the saved input.
   */
  readonly embedded?: boolean;
}

/**
 * The CSAT calculator: choose the scale and what counts as satisfied, paste ratings (or type counts), see the
 * satisfied share with its Wilson interval, the mean and the top box. A thin view over src/stores/csat-calculator.ts.
 */
export function CsatCalculator({ embedded = false }: CsatCalculatorProps) {
  const id = useId();
  const scaleRadioId = (scale: CsatScaleId) => `${id}-scale-${scale}`;
  // The offer's button goes with the switch: focus lands on the scale now chosen (its radio is there all along).
  const readOnWiderScale = (scale: CsatScaleId) => {
    setCsatScale(scale);
    document.getElementById(scaleRadioId(scale))?.focus();
  };
  const state = usePersistedStore($csatCalculator);
  const view = useIslandStore($csatView, CSAT_SSR_VIEW);
  // The scale offer reads the answers with the metric's code, which loads as the calculator mounts.
  const metric = useStore(csatMetric.$state);
  const suggest = metric.kind === 'loaded' ? metric.module.suggestWiderScale : undefined;
  const shareCode = useIslandStore($csatShareCode, null);
  const shareNotice = useIslandStore($csatShareNotice, NO_NOTICE);
  const leftOut = useIslandStore(csatInput.$leftOut, 0);
  const Heading = embedded ? 'h3' : 'h2';
  const { min, max } = CSAT_SCALES[state.scale];

  // A share link (#c=…) loads its counts; the fragment is then removed so a reload keeps later edits.
  useShareFragment(openShareFragment, undefined, !embedded, $csatCalculator.ready);

  const paste = useIslandStore(csatInput.$paste, NO_PASTE);
  // Also for a paste read with no result: the offer of a wider scale is among the parts.
  const parts = useDeferredModule(csatResultParts, view.kind === 'result' || shareNotice.kind !== 'none' || paste.kind === 'read');
  const reasons = useWaitingReasons(view.kind === 'result' ? null : view.outcome);
  const announcement =
    view.kind === 'result'
      ? parts
        ? joinAnnouncements(parts.getCsatAnnouncement(view.result), getLeftOutAnnouncement(leftOut))
        : ''
      : getWaitingAnnouncement(view.outcome, reasons);
  const exports = view.kind === 'result' && parts ? parts.getCsatExports(view.result, parts.getSourceRows(state.input, paste, CSAT_SCALES[state.scale])) : null;
  const shareUrl = shareCode !== null && typeof window !== 'undefined' ? getShareUrl(window.location.origin, 'csat', shareCode) : undefined;
  const thresholdId = `${id}-threshold`;

  return (
    <div className="tool score-tool" data-calculator="csat">
      <SavedDataGate stores={[$csatCalculator]}>
        <StorageNotices />
        {parts && <parts.ShareLinkNotice notice={shareNotice} onRestore={restoreCsatInput} onDismiss={dismissCsatShareNotice} />}
        <div className="score-tool__settings score-tool__settings--start">
          <fieldset>
            <legend>Rating scale</legend>
            <div className="segmented">
              {SCALE_IDS.map((scale: CsatScaleId) => (
                <label key={scale}>
                  <input
                    id={scaleRadioId(scale)}
                    type="radio"
                    name={`${id}-scale`}
                    value={scale}
                    checked={state.scale === scale}
                    onChange={() => setCsatScale(scale)}
                  />
                  {formatRange(CSAT_SCALES[scale].min, CSAT_SCALES[scale].max)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field score-tool__threshold">
            <label htmlFor={thresholdId}>Counted as satisfied</label>
            <select id={thresholdId} value={state.threshold} onChange={(event) => setCsatThreshold(Number(event.currentTarget.value))}>
              {getThresholdChoices(state.scale).map((threshold) => (
                <option key={threshold} value={threshold}>
                  {describeThresholdOption(threshold, state.scale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ScoreInput
          input={csatInput}
          legend="Answers"
          boxLabel={`Answers to “How satisfied were you?”, ${formatRange(min, max)}`}
          example={max >= 5 ? '5, 4, 4, 2' : '3, 2, 3, 1'}
          scaleHint={(pasted) => parts?.getCsatScaleHint(pasted, suggest, readOnWiderScale) ?? null}
        />
        <div className="score-tool__settings">
          <ConfidenceChoice value={state.confidence} onChange={setCsatConfidence} />
          <button type="button" className="button button--secondary" onClick={clearCsatCalculator}>
            Clear all
          </button>
        </div>
        <section className="results score-tool__results" aria-labelledby={`${id}-results`}>
          <Heading id={`${id}-results`}>Customer satisfaction (CSAT)</Heading>
          {view.kind === 'result' ? (
            parts && <parts.CsatResults result={view.result} leftOut={leftOut} />
          ) : (
            <WaitingMessage
              outcome={view.outcome}
              reasons={reasons}
              prompt={`Paste ${formatRange(min, max)} ratings, or type how many gave each rating, to see the CSAT.`}
            />
          )}
          {exports && parts && <parts.ResultActions text={exports.text} markdown={exports.markdown} csv={exports.csv} shareUrl={shareUrl} />}
        </section>
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        <CalculatorCommentsEntry input={csatInput} paste={paste} $metric={$csatMetric} $confidence={$csatConfidence} headingLevel={embedded ? 3 : 2} />
        <LaterSampleSizePlanner
          metric="csat"
          confidence={state.confidence}
          headingLevel={embedded ? 3 : 2}
          observed={view.kind === 'result' ? { n: view.result.n, share: view.result.csat } : null}
        />
      </SavedDataGate>
    </div>
  );
}

export default CsatCalculator;
