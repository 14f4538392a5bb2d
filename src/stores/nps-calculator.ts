/**
 * The NPS calculator's state: one input (or two, to compare periods), the confidence level, the result.
 *
 * Saved under `touchpoint:nps-calculator`, version 1:
 *
 *     { confidence: 90 | 95 | 99, compare: boolean, current: ScoreInputState, baseline: ScoreInputState }
 *
 * (`ScoreInputState` is described in score-input.ts.) No migrations yet: a later version adds
 * `migrations[1]` turning this shape into the next.
 */
import { atom, computed, onMount } from 'nanostores';
import type { ConfidenceLevel } from '../lib/metrics/confidence-level.ts';
import type { NpsComparison } from '../lib/metrics/compare-nps.ts';
import type { NpsResult } from '../lib/metrics/nps.ts';
import type { NpsSample, ShareState } from '../lib/metrics/share-code.ts';
import type { ScoreScale } from '../lib/metrics/score-scale.ts';
import { NPS_SCALE } from '../lib/metrics/score-scale.ts';
import { lazyModule } from './lazy-module.ts';
import { persistedAtom } from './persisted-atom.ts';
import { WAITING_FOR_INPUT, waitForMetric, type WaitingView } from './score-calculator-state.ts';
import type { ScoreInputOutcome } from '../lib/score-input/score-input-outcome.ts';
import type { ScoreInputState } from '../lib/score-input/score-input-state.ts';
import { createScoreInput } from './score-input.ts';
import { INITIAL_SCORE_INPUT, getInputSource, withLoadedCounts } from '../lib/score-input/score-input-state.ts';
import type { NpsCalculatorState } from '../lib/score-input/score-input-schema.ts';
import type { ScoreShareNotice } from './score-input-share.ts';
import { createScoreShareLink, shareCodeStore } from './score-input-share.ts';

export type { NpsCalculatorState } from '../lib/score-input/score-input-schema.ts';

export const INITIAL_NPS_CALCULATOR: NpsCalculatorState = {
  confidence: 95,
  compare: false,
  current: INITIAL_SCORE_INPUT,
  baseline: INITIAL_SCORE_INPUT,
};

/** Everything the NPS calculator saves. */
export const $npsCalculator = persistedAtom<NpsCalculatorState>({
  key: 'nps-calculator',
  version: 1,
  initial: INITIAL_NPS_CALCULATOR,
  parse: { load: () => import('../lib/score-input/score-input-schema.ts').then((schemas) => schemas.parseNpsCalculator) },
});

const $npsScale = atom<ScoreScale>(NPS_SCALE);

function updateSample(which: 'current' | 'baseline', change: (state: ScoreInputState) => ScoreInputState): void {
  const state = $npsCalculator.get();
  $npsCalculator.set({ ...state, [which]: change(state[which]) });
}

/** This period's answers. */
export const npsCurrentInput = createScoreInput({
  $state: computed($npsCalculator, (state) => state.current),
  update: (change) => updateSample('current', change),
  $scale: $npsScale,
  ssrScale: NPS_SCALE,
  allowsGroups: true,
  metric: 'nps',
});

/** The earlier period's answers (compare mode). */
export const npsBaselineInput = createScoreInput({
  $state: computed($npsCalculator, (state) => state.baseline),
  update: (change) => updateSample('baseline', change),
  $scale: $npsScale,
  ssrScale: NPS_SCALE,
  allowsGroups: true,
  metric: 'nps',
});

/** An NPS result, or why there is none yet. */
export type NpsView = WaitingView | { readonly kind: 'result'; readonly result: NpsResult };

/** calculateNps with its interval: loaded as the calculator mounts, not with the page's first script (issue 17). */
export const npsMetric = lazyModule(() => import('../lib/metrics/nps.ts'));

/**
 * The NPS of one input's outcome (Reichheld 2003; interval: adjusted-Wald, Rocks 2016): see calculateNps.
 *
 * @param outcome what the input holds
 * @param confidence 90, 95 or 99
 * @param metric the loaded nps.ts
 * @returns the result, or the outcome to explain
 */
export function getNpsView(outcome: ScoreInputOutcome, confidence: ConfidenceLevel, metric: NpsMetric): NpsView {
  const calculated =
    outcome.kind === 'scores'
      ? metric.calculateNps(outcome.counts, { confidence })
      : outcome.kind === 'groups'
        ? metric.calculateNpsFromGroups(outcome.groups, { confidence })
        : null;
  if (calculated === null) return { kind: 'waiting', outcome };
  // The input only hands over valid, non-zero counts; an error here would be a bug, shown, not hidden.
  if (!calculated.ok) return { kind: 'waiting', outcome: { kind: 'failed', message: `the counts could not be used (${calculated.error.kind})` } };
  return { kind: 'result', result: calculated.value };
}

type NpsMetric = typeof import('../lib/metrics/nps.ts');

/** This period's NPS. */
export const $npsView = computed([$npsCalculator, npsCurrentInput.$outcome, npsMetric.$state], (state, outcome, metric) =>
  metric.kind === 'loaded' ? getNpsView(outcome, state.confidence, metric.module) : waitForMetric(outcome, metric),
);

/** The earlier period's NPS (computed whether or not compare is on; shown only when it is). */
export const $npsBaselineView = computed([$npsCalculator, npsBaselineInput.$outcome, npsMetric.$state], (state, outcome, metric) =>
  metric.kind === 'loaded' ? getNpsView(outcome, state.confidence, metric.module) : waitForMetric(outcome, metric),
);

// The calculator is on screen: load the metric (the first render has no result, so it does not wait for it).
onMount($npsView, () => {
  npsMetric.load().catch(() => undefined);
});

/** The comparison of the two periods, or why there is none. */
export type NpsComparisonView =
  | { readonly kind: 'off' }
  | { readonly kind: 'waiting' }
  /** Both periods are in, and the comparison's code is on its way (or could not load: `failed`). */
  | { readonly kind: 'loading' | 'failed' }
  | { readonly kind: 'result'; readonly baseline: NpsResult; readonly current: NpsResult; readonly comparison: NpsComparison };

/** compareNps with its exact permutation test: loaded once comparing is on, not with the page. */
export const npsComparison = lazyModule(() => import('../lib/metrics/compare-nps.ts'));

/** Difference, per-sample adjusted-Wald SE and interval, and the two-sided p-value (exact for small samples): see compareNps. */
export const $npsComparisonView = computed(
  [$npsCalculator, $npsView, $npsBaselineView, npsComparison.$state],
  (state, current, baseline, comparison): NpsComparisonView => {
    if (!state.compare) return { kind: 'off' };
    if (current.kind !== 'result' || baseline.kind !== 'result') return { kind: 'waiting' };
    if (comparison.kind !== 'loaded') return { kind: comparison.kind === 'failed' ? 'failed' : 'loading' };
    const compared = comparison.module.compareNps(baseline.result, current.result, { confidence: state.confidence });
    if (!compared.ok) return { kind: 'waiting' };
    return { kind: 'result', baseline: baseline.result, current: current.result, comparison: compared.value };
  },
);

// Comparing turned on (by the person, a saved state or a link) while the comparison is shown: load its code.
onMount($npsComparisonView, () =>
  $npsCalculator.subscribe((state) => {
    if (state.compare) npsComparison.load().catch(() => undefined);
  }),
);

/** The sample a result came from, as a share code carries it. */
export function getNpsSample(result: NpsResult): NpsSample {
  return result.distribution
    ? { kind: 'scores', counts: result.distribution }
    : { kind: 'groups', groups: { promoters: result.promoters, passives: result.passives, detractors: result.detractors } };
}

/** What a share link carries of what is shown (both periods when comparing), or null when there is no result. */
export const $npsShared = computed(
  [$npsCalculator, $npsView, $npsComparisonView, npsCurrentInput.$paste, npsBaselineInput.$paste],
  (state, current, comparison, currentPaste, baselinePaste): ShareState | null => {
    if (current.kind !== 'result') return null;
    const currentSource = getInputSource(state.current, currentPaste);
    if (comparison.kind === 'result') {
      return {
        calculator: 'nps-comparison',
        confidence: state.confidence,
        baseline: getNpsSample(comparison.baseline),
        current: getNpsSample(comparison.current),
        sources: { baseline: getInputSource(state.baseline, baselinePaste), current: currentSource },
      };
    }
    return { calculator: 'nps', confidence: state.confidence, sample: getNpsSample(current.result), source: currentSource };
  },
);

/** The share code of what is shown, or null (see shareCodeStore). */
export const $npsShareCode = shareCodeStore($npsShared);

/** What opening a share link did (with the input it replaced, to put back). */
export type NpsShareNotice = ScoreShareNotice<NpsCalculatorState>;

/** The state with a share link's counts loaded: one period, or both periods compared. */
function withSharedNps(state: NpsCalculatorState, shared: ShareState): NpsCalculatorState {
  if (shared.calculator === 'nps') {
    return { ...state, confidence: shared.confidence, compare: false, current: withLoadedCounts(state.current, shared.sample, NPS_SCALE, shared.source ?? null) };
  }
  if (shared.calculator === 'nps-comparison') {
    return {
      ...state,
      confidence: shared.confidence,
      compare: true,
      current: withLoadedCounts(state.current, shared.current, NPS_SCALE, shared.sources?.current ?? null),
      baseline: withLoadedCounts(state.baseline, shared.baseline, NPS_SCALE, shared.sources?.baseline ?? null),
    };
  }
  return state;
}

const npsShareLink = createScoreShareLink($npsCalculator, ['nps', 'nps-comparison'], withSharedNps);

export const $npsShareNotice = npsShareLink.$notice;

/** Choose 90, 95 or 99% confidence. */
export function setNpsConfidence(confidence: ConfidenceLevel): void {
  $npsCalculator.set({ ...$npsCalculator.get(), confidence });
}

/** Show or hide the earlier period's input and the comparison. */
export function setNpsCompare(compare: boolean): void {
  $npsCalculator.set({ ...$npsCalculator.get(), compare });
}

/** Empty both inputs; until a reload, the notice offers to put the cleared input back (see createShareLink). */
export function clearNpsCalculator(): void {
  npsCurrentInput.reset();
  npsBaselineInput.reset();
  npsShareLink.replace(INITIAL_NPS_CALCULATOR, 'clear');
}

/**
 * Open a share link (`#c=<code>`): a valid NPS code loads its counts into counts mode (the person's own
 * input is kept to put back); anything wrong leaves the saved input alone and says what is wrong.
 *
 * @param hash `location.hash`
 * @returns the notice (also in `$npsShareNotice`), `none` when the fragment holds no code, once the share codec has loaded
 */
export const openNpsShareLink = npsShareLink.open;

/** Put back the input a share link replaced. */
export const restoreNpsInput = npsShareLink.restore;

/** Hide the share link notice. */
export const dismissNpsShareNotice = npsShareLink.dismiss;

/** The view before hydration (the server renders the prompt). */
export const NPS_SSR_VIEW: NpsView = WAITING_FOR_INPUT;
