/**
 * The open comments of a survey export, as the comments view reads them: each comment with its row, response
 * ID, score and group, and the codebook that codes them into themes. Plain data, shared by the text analysis,
 * the codebook, the theme statistics and the exports.
 */

/** One non-blank comment of an export. */
export type SurveyComment = {
  /** The row as a spreadsheet shows it (1-based; a header row counts). */
  readonly row: number;
  /** The export's response ID, or '' when it has none. */
  readonly responseId: string;
  /** The comment as written (never blank: blank comments are counted apart, not listed). */
  readonly text: string;
  /** The score on the survey's scale given in the same row, or null when that cell was blank or unread. */
  readonly score: number | null;
  /** Index into `CommentSet.groups` (promoters, passives…, or a segment), or −1 when in no group. */
  readonly group: number;
};

/** The comments of one export grouped one way. */
export type CommentSet = {
  readonly comments: readonly SurveyComment[];
  /** Group names in display order (e.g. Promoters, Passives, Detractors; or a segment column's values). */
  readonly groups: readonly string[];
};

/** A theme of a codebook: a name and the rules that find it. */
export type Theme = {
  /** Stable id (kept when the theme is renamed), 1–40 characters of `[A-Za-z0-9_-]`. */
  readonly id: string;
  readonly name: string;
  /** Rules in the codebook's rule syntax (a word, a phrase, `*` wildcards): see `theme-rule.ts`. */
  readonly rules: readonly string[];
};

/**
 * Codes given by hand, by comment key (`getCommentKey`): the theme ids the analyst chose. A hand code wins over
 * the rules for that comment: its themes are exactly these (an empty list means "no theme", on purpose).
 */
export type HandCodes = Readonly<Record<string, readonly string[]>>;

/** An analyst's codebook: themes and hand codes. Hand codes never leave in a share link. */
export type Codebook = { readonly themes: readonly Theme[]; readonly handCodes: HandCodes };

/** The codebook applied to a comment list. */
export type CommentCoding = {
  /** Per comment (same order as the list), the indexes in `Codebook.themes` it is coded with, ascending. */
  readonly themes: readonly (readonly number[])[];
  /** Per comment, whether its codes came from a hand code rather than the rules. */
  readonly byHand: readonly boolean[];
};

/**
 * A comment's key for hand codes: its response ID when the export has one, else its row. Stable across
 * re-reads of the same export, and holds no comment text.
 *
 * @example getCommentKey({ row: 7, responseId: 'R_1a', text: 'Slow', score: 3, group: 2 }) // 'id:R_1a'
 */
export function getCommentKey(comment: Pick<SurveyComment, 'row' | 'responseId'>): string {
  return comment.responseId === '' ? `row:${comment.row}` : `id:${comment.responseId}`;
}
