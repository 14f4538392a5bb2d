/**
 * The CES calculator's state. CES 2.0 (agreement, 1–7, higher is easier) and CES 1.0 (effort, 1–5, lower
 * is better) are different questions: each has its own input, so answers to one are never read, averaged
 * or shared as the other.
 *
 * Saved under `touchpoint:ces-calculator`, version 1:
 *
 *     { confidence: 90 | 95 | 99, variant: 'ces-2.0' | 'ces-1.0', inputs: { ces2: ScoreInputState, ces1: ScoreInputState } }
 */
import { atom, computed, onMount } from 'nanostores';
import type { CesEffortResult } from '../lib/metrics/ces-effort.ts';
import type { CesResult } from '../lib/metrics/ces.ts';
import type { ConfidenceLevel } from '../lib/metrics/confidence-level.ts';
import type { ScoreScale } from '../lib/metrics/score-scale.ts';
import { CES_EFFORT_SCALE, CES_SCALE } from '../lib/metrics/score-scale.ts';
import type { ShareState } from '../lib/metrics/share-code.ts';
import { persistedAtom } from './persisted-atom.ts';
import { WAITING_FOR_INPUT, waitForMetric, type WaitingView } from './score-calculator-state.ts';
import { lazyModule } from './lazy-module.ts';
import type { ScoreInputState } from '../lib/score-input/score-input-state.ts';
import { createScoreInput } from './score-input.ts';
import { INITIAL_SCORE_INPUT, getInputSource, withLoadedCounts } from '../lib/score-input/score-input-state.ts';
import type { CesCalculatorState } from '../lib/score-input/score-input-schema.ts';
import type { ScoreShareNotice } from './score-input-share.ts';
import { createScoreShareLink, shareCodeStore } from './score-input-share.ts';

/** Which CES: the 2.0 agreement question or the older 1.0 effort question. */
export type CesVariant = 'ces-2.0' | 'ces-1.0';

export type { CesCalculatorState } from '../lib/score-input/score-input-schema.ts';

export const INITIAL_CES_CALCULATOR: CesCalculatorState = {
  confidence: 95,
  variant: 'ces-2.0',
  inputs: { ces2: INITIAL_SCORE_INPUT, ces1: INITIAL_SCORE_INPUT },
};

/** Everything the CES calculator saves. */
export const $cesCalculator = persistedAtom<CesCalculatorState>({
  key: 'ces-calculator',
  version: 1,
  initial: INITIAL_CES_CALCULATOR,
  parse: { load: () => import('../lib/score-input/score-input-schema.ts').then((schemas) => schemas.parseCesCalculator) },
});

function updateInput(which: 'ces2' | 'ces1', change: (state: ScoreInputState) => ScoreInputState): void {
  const state = $cesCalculator.get();
  $cesCalculator.set({ ...state, inputs: { ...state.inputs, [which]: change(state.inputs[which]) } });
}

/** CES 2.0 answers, 1–7. */
export const ces2Input = createScoreInput({
  $state: computed($cesCalculator, (state) => state.inputs.ces2),
  update: (change) => updateInput('ces2', change),
  $scale: atom<ScoreScale>(CES_SCALE),
  ssrScale: CES_SCALE,
  allowsGroups: false,
  metric: 'ces2',
});

/** CES 1.0 answers, 1–5. */
export const ces1Input = createScoreInput({
  $state: computed($cesCalculator, (state) => state.inputs.ces1),
  update: (change) => updateInput('ces1', change),
  $scale: atom<ScoreScale>(CES_EFFORT_SCALE),
  ssrScale: CES_EFFORT_SCALE,
  allowsGroups: false,
  metric: 'ces1',
});

/** A CES result of either kind, or why there is none yet. */
export type CesView =
  | (WaitingView & { readonly variant: CesVariant })
  | { readonly kind: 'ces-2.0'; readonly result: CesResult }
  | { readonly kind: 'ces-1.0'; readonly result: CesEffortResult };

/**
 * What the calculator works out from the answers (calculateCes and calculateCesEffort with their intervals, and
 * whether the answers look like the other CES question's): loaded as the calculator mounts, not with the page's
 * first script (issue 17).
 */
export const cesMetric = lazyModule(async () => {
  const [ces, effort, suggest] = await Promise.all([
    import('../lib/metrics/ces.ts'),
    import('../lib/metrics/ces-effort.ts'),
    import('../lib/metrics/suggest-scale.ts'),
  ]);
  return { calculateCes: ces.calculateCes, calculateCesEffort: effort.calculateCesEffort, suggestCesVariant: suggest.suggestCesVariant };
});

/** CES 2.0: mean with a t interval, % agreeing, net; CES 1.0: mean effort, low and high shares. See ces.ts. */
export const $cesView = computed([$cesCalculator, ces2Input.$outcome, ces1Input.$outcome, cesMetric.$state], (state, ces2, ces1, metric): CesView => {
  const { variant, confidence } = state;
  const outcome = variant === 'ces-2.0' ? ces2 : ces1;
  if (outcome.kind !== 'scores') return { kind: 'waiting', variant, outcome };
  if (metric.kind !== 'loaded') return { ...waitForMetric(outcome, metric), variant };
  if (variant === 'ces-2.0') {
    const calculated = metric.module.calculateCes(outcome.counts, { confidence });
    if (calculated.ok) return { kind: 'ces-2.0', result: calculated.value };
  } else {
    const calculated = metric.module.calculateCesEffort(outcome.counts, { confidence });
    if (calculated.ok) return { kind: 'ces-1.0', result: calculated.value };
  }
  return { kind: 'waiting', variant, outcome: { kind: 'failed', message: 'the counts could not be used' } };
});

// The calculator is on screen: load the metric (the first render has no result, so it does not wait for it).
onMount($cesView, () => {
  cesMetric.load().catch(() => undefined);
});

/** What a share link carries of the result shown, or null. */
export const $cesShared = computed([$cesCalculator, $cesView, ces2Input.$paste, ces1Input.$paste], (state, view, ces2Paste, ces1Paste): ShareState | null => {
  if (view.kind === 'ces-2.0') {
    return { calculator: 'ces', confidence: state.confidence, counts: view.result.distribution, source: getInputSource(state.inputs.ces2, ces2Paste) };
  }
  if (view.kind === 'ces-1.0') {
    return { calculator: 'ces-effort', confidence: state.confidence, counts: view.result.distribution, source: getInputSource(state.inputs.ces1, ces1Paste) };
  }
  return null;
});

/** The share code of the result shown, or null (see shareCodeStore). */
export const $cesShareCode = shareCodeStore($cesShared);

/** What opening a share link did (with the input it replaced, to put back). */
export type CesShareNotice = ScoreShareNotice<CesCalculatorState>;

/** The state with a share link's counts in the CES 2.0 or 1.0 input, that variant shown. */
function withSharedCes(state: CesCalculatorState, shared: ShareState): CesCalculatorState {
  if (shared.calculator === 'ces') {
    const ces2 = withLoadedCounts(state.inputs.ces2, { kind: 'scores', counts: shared.counts }, CES_SCALE, shared.source ?? null);
    return { ...state, confidence: shared.confidence, variant: 'ces-2.0', inputs: { ...state.inputs, ces2 } };
  }
  if (shared.calculator === 'ces-effort') {
    const ces1 = withLoadedCounts(state.inputs.ces1, { kind: 'scores', counts: shared.counts }, CES_EFFORT_SCALE, shared.source ?? null);
    return { ...state, confidence: shared.confidence, variant: 'ces-1.0', inputs: { ...state.inputs, ces1 } };
  }
  return state;
}

const cesShareLink = createScoreShareLink($cesCalculator, ['ces', 'ces-effort'], withSharedCes);

export const $cesShareNotice = cesShareLink.$notice;

/** Choose 90, 95 or 99% confidence. */
export function setCesConfidence(confidence: ConfidenceLevel): void {
  $cesCalculator.set({ ...$cesCalculator.get(), confidence });
}

/** Switch between CES 2.0 and CES 1.0 (each keeps its own answers). */
export function setCesVariant(variant: CesVariant): void {
  $cesCalculator.set({ ...$cesCalculator.get(), variant });
}

/**
 * Read the answers given as one CES question as the other (the page's offer when a CES 1.0 export was pasted
 * as CES 2.0, or the reverse): the text, file name, column and label scores move to the other input, which is
 * shown; the first input is emptied, so the answers are never read as both.
 */
export function readCesAnswersAs(variant: CesVariant): void {
  const from = variant === 'ces-1.0' ? ces2Input : ces1Input;
  const to = variant === 'ces-1.0' ? ces1Input : ces2Input;
  const source = from.$state.get();
  // A large file's text lives in the worker under the first input: read the file again for the other.
  const largeFile = from.getLargeFile();
  if (largeFile) void to.loadFile(largeFile);
  else to.setText(from.$largeText.get() ?? source.text, source.fileName);
  const key = variant === 'ces-1.0' ? 'ces1' : 'ces2';
  const state = $cesCalculator.get();
  $cesCalculator.set({
    ...state,
    variant,
    inputs: { ...state.inputs, [key]: { ...state.inputs[key], column: source.column, readAs: source.readAs, labels: source.labels } },
  });
  from.reset();
  updateInput(variant === 'ces-1.0' ? 'ces2' : 'ces1', () => INITIAL_SCORE_INPUT);
}

/** Empty both inputs; until a reload, the notice offers to put the cleared input back (see createShareLink). */
export function clearCesCalculator(): void {
  ces2Input.reset();
  ces1Input.reset();
  cesShareLink.replace(INITIAL_CES_CALCULATOR, 'clear');
}

/**
 * Open a share link (`#c=<code>`): a valid CES 2.0 or 1.0 code selects that variant and loads its counts
 * into counts mode (the person's own input is kept to put back); anything wrong leaves the saved input alone
 * and says what is wrong.
 *
 * @param hash `location.hash`
 * @returns the notice (also in `$cesShareNotice`), `none` when the fragment holds no code, once the share codec has loaded
 */
export const openCesShareLink = cesShareLink.open;

/** Put back the input a share link replaced. */
export const restoreCesInput = cesShareLink.restore;

/** Hide the share link notice. */
export const dismissCesShareNotice = cesShareLink.dismiss;

/** The view before hydration (the server renders the CES 2.0 prompt). */
export const CES_SSR_VIEW: CesView = { ...WAITING_FOR_INPUT, variant: 'ces-2.0' };
