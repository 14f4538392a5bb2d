import type { ScoreInputOutcome } from '../../lib/score-input/score-input-outcome.ts';
import { formatCount } from './format.ts';

const NO_VALUES_REASONS = {
  'all-left-out': 'None of the values can count, so there is no result yet: the list under the box says why for each one.',
  'empty-column': 'The chosen column has no values: choose another column.',
  'choose-column': 'No column looks like answers on this scale: choose the column to read.',
  'zero-counts': 'Every count is 0: type how many gave each answer.',
  'kept-other-scale': 'The counts kept from your large paste were read on another scale. Paste the answers again to read them on this one.',
} as const;

const INVALID_COUNTS = 'Fix the counts marked above to see the result.';

/**
 * What the live region says while there is no result: why nothing can be computed (so a person who pasted
 * only bad values hears that, not silence); nothing for the empty prompt, or while reading or loading.
 *
 * @param outcome what the input holds
 * @returns one sentence, or ''
 */
export function getWaitingAnnouncement(outcome: ScoreInputOutcome): string {
  switch (outcome.kind) {
    case 'no-values':
      return NO_VALUES_REASONS[outcome.reason];
    case 'invalid-counts':
      return INVALID_COUNTS;
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
}

/** Why there is no result yet: a friendly prompt for an empty input, else what stands in the way. */
export function WaitingMessage({ outcome, prompt }: WaitingMessageProps) {
  switch (outcome.kind) {
    case 'prompt':
      return <p className="notice notice--info">{prompt}</p>;
    case 'reading':
      return <p className="notice notice--info">Reading {formatCount(outcome.characters)} characters of answers…</p>;
    case 'failed':
      return <p className="notice">We could not read the answers ({outcome.message}). Try again, or type the counts instead.</p>;
    case 'no-values':
      return <p className="notice">{NO_VALUES_REASONS[outcome.reason]}</p>;
    case 'invalid-counts':
      return <p className="notice">{INVALID_COUNTS}</p>;
    case 'loading':
    case 'scores':
    case 'groups':
      return null;
    default:
      outcome satisfies never;
      return null;
  }
}
