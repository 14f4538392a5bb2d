import type { ScoreInputOutcome } from '../../lib/score-input/score-input-outcome.ts';
import { useDeferredModule } from '../shared/deferred-module.ts';
import { formatCount } from './format.ts';
import { scoreInputParts } from './ScoreInput.tsx';
import type { NO_VALUES_REASONS } from './waiting-reasons.ts';

/** The wording of why there is no result after a paste, a file or typed counts (see waiting-reasons.ts). */
export type WaitingReasons = { readonly NO_VALUES_REASONS: Readonly<Record<keyof typeof NO_VALUES_REASONS, string>>; readonly INVALID_COUNTS: string };

/**
 * The wording of why there is no result, once it is needed: it loads with the input's later parts, which the input
 * has asked for by then (null for the moment it takes, when nothing is said).
 *
 * @param outcome what the input holds while there is no result; null when there is one
 * @returns the wording, or null
 */
export function useWaitingReasons(outcome: ScoreInputOutcome | null): WaitingReasons | null {
  return useDeferredModule(scoreInputParts, outcome?.kind === 'no-values' || outcome?.kind === 'invalid-counts');
}

/**
 * What the live region says while there is no result: why nothing can be computed (so a person who pasted
 * only bad values hears that, not silence); nothing for the empty prompt, or while reading or loading.
 *
 * @param outcome what the input holds
 * @param reasons the wording (useWaitingReasons)
 * @returns one sentence, or ''
 */
export function getWaitingAnnouncement(outcome: ScoreInputOutcome, reasons: WaitingReasons | null): string {
  switch (outcome.kind) {
    case 'no-values':
      return reasons?.NO_VALUES_REASONS[outcome.reason] ?? '';
    case 'invalid-counts':
      return reasons?.INVALID_COUNTS ?? '';
    case 'failed':
      return `We could not read the answers (${outcome.message}).`;
    default:
      return '';
  }
}

export interface WaitingMessageProps {
  readonly outcome: ScoreInputOutcome;
  /** What to do first, e.g. "Paste 0–10 answers, or type counts, to see the NPS." */
  readonly prompt: string;
  /** The wording of why there is no result (useWaitingReasons); nothing is said for those cases until it is here. */
  readonly reasons: WaitingReasons | null;
}

/** Why there is no result yet: a friendly prompt for an empty input, else what stands in the way. */
export function WaitingMessage({ outcome, prompt, reasons }: WaitingMessageProps) {
  switch (outcome.kind) {
    case 'prompt':
      return <p className="notice notice--info">{prompt}</p>;
    case 'reading':
      return <p className="notice notice--info">Reading {formatCount(outcome.characters)} characters of answers…</p>;
    case 'failed':
      return <p className="notice">We could not read the answers ({outcome.message}). Try again, or type the counts instead.</p>;
    case 'no-values':
      return reasons && <p className="notice">{reasons.NO_VALUES_REASONS[outcome.reason]}</p>;
    case 'invalid-counts':
      return reasons && <p className="notice">{reasons.INVALID_COUNTS}</p>;
    case 'loading':
    case 'scores':
    case 'groups':
      return null;
    default:
      outcome satisfies never;
      return null;
  }
}
