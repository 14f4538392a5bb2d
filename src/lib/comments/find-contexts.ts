/**
 * A distinctive term in context (a keyword-in-context list): every place the analysed comments use it, with the
 * words before and after, so the analyst reads what a phrase means before trusting it.
 */
import type { CommentSet } from './comment.ts';
import type { CommentContext, CommentContexts } from './comment-view.ts';
import type { CommentTermIndex } from './comment-term-index.ts';
import { forEachTermWord, getTermKey, stemWord } from './comment-term-index.ts';

/** What finding contexts needs of the text analysis. */
export type ContextSource = {
  readonly terms: CommentTermIndex;
  /** `analysed[i]` is the comment behind the term index's comment i. */
  readonly analysed: ArrayLike<number>;
  readonly masked: readonly (string | null)[];
};

/** Most lines returned (all uses are counted). */
export const MAX_CONTEXT_LINES = 200;
/** Characters kept each side of a use. */
export const CONTEXT_CHARACTERS = 60;

type StemmedWord = { stem: string; start: number; end: number; startsSpan: boolean };

/** The words of a text as the term index read them (same spans), stemmed, with where each is in the text. */
function readStemmedWords(text: string): StemmedWord[] {
  const words: StemmedWord[] = [];
  forEachTermWord(text, (word, start, end, startsSpan) => void words.push({ stem: stemWord(word), start, end, startsSpan }));
  return words;
}

/** Cut a context to about `CONTEXT_CHARACTERS`, at a space, with "…" where text was left out. */
function cut(text: string, side: 'before' | 'after'): string {
  const clean = text.replace(/\s+/g, ' ');
  if (clean.length <= CONTEXT_CHARACTERS) return side === 'before' ? clean.trimStart() : clean.trimEnd();
  if (side === 'before') {
    const start = clean.indexOf(' ', clean.length - CONTEXT_CHARACTERS);
    return `…${clean.slice(start < 0 ? clean.length - CONTEXT_CHARACTERS : start)}`;
  }
  const end = clean.lastIndexOf(' ', CONTEXT_CHARACTERS);
  return `${clean.slice(0, end <= 0 ? CONTEXT_CHARACTERS : end)}…`;
}

/**
 * Find every use of a term (by its key: stems joined by spaces) in the analysed comments, optionally of one
 * group. The text is shown masked when asked, and the term is found in that text.
 *
 * @param set the comments and groups
 * @param source the term index, the analysed comments and the masked texts
 * @param key the term's key, as ranked (e.g. "wait on hold")
 * @param group a group index, or null for every group
 * @param masked whether to show the masked text
 * @returns the number of uses and of comments, and up to `MAX_CONTEXT_LINES` lines in export order
 * @example findContexts(set, analysis, 'refund', 2, true).lines[0] // { row: 5, before: 'Still waiting for my', match: 'refund', after: 'after three weeks.' }
 */
export function findContexts(set: CommentSet, source: ContextSource, key: string, group: number | null, masked: boolean): CommentContexts {
  const stems = key.split(' ');
  const { terms } = source;
  let termId = -1;
  for (let id = 0; id < terms.termCount && termId < 0; id += 1) if (getTermKey(terms, id) === key) termId = id;
  const lines: CommentContext[] = [];
  let total = 0;
  let comments = 0;
  if (termId < 0 || stems.length === 0) return { total, comments, lines };
  for (let analysed = 0; analysed < terms.commentCount; analysed += 1) {
    let has = false;
    for (let slot = terms.termStarts[analysed] ?? 0; slot < (terms.termStarts[analysed + 1] ?? 0); slot += 1) if (terms.termIds[slot] === termId) has = true;
    if (!has) continue;
    const index = source.analysed[analysed] ?? -1;
    const comment = set.comments[index];
    if (comment === undefined || (group !== null && comment.group !== group)) continue;
    const text = masked ? (source.masked[index] ?? comment.text) : comment.text;
    const words = readStemmedWords(text);
    let found = false;
    for (let first = 0; first + stems.length <= words.length; first += 1) {
      let matches = true;
      for (let offset = 0; offset < stems.length && matches; offset += 1) {
        const word = words[first + offset];
        // A phrase's words follow one another inside one span, as when the terms were counted.
        matches = word !== undefined && word.stem === stems[offset] && (offset === 0 || !word.startsSpan);
      }
      if (!matches) continue;
      found = true;
      total += 1;
      const start = words[first]?.start ?? 0;
      const end = words[first + stems.length - 1]?.end ?? start;
      if (lines.length < MAX_CONTEXT_LINES) lines.push({ index, row: comment.row, before: cut(text.slice(0, start), 'before'), match: text.slice(start, end), after: cut(text.slice(end), 'after') });
    }
    if (found) comments += 1;
  }
  return { total, comments, lines };
}

/** Characters that mean something in a regular expression, escaped to stand for themselves. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Find every place any comment (analysed or set aside by language) holds a typed word or phrase, case-insensitive,
 * optionally in one group: the keyword-in-context view for whatever the analyst searches. Spaces in the phrase
 * match any run of spaces or line breaks. The text is shown, and searched, masked when asked.
 *
 * @param set the comments and groups
 * @param masked the masked texts (null where masking changed nothing)
 * @param text the word or phrase as typed
 * @param group a group index, or null for every group
 * @param showMasked whether to show (and search) the masked text
 * @returns the number of uses and of comments, and up to `MAX_CONTEXT_LINES` lines in export order
 * @example findTextContexts(set, masked, 'money back', null, true).total // 3
 */
export function findTextContexts(set: CommentSet, masked: readonly (string | null)[], text: string, group: number | null, showMasked: boolean): CommentContexts {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  const lines: CommentContext[] = [];
  let total = 0;
  let comments = 0;
  if (words.length === 0) return { total, comments, lines };
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  set.comments.forEach((comment, index) => {
    if (group !== null && comment.group !== group) return;
    const shown = showMasked ? (masked[index] ?? comment.text) : comment.text;
    let found = false;
    for (const match of shown.matchAll(pattern)) {
      found = true;
      total += 1;
      const start = match.index;
      const end = start + match[0].length;
      if (lines.length < MAX_CONTEXT_LINES) lines.push({ index, row: comment.row, before: cut(shown.slice(0, start), 'before'), match: shown.slice(start, end), after: cut(shown.slice(end), 'after') });
    }
    if (found) comments += 1;
  });
  return { total, comments, lines };
}
