/** What the score calculators' stores share: the "waiting" view. */
import type { ScoreInputOutcome } from '../lib/score-input/score-input-outcome.ts';

/** No result yet: why (a prompt, reading, nothing that can count, a wrong count field). */
export type WaitingView = { readonly kind: 'waiting'; readonly outcome: ScoreInputOutcome };

/** The view every score calculator shows before the island has hydrated: the prompt. */
export const WAITING_FOR_INPUT: WaitingView = { kind: 'waiting', outcome: { kind: 'prompt' } };
