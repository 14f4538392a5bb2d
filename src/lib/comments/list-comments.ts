/**
 * One page of the comment list: the comments of a group, a selection (uncoded, in several themes, a random
 * sample of coded ones, one theme) and a search, in export order, with what the view shows beside each.
 */
import { sampleCodedComments } from './check-coding.ts';
import type { CommentCoding, CommentSet } from './comment.ts';
import { getCommentKey } from './comment.ts';
import type { CommentItem, CommentPage, CommentQuery } from './comment-view.ts';
import { MAX_SHOWN_CHARACTERS } from './comment-view.ts';

/** What the list needs of the text analysis: each comment's masked text, sentiment and set-aside language. */
export type ListedAnnotations = {
  /** The masked text, where masking changed the comment; null where it did not. */
  readonly masked: readonly (string | null)[];
  /** 1 positive, −1 negative, 0 neutral, anything else not scored; null while sentiment is being measured. */
  readonly sentiment: ArrayLike<number> | null;
  /** The language a comment was set aside as, or null when it was analysed. */
  readonly language: readonly (string | null)[];
};

/** A seeded sample of `size` of the `allowed` comments (all coded), by `sampleCodedComments`, in export order. */
function sampleFrom(coding: CommentCoding, allowed: readonly number[], size: number, seed: number): number[] {
  const keep = new Uint8Array(coding.themes.length);
  for (const index of allowed) keep[index] = 1;
  const restricted: CommentCoding = { themes: coding.themes.map((themes, index) => (keep[index] === 1 ? themes : [])), byHand: coding.byHand };
  return sampleCodedComments(restricted, { size, seed }).sort((a, b) => a - b);
}

/** How much of a text is shown: all of it, or `MAX_SHOWN_CHARACTERS` without splitting an emoji's surrogate pair. */
function shownLength(text: string): number {
  if (text.length <= MAX_SHOWN_CHARACTERS) return text.length;
  const code = text.charCodeAt(MAX_SHOWN_CHARACTERS - 1);
  return code >= 0xd800 && code <= 0xdbff ? MAX_SHOWN_CHARACTERS - 1 : MAX_SHOWN_CHARACTERS;
}

/** Most comments in one page. */
export const MAX_PAGE_SIZE = 100;

/**
 * List one page of comments. The search is case-insensitive and looks in the text as shown (masked while
 * masking is on, so a masked email cannot be found by typing it). A sample holds `limit` coded comments of the
 * group and search, drawn with the query's seed.
 *
 * @param set the comments and groups
 * @param annotations masked texts, sentiment and language per comment
 * @param coding the codebook applied
 * @param query the group, selection, search, page and masking
 * @returns the matching count and the page's comments
 * @example listComments(set, annotations, coding, { group: 2, show: 'uncoded', search: 'refund', offset: 0, limit: 25, masked: true, seed: 1 })
 */
export function listComments(set: CommentSet, annotations: ListedAnnotations, coding: CommentCoding, query: CommentQuery): CommentPage {
  const limit = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(query.limit) || 1));
  const search = query.search.trim().toLowerCase();
  const shownText = (index: number) => (query.masked ? (annotations.masked[index] ?? set.comments[index]?.text ?? '') : (set.comments[index]?.text ?? ''));
  const { show } = query;
  const matches: number[] = [];
  set.comments.forEach((comment, index) => {
    if (query.group !== null && comment.group !== query.group) return;
    const themes = coding.themes[index] ?? [];
    if (show === 'uncoded' && themes.length > 0) return;
    if (show === 'several' && themes.length < 2) return;
    if (show === 'sample' && themes.length === 0) return;
    if (typeof show === 'object' && !themes.includes(show.theme)) return;
    if (search !== '' && !shownText(index).toLowerCase().includes(search)) return;
    matches.push(index);
  });
  // A sample is drawn from the coded comments the group and search leave, in export order to read like the list.
  const chosen = show === 'sample' ? sampleFrom(coding, matches, limit, query.seed) : matches;
  const offset = show === 'sample' ? 0 : Math.max(0, Math.min(Math.floor(query.offset) || 0, Math.max(0, chosen.length - 1)));
  const items: CommentItem[] = chosen.slice(offset, offset + limit).map((index) => {
    const comment = set.comments[index];
    const text = shownText(index);
    const sentiment = annotations.sentiment?.[index];
    return {
      index,
      key: comment ? getCommentKey(comment) : '',
      row: comment?.row ?? 0,
      responseId: comment?.responseId ?? '',
      text: text.slice(0, shownLength(text)),
      cut: text.length - shownLength(text),
      score: comment?.score ?? null,
      group: comment?.group ?? -1,
      sentiment: sentiment === 1 ? 'positive' : sentiment === -1 ? 'negative' : sentiment === 0 ? 'neutral' : null,
      language: annotations.language[index] ?? null,
      themes: coding.themes[index] ?? [],
      byHand: coding.byHand[index] ?? false,
    };
  });
  return { total: chosen.length, offset, items };
}
