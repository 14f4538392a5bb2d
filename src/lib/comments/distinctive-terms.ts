/**
 * The words and phrases that set each group of comments apart (promoters vs the rest, detractors vs the
 * rest…): each group against all other comments together, ranked by the weighted log-odds z-score with an
 * informative Dirichlet prior (`weighted-log-odds.ts`; Monroe, Colaresi & Quinn 2008). Read the method in
 * `README.md` beside this file.
 *
 * Split in two so the worker reads the comments once (`indexCommentTerms`) and re-ranks on every change of
 * grouping (`rankDistinctiveTerms`, one pass over the index).
 */
import type { CommentTermIndex } from './comment-term-index.ts';
import { getTermKey, getTermText, indexCommentTerms } from './comment-term-index.ts';
import { getWeightedLogOdds } from './weighted-log-odds.ts';

/** A term more typical of a group than of the other comments. */
export type DistinctiveTerm = {
  /** As shown: its commonest written form, e.g. "delivery late". */
  readonly term: string;
  /** Its stems joined by a space, e.g. "deliveri late": the same for "deliveries late". */
  readonly key: string;
  readonly words: 1 | 2 | 3;
  /** Comments of the group that use it. */
  readonly inGroup: number;
  /** Other comments (other groups and comments in no group) that use it. */
  readonly inOthers: number;
  /** δ: the group's log-odds of the term minus the others', after the prior. */
  readonly delta: number;
  /** δ over its standard error: the ranking. */
  readonly z: number;
};

/** One group's distinctive terms, highest z first. */
export type GroupTerms = { readonly group: number; readonly comments: number; readonly terms: readonly DistinctiveTerm[] };

export type DistinctiveTermOptions = {
  /** At most this many terms per group (default 15). */
  readonly maxTerms?: number;
  /** A term must occur in at least this many of the group's comments (default 3). */
  readonly minCount?: number;
  /** A term's z must be at least this (default 1.96, the two-sided 95% point of a standard normal). */
  readonly minZ?: number;
  /** α0, the prior's weight in term counts (default: `DEFAULT_PRIOR_SHARE` of the corpus's term count, see README). */
  readonly priorTotal?: number;
};

export const DEFAULT_MAX_TERMS = 15;
export const DEFAULT_MIN_COUNT = 3;
export const DEFAULT_MIN_Z = 1.96;
/**
 * The prior weighs as much as this share of all term counts. The whole corpus (share 1, as tidylo and Jurafsky's
 * script do) drowns a small group: a term in 10 of 30 detractors' comments and 20 of 970 others' (16 times the
 * rate) gets z ≈ 2.0; at 0.1 it gets z ≈ 4.4, while a 3-against-0 term stays at z ≈ 2.4. A share, not a fixed
 * number, so doubling every comment leaves δ unchanged and multiplies z by √2.
 */
export const DEFAULT_PRIOR_SHARE = 0.1;

/**
 * A phrase hides a shorter term inside it when at least this share of the group's comments with the shorter
 * term also have the phrase: "waited on hold" in 9 of the 10 comments with "hold" says the same thing once.
 */
export const PHRASE_COVERAGE = 0.8;

/** More groups than this is not a grouping a person reads (and would cost memory): treated as no groups. */
const MAX_GROUPS = 100_000;

type Candidate = { readonly termId: number; readonly words: number; readonly inGroup: number; readonly inOthers: number; readonly delta: number; readonly z: number; readonly key: string };

/** Whether the longer term's stems hold the shorter term's stems, consecutively. */
function containsTerm(index: CommentTermIndex, longer: Candidate, shorter: Candidate): boolean {
  for (let offset = 0; offset + shorter.words <= longer.words; offset += 1) {
    let matches = true;
    for (let slot = 0; slot < shorter.words && matches; slot += 1) {
      matches = index.termStems[longer.termId * 3 + offset + slot] === index.termStems[shorter.termId * 3 + slot];
    }
    if (matches) return true;
  }
  return false;
}

/** A phrase stands for a shorter term inside it when it covers most of that term's comments in the group. */
const standsFor = (index: CommentTermIndex, phrase: Candidate, shorter: Candidate): boolean =>
  phrase.words > shorter.words && phrase.inGroup >= PHRASE_COVERAGE * shorter.inGroup && containsTerm(index, phrase, shorter);

/** Take candidates by z; a phrase that stands for a shorter term already taken replaces it, and the reverse is skipped. */
function selectTerms(index: CommentTermIndex, sorted: readonly Candidate[], maxTerms: number): Candidate[] {
  let shown: Candidate[] = [];
  for (const candidate of sorted) {
    if (shown.length >= maxTerms) break;
    if (shown.some((taken) => standsFor(index, taken, candidate))) continue;
    shown = shown.filter((taken) => !standsFor(index, candidate, taken));
    shown.push(candidate);
  }
  return shown;
}

const pickOption = (value: number | undefined, isValid: (value: number) => boolean, fallback: number): number =>
  value !== undefined && isValid(value) ? value : fallback;

/**
 * Rank each group's distinctive terms from an index.
 *
 * @param index from `indexCommentTerms` over the same comments
 * @param groupOf per comment its group, 0 to groupCount − 1; −1 (or anything else) = in no group: the comment
 *   still counts in the prior and among the "others", but in no group
 * @param groupCount number of groups, a whole number (otherwise no groups)
 * @param options thresholds and prior (invalid values fall back to the defaults)
 * @returns one entry per group; every list is empty when fewer than 2 groups have comments. O(terms in the index)
 * @example rankDistinctiveTerms(indexCommentTerms(texts), [0, 0, 1, -1], 2) // [{ group: 0, comments: 2, terms: [...] }, { group: 1, ... }]
 */
export function rankDistinctiveTerms(index: CommentTermIndex, groupOf: ArrayLike<number>, groupCount: number, options: DistinctiveTermOptions = {}): readonly GroupTerms[] {
  const groups = Number.isInteger(groupCount) && groupCount > 0 && groupCount <= MAX_GROUPS ? groupCount : 0;
  const maxTerms = pickOption(options.maxTerms, (value) => Number.isInteger(value) && value >= 0, DEFAULT_MAX_TERMS);
  const minCount = Math.ceil(pickOption(options.minCount, (value) => Number.isFinite(value) && value >= 1, DEFAULT_MIN_COUNT));
  const minZ = pickOption(options.minZ, (value) => !Number.isNaN(value), DEFAULT_MIN_Z);
  const corpusTotal = index.termIds.length;
  const priorTotal = pickOption(options.priorTotal, (value) => Number.isFinite(value) && value > 0, DEFAULT_PRIOR_SHARE * corpusTotal);

  const groupOfComment = new Int32Array(index.commentCount);
  const commentsIn = new Array<number>(groups).fill(0);
  const termsIn = new Array<number>(groups).fill(0);
  for (let comment = 0; comment < index.commentCount; comment += 1) {
    const value = groupOf[comment];
    const group = value !== undefined && Number.isInteger(value) && value >= 0 && value < groups ? value : -1;
    groupOfComment[comment] = group;
    if (group === -1) continue;
    commentsIn[group] = (commentsIn[group] ?? 0) + 1;
    termsIn[group] = (termsIn[group] ?? 0) + (index.termStarts[comment + 1] ?? 0) - (index.termStarts[comment] ?? 0);
  }
  const compared = commentsIn.filter((count) => count > 0).length >= 2;
  // The comments ordered by group (a counting sort), so each group's pass reads only its own comments.
  const groupStarts = new Uint32Array(groups + 1);
  commentsIn.forEach((count, group) => (groupStarts[group + 1] = (groupStarts[group] ?? 0) + count));
  const commentsByGroup = new Uint32Array(groupStarts[groups] ?? 0);
  const filled = groupStarts.slice(0, groups);
  groupOfComment.forEach((group, comment) => {
    if (group !== -1) commentsByGroup[(filled[group] = (filled[group] ?? 0) + 1) - 1] = comment;
  });

  const counts = new Uint32Array(index.termCount);
  const touched: number[] = [];
  return commentsIn.map((comments, group): GroupTerms => {
    if (!compared || comments === 0 || maxTerms === 0) return { group, comments, terms: [] };
    for (let position = groupStarts[group] ?? 0; position < (groupStarts[group + 1] ?? 0); position += 1) {
      const comment = commentsByGroup[position] ?? 0;
      const end = index.termStarts[comment + 1] ?? 0;
      for (let at = index.termStarts[comment] ?? 0; at < end; at += 1) {
        const termId = index.termIds[at] ?? 0;
        if (counts[termId] === 0) touched.push(termId);
        counts[termId] = (counts[termId] ?? 0) + 1;
      }
    }
    const groupTotal = termsIn[group] ?? 0;
    const candidates: Candidate[] = [];
    for (const termId of touched) {
      const inGroup = counts[termId] ?? 0;
      counts[termId] = 0;
      if (inGroup < minCount) continue;
      const inOthers = (index.termComments[termId] ?? 0) - inGroup;
      const odds = getWeightedLogOdds({ inGroup, inOthers, groupTotal, othersTotal: corpusTotal - groupTotal }, priorTotal);
      if (odds === null || !(odds.z >= minZ)) continue;
      candidates.push({ termId, words: index.termWords[termId] ?? 1, inGroup, inOthers, ...odds, key: getTermKey(index, termId) });
    }
    touched.length = 0;
    // Ties on z break by key, so the list does not depend on the comments' order.
    candidates.sort((left, right) => right.z - left.z || (left.key < right.key ? -1 : left.key > right.key ? 1 : 0));
    const terms = selectTerms(index, candidates, maxTerms).map(
      (candidate): DistinctiveTerm => ({
        term: getTermText(index, candidate.termId),
        key: candidate.key,
        words: candidate.words === 3 ? 3 : candidate.words === 2 ? 2 : 1,
        inGroup: candidate.inGroup,
        inOthers: candidate.inOthers,
        delta: candidate.delta,
        z: candidate.z,
      }),
    );
    return { group, comments, terms };
  });
}

/**
 * Read comments and rank each group's distinctive terms in one call (`indexCommentTerms` + `rankDistinctiveTerms`).
 *
 * @param texts the comments as written
 * @param groupOf per comment its group (see `rankDistinctiveTerms`)
 * @param groupCount number of groups
 * @param options thresholds and prior
 * @returns one entry per group, highest z first
 * @example findDistinctiveTerms(['Late again', …], [2, …], 3) // [{ group: 0, comments: 40, terms: [{ term: 'friendly staff', z: 4.1, … }] }, …]
 * @see https://doi.org/10.1093/pan/mpn018 (Monroe, Colaresi & Quinn 2008, "Fightin' Words")
 */
export function findDistinctiveTerms(texts: readonly string[], groupOf: ArrayLike<number>, groupCount: number, options?: DistinctiveTermOptions): readonly GroupTerms[] {
  return rankDistinctiveTerms(indexCommentTerms(texts), groupOf, groupCount, options);
}
