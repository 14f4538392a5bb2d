/**
 * What a score input hands its calculator: the counts read from a paste or typed as totals, or why there
 * are none yet. Pure; the store (`src/stores/score-input.ts`) derives it whenever the input changes.
 */
import type { CountFieldsParse } from '../metrics/parse-count-fields.ts';
import type { NpsGroupFieldsParse } from '../metrics/parse-nps-group-fields.ts';
import type { NpsGroups } from '../metrics/nps-groups.ts';
import type { PasteAnalysis } from '../metrics/analyse-paste.ts';
import type { ScoreScale } from '../metrics/score-scale.ts';
import { getScalePointCount, isSameScale } from '../metrics/score-scale.ts';
import type { KeptCounts, ScoreInputState } from './score-input-state.ts';

/** Where the paste stands. */
export type PasteState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reading'; readonly characters: number }
  | { readonly kind: 'read'; readonly analysis: Exclude<PasteAnalysis, { kind: 'empty' }>; readonly large: boolean }
  /** A large paste's counts restored after a reload (its text was not kept). */
  | { readonly kind: 'kept'; readonly kept: KeptCounts }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Typed counts not read yet: the code that reads them loads as the input first shows, not with the page's first
 * script (issue 17), and is `unavailable` when it could not load (offline before the site was cached).
 */
export type UnreadCounts = { readonly kind: 'pending' | 'unavailable' };

/** The counts mode fields, read. */
export type CountsCheck =
  | { readonly kind: 'scores'; readonly parse: CountFieldsParse | UnreadCounts }
  | { readonly kind: 'groups'; readonly parse: NpsGroupFieldsParse | UnreadCounts };

/**
 * Why there is no result when a part of the calculator's code could not load (offline before the site was cached).
 *
 * @param part what the part does, e.g. "reads the counts"
 * @example describeUnavailablePart('reads files') // 'the part that reads files could not be loaded: check your connection, then reload the page'
 */
export const describeUnavailablePart = (part: string): string => `the part that ${part} could not be loaded: check your connection, then reload the page`;

/** Why there is no result when the code that reads typed counts could not load. */
export const COUNTS_READER_UNAVAILABLE = describeUnavailablePart('reads the counts');

/** What the calculator gets from the input. */
export type ScoreInputOutcome =
  /** Nothing pasted or typed yet: a prompt, not an error. */
  | { readonly kind: 'prompt' }
  | { readonly kind: 'reading'; readonly characters: number }
  /** Typed counts whose reader is still loading (a moment after the page opens): nothing to show yet. */
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  /** Something was given, but no answer can count. */
  | { readonly kind: 'no-values'; readonly reason: 'all-left-out' | 'words-unscored' | 'no-responses' | 'empty-column' | 'choose-column' | 'group-column' | 'zero-counts' | 'kept-other-scale' }
  /** A counts field is wrong; the fields say which. */
  | { readonly kind: 'invalid-counts' }
  | { readonly kind: 'scores'; readonly counts: readonly number[]; readonly n: number }
  | { readonly kind: 'groups'; readonly groups: NpsGroups; readonly n: number };

/**
 * What the calculator gets from the paste. Counts read (or kept) on another scale never count on this one.
 *
 * @param paste where the paste stands
 * @param scale the scale answers are read on
 * @returns the outcome
 * @example getPasteOutcome({ kind: 'empty' }, NPS_SCALE) // { kind: 'prompt' }
 */
export function getPasteOutcome(paste: PasteState, scale: ScoreScale): ScoreInputOutcome {
  switch (paste.kind) {
    case 'empty':
      return { kind: 'prompt' };
    case 'reading':
      return { kind: 'reading', characters: paste.characters };
    case 'failed':
      return { kind: 'failed', message: paste.message };
    case 'kept': {
      const { kept } = paste;
      if (!isSameScale(kept.scale, scale) || kept.counts.length !== getScalePointCount(scale)) return { kind: 'no-values', reason: 'kept-other-scale' };
      if (kept.n === 0) return { kind: 'no-values', reason: 'all-left-out' };
      return { kind: 'scores', counts: kept.counts, n: kept.n };
    }
    case 'read': {
      const { parse } = paste.analysis;
      const { unread } = paste.analysis;
      // Header rows only, or a group column where groups are not read (see PasteAnalysis.unread); unscored words below.
      if (unread && unread !== 'words-unscored') return { kind: 'no-values', reason: unread };
      // No column fits the scale: ask, never headline the first column.
      if (paste.analysis.kind === 'table' && paste.analysis.chosenBy === 'first') return { kind: 'no-values', reason: 'choose-column' };
      if (paste.analysis.groups !== null) {
        const { groups } = paste.analysis;
        return groups.n === 0 ? { kind: 'no-values', reason: 'all-left-out' } : { kind: 'groups', groups: groups.groups, n: groups.n };
      }
      if (parse.kind === 'empty') return paste.analysis.kind === 'table' ? { kind: 'no-values', reason: 'empty-column' } : { kind: 'prompt' };
      // Read on another scale a moment ago (the scale just changed): the new reading follows at once.
      if (!isSameScale(parse.scale, scale)) return { kind: 'reading', characters: paste.analysis.size.characters };
      if (parse.n === 0) return { kind: 'no-values', reason: unread ?? 'all-left-out' };
      return { kind: 'scores', counts: parse.counts, n: parse.n };
    }
    default:
      paste satisfies never;
      return { kind: 'prompt' };
  }
}

/**
 * How many pasted values the answers in use leave out because they cannot count, so a result can say so
 * (the report under the box lists them). 0 in counts mode, and while the paste is still being read.
 *
 * @param mode the input's mode
 * @param paste where the paste stands
 * @param scale the scale answers are read on
 * @returns the number left out
 * @param sharedLeftOut in counts mode, what the share link the counts came from left out (0 for typed counts)
 * @example getLeftOutCount('counts', paste, NPS_SCALE) // 0
 */
export function getLeftOutCount(mode: ScoreInputState['mode'], paste: PasteState, scale: ScoreScale, sharedLeftOut = 0): number {
  // Counts from a share link left out what their source left out; counts typed by hand leave out nothing.
  if (mode === 'counts') return sharedLeftOut;
  if (paste.kind === 'kept') return isSameScale(paste.kept.scale, scale) ? paste.kept.leftOut : 0;
  if (paste.kind === 'read' && paste.analysis.groups !== null) return paste.analysis.groups.leftOut;
  if (paste.kind !== 'read' || paste.analysis.parse.kind === 'empty') return 0;
  return isSameScale(paste.analysis.parse.scale, scale) ? paste.analysis.parse.leftOut : 0;
}

/**
 * What the calculator gets from the counts fields: blank fields are a prompt, all zero is no values; nothing yet
 * while their reader loads.
 *
 * @param check the counts fields, read
 * @returns the outcome
 * @example getCountsOutcome({ kind: 'scores', parse: parseCountFields(['1', '', '2'], { min: 1, max: 3 }) }) // { kind: 'scores', counts: [1, 0, 2], n: 3 }
 */
export function getCountsOutcome(check: CountsCheck): ScoreInputOutcome {
  const { parse } = check;
  switch (parse.kind) {
    case 'empty':
      return { kind: 'prompt' };
    case 'pending':
      return { kind: 'loading' };
    case 'unavailable':
      return { kind: 'failed', message: COUNTS_READER_UNAVAILABLE };
    case 'invalid':
      return { kind: 'invalid-counts' };
    case 'counts':
      return parse.n === 0 ? { kind: 'no-values', reason: 'zero-counts' } : { kind: 'scores', counts: parse.counts, n: parse.n };
    case 'groups':
      return parse.n === 0 ? { kind: 'no-values', reason: 'zero-counts' } : { kind: 'groups', groups: parse.groups, n: parse.n };
    default:
      parse satisfies never;
      return { kind: 'prompt' };
  }
}
