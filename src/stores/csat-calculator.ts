/**
 * The CSAT calculator's state: the scale, the "satisfied" threshold, the confidence level and one input.
 *
 * Saved under `touchpoint:csat-calculator`, version 1:
 *
 *     { confidence: 90 | 95 | 99, scale: '1-3' | '1-5' | '1-7' | '1-10', threshold: number, input: ScoreInputState }
 *
 * The threshold is a whole number from the scale's second point to its top. Counts typed on one scale stay
 * saved by score when the scale changes (see score-input.ts).
 */
import { computed, onMount } from 'nanostores';
import type { ConfidenceLevel } from '../lib/metrics/confidence-level.ts';
import type { CsatResult } from '../lib/metrics/csat.ts';
import type { CsatScaleId } from '../lib/metrics/csat-scale.ts';
import type { ScoreScale } from '../lib/metrics/score-scale.ts';
import { CSAT_SCALES, DEFAULT_CSAT_SCALE } from '../lib/metrics/csat-scale.ts';
import type { ShareState } from '../lib/metrics/share-code.ts';
import { persistedAtom } from './persisted-atom.ts';
import { WAITING_FOR_INPUT, waitForMetric, type WaitingView } from './score-calculator-state.ts';
import { lazyModule } from './lazy-module.ts';
import { createScoreInput } from './score-input.ts';
import { INITIAL_SCORE_INPUT, getInputSource, withLoadedCounts } from '../lib/score-input/score-input-state.ts';
import type { CsatCalculatorState } from '../lib/score-input/score-input-schema.ts';
import type { ScoreShareNotice } from './score-input-share.ts';
import { createScoreShareLink, shareCodeStore } from './score-input-share.ts';

export type { CsatCalculatorState } from '../lib/score-input/score-input-schema.ts';

export const INITIAL_CSAT_CALCULATOR: CsatCalculatorState = {
  confidence: 95,
  scale: DEFAULT_CSAT_SCALE,
  threshold: CSAT_SCALES[DEFAULT_CSAT_SCALE].defaultThreshold,
  input: INITIAL_SCORE_INPUT,
};

/** Everything the CSAT calculator saves. */
export const $csatCalculator = persistedAtom<CsatCalculatorState>({
  key: 'csat-calculator',
  version: 1,
  initial: INITIAL_CSAT_CALCULATOR,
  parse: { load: () => import('../lib/score-input/score-input-schema.ts').then((schemas) => schemas.parseCsatCalculator) },
});

/** The chosen scale as min and max (the same object for the same scale, so reading is not repeated). */
export const $csatScale = computed($csatCalculator, (state): ScoreScale => CSAT_SCALES[state.scale]);

/** The answers. */
export const csatInput = createScoreInput({
  $state: computed($csatCalculator, (state) => state.input),
  update: (change) => {
    const state = $csatCalculator.get();
    $csatCalculator.set({ ...state, input: change(state.input) });
  },
  $scale: $csatScale,
  ssrScale: CSAT_SCALES[DEFAULT_CSAT_SCALE],
  allowsGroups: false,
  metric: 'csat',
});

/** A CSAT result, or why there is none yet. */
export type CsatView = WaitingView | { readonly kind: 'result'; readonly result: CsatResult };

/**
 * What the calculator works out from the answers (calculateCsat with its interval, and the wider scale to offer when
 * answers run past the chosen one): loaded as the calculator mounts, not with the page's first script (issue 17).
 */
export const csatMetric = lazyModule(async () => {
  const [csat, suggest] = await Promise.all([import('../lib/metrics/csat.ts'), import('../lib/metrics/suggest-scale.ts')]);
  return { calculateCsat: csat.calculateCsat, suggestWiderScale: suggest.suggestWiderScale };
});

/** CSAT = satisfied ÷ all answers, with a Wilson interval, the mean and top box: see calculateCsat. */
export const $csatView = computed([$csatCalculator, csatInput.$outcome, csatMetric.$state], (state, outcome, metric): CsatView => {
  if (outcome.kind !== 'scores') return { kind: 'waiting', outcome };
  if (metric.kind !== 'loaded') return waitForMetric(outcome, metric);
  const calculated = metric.module.calculateCsat(outcome.counts, { scale: state.scale, threshold: state.threshold, confidence: state.confidence });
  if (!calculated.ok) return { kind: 'waiting', outcome: { kind: 'failed', message: `the counts could not be used (${calculated.error.kind})` } };
  return { kind: 'result', result: calculated.value };
});

// The calculator is on screen: load the metric (the first render has no result, so it does not wait for it).
onMount($csatView, () => {
  csatMetric.load().catch(() => undefined);
});

/** What a share link carries of the result shown, or null. */
export const $csatShared = computed([$csatCalculator, $csatView, csatInput.$paste], (state, view, paste): ShareState | null =>
  view.kind === 'result'
    ? {
        calculator: 'csat',
        confidence: state.confidence,
        scale: state.scale,
        threshold: state.threshold,
        counts: view.result.distribution,
        source: getInputSource(state.input, paste),
      }
    : null,
);

/** The share code of the result shown, or null (see shareCodeStore). */
export const $csatShareCode = shareCodeStore($csatShared);

/** What opening a share link did (with the input it replaced, to put back). */
export type CsatShareNotice = ScoreShareNotice<CsatCalculatorState>;

/** The state with a share link's scale, threshold, confidence and counts. */
function withSharedCsat(state: CsatCalculatorState, shared: ShareState): CsatCalculatorState {
  if (shared.calculator !== 'csat') return state;
  const input = withLoadedCounts(state.input, { kind: 'scores', counts: shared.counts }, CSAT_SCALES[shared.scale], shared.source ?? null);
  return { ...state, confidence: shared.confidence, scale: shared.scale, threshold: shared.threshold, input };
}

const csatShareLink = createScoreShareLink($csatCalculator, ['csat'], withSharedCsat);

export const $csatShareNotice = csatShareLink.$notice;

/** Choose 90, 95 or 99% confidence. */
export function setCsatConfidence(confidence: ConfidenceLevel): void {
  $csatCalculator.set({ ...$csatCalculator.get(), confidence });
}

/** Choose the scale; the threshold goes back to that scale's usual one (4 on 1–5). */
export function setCsatScale(scale: CsatScaleId): void {
  $csatCalculator.set({ ...$csatCalculator.get(), scale, threshold: CSAT_SCALES[scale].defaultThreshold });
}

/** Choose the lowest answer counted as satisfied (ignored unless it lies on the scale, above its bottom). */
export function setCsatThreshold(threshold: number): void {
  const state = $csatCalculator.get();
  const { min, max } = CSAT_SCALES[state.scale];
  if (!Number.isInteger(threshold) || threshold <= min || threshold > max) return;
  $csatCalculator.set({ ...state, threshold });
}

/** Empty the input; until a reload, the notice offers to put the cleared input back (see createShareLink). */
export function clearCsatCalculator(): void {
  csatInput.reset();
  csatShareLink.replace(INITIAL_CSAT_CALCULATOR, 'clear');
}

/**
 * Open a share link (`#c=<code>`): a valid CSAT code sets the scale, threshold and confidence and loads
 * its counts into counts mode (the person's own input is kept to put back); anything wrong leaves the saved
 * input alone and says what is wrong.
 *
 * @param hash `location.hash`
 * @returns the notice (also in `$csatShareNotice`), `none` when the fragment holds no code, once the share codec has loaded
 */
export const openCsatShareLink = csatShareLink.open;

/** Put back the input a share link replaced. */
export const restoreCsatInput = csatShareLink.restore;

/** Hide the share link notice. */
export const dismissCsatShareNotice = csatShareLink.dismiss;

/** The view before hydration (the server renders the prompt). */
export const CSAT_SSR_VIEW: CsatView = WAITING_FOR_INPUT;
