/** Pieces the score calculators' stores share: the confidence schema and the "waiting" view. */
import { z } from '../lib/schema/zod.ts';
import type { ConfidenceLevel } from '../lib/metrics/confidence-level.ts';
import type { ScoreInputOutcome } from '../lib/score-input/score-input-outcome.ts';

/** 90, 95 or 99, as saved. */
export const confidenceSchema = z.union([z.literal(90), z.literal(95), z.literal(99)]) satisfies z.ZodMiniType<ConfidenceLevel>;

/** No result yet: why (a prompt, reading, nothing that can count, a wrong count field). */
export type WaitingView = { readonly kind: 'waiting'; readonly outcome: ScoreInputOutcome };

/** The view every score calculator shows before the island has hydrated: the prompt. */
export const WAITING_FOR_INPUT: WaitingView = { kind: 'waiting', outcome: { kind: 'prompt' } };
