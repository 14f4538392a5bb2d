/** What the score calculators' stores share: the "waiting" view. */
import { describeUnavailablePart, type ScoreInputOutcome } from '../lib/score-input/score-input-outcome.ts';
import type { LazyModuleState } from './lazy-module.ts';

/** No result yet: why (a prompt, reading, nothing that can count, a wrong count field). */
export type WaitingView = { readonly kind: 'waiting'; readonly outcome: ScoreInputOutcome };

/** The view every score calculator shows before the island has hydrated: the prompt. */
export const WAITING_FOR_INPUT: WaitingView = { kind: 'waiting', outcome: { kind: 'prompt' } };

/**
 * The view while a calculator's metric (its statistics, loaded as the island mounts rather than with the page's
 * first script) is not here: what the input says (nothing is shown for counts, as while the result's parts load),
 * or, for counts when it could not load, why there is no result.
 */
export function waitForMetric(outcome: ScoreInputOutcome, metric: LazyModuleState<unknown>): WaitingView {
  if (metric.kind === 'failed' && (outcome.kind === 'scores' || outcome.kind === 'groups')) {
    return { kind: 'waiting', outcome: { kind: 'failed', message: describeUnavailablePart('works out the result') } };
  }
  return { kind: 'waiting', outcome };
}
