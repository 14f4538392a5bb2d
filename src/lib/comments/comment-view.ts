/**
 * What the comments view shows, computed where the comments are kept (see src/workers/comment-session.ts):
 * the overview of an opened comment column, the codebook applied with its theme table, one page of the list,
 * a term in context, and the exports. The page receives only these small values.
 */
import type { GroupTerms } from './distinctive-terms.ts';
import type { CommentColumnProblem } from './suggest-comment-column.ts';
import type { ThemeStatistics } from './theme-statistics.ts';

/** What a comment column holds, once read. */
export type CommentsOverview = {
  /** Comments listed (non-blank). */
  readonly total: number;
  /** Rows whose comment cell was blank. */
  readonly blank: number;
  /** Comments without a readable score (in no score group). */
  readonly unscored: number;
  readonly problem: CommentColumnProblem | null;
  /** Set when grouping by segment was asked but the column has more values than can be shown (grouped by score instead). */
  readonly tooManySegments: number | null;
  /** How the comments are grouped (by score when a segment grouping could not be used). */
  readonly grouping: 'score' | 'segment';
  readonly groups: readonly { readonly name: string; readonly comments: number }[];
  /** Comments in no group (no score, or a blank segment). */
  readonly ungrouped: number;
  /** Comments analysed for phrases (English, or too short to tell), and those set aside by language. */
  readonly languages: { readonly analysed: number; readonly setAside: readonly { readonly name: string; readonly count: number }[] };
  /** Personal details found (and masked while masking is on). */
  readonly masking: { readonly email: number; readonly phone: number; readonly number: number };
  /** The words and phrases that set each group apart. */
  readonly terms: readonly GroupTerms[];
  /**
   * Lexicon sentiment: how many comments lean each way, how many were not scored (another language), and how far
   * it agrees with the scores; null while it is being measured (it follows the phrases).
   */
  readonly sentiment: { readonly positive: number; readonly negative: number; readonly neutral: number; readonly notScored: number; readonly agreement: string | null } | null;
};

/** Which comments a list shows. */
export type CommentShow = 'all' | 'uncoded' | 'several' | 'sample' | { readonly theme: number };

/** A page of the comment list: a group, a selection, a search. */
export type CommentQuery = {
  /** A group index, or null for every comment. */
  readonly group: number | null;
  readonly show: CommentShow;
  /** Case-insensitive text to find; '' for none. */
  readonly search: string;
  readonly offset: number;
  readonly limit: number;
  readonly masked: boolean;
  /** Seed of the random sample (a new one draws another sample). */
  readonly seed: number;
};

/** One comment as listed. */
export type CommentItem = {
  readonly index: number;
  /** Key of its hand code (`getCommentKey`). */
  readonly key: string;
  readonly row: number;
  readonly responseId: string;
  /** The text (masked when asked), cut at `MAX_SHOWN_CHARACTERS`. */
  readonly text: string;
  /** Characters not shown (0 when the whole text is). */
  readonly cut: number;
  readonly score: number | null;
  readonly group: number;
  /** Its lexicon sentiment, or null when not scored (another language) or not measured yet. */
  readonly sentiment: 'positive' | 'negative' | 'neutral' | null;
  /** The language it was set aside as (not analysed for phrases), or null. */
  readonly language: string | null;
  readonly themes: readonly number[];
  readonly byHand: boolean;
};

/** One page of comments. */
export type CommentPage = { readonly total: number; readonly offset: number; readonly items: readonly CommentItem[] };

/** A term in context: the words before and after each place it is used. */
export type CommentContext = { readonly index: number; readonly row: number; readonly before: string; readonly match: string; readonly after: string };

/** What to show in context: a ranked term (by its key, all its forms) or a word or phrase as typed. */
export type ContextFind = { readonly kind: 'term'; readonly key: string } | { readonly kind: 'text'; readonly text: string };

export type CommentContexts = { readonly total: number; readonly comments: number; readonly lines: readonly CommentContext[] };

/** The codebook applied: the theme table and what to check. */
export type CodedComments = {
  readonly statistics: ThemeStatistics;
  /** Per theme (codebook order): comments coded, and comments each of its rules matched. */
  readonly themes: readonly { readonly id: string; readonly name: string; readonly comments: number; readonly byRule: readonly number[] }[];
  readonly uncoded: number;
  readonly several: number;
  readonly byHand: number;
  /** Sentences about rules that match almost everything or nothing, and hand codes of removed themes. */
  readonly warnings: readonly string[];
};

/** What can be downloaded. */
export type CommentExport = 'coded-csv' | 'themes-csv' | 'themes-markdown';

/** Longest text sent for one listed comment; the rest is in the CSV. */
export const MAX_SHOWN_CHARACTERS = 2000;
