/**
 * Splitting a comment into the words the term analysis counts. Words come from `Intl.Segmenter` (Unicode word
 * boundaries, so "don't", "e-mail"'s parts, "café", "niño" and Chinese words are found without a hand-written
 * regex), NFKC-normalised (full-width letters and ligatures become plain ones), lower-cased with the
 * locale-independent `toLowerCase`, and with typographic apostrophes folded to ' so "don’t" and "don't" are one
 * word. A word without a letter (a number, "1,000", "___") or longer than `MAX_WORD_LENGTH` (a URL, a pasted
 * token, keyboard mashing) is left out.
 *
 * Phrases are counted inside spans: a span ends at punctuation (. , ! ? ; : quotes, brackets…), a line break,
 * an emoji or symbol, or a left-out word, so "delivery was late. staff rude" never yields "late staff". Spaces,
 * tabs and hyphens do not end a span ("follow-up" reads as "follow up").
 *
 * Never throws: lone surrogates, control characters, HTML ("<script>" reads as the word "script") and
 * 10,000-character comments are all just text.
 */
import { scanAsciiWords } from './ascii-word-scanner.ts';

/** Longer "words" are URLs, ids or mashed keys, not vocabulary. */
export const MAX_WORD_LENGTH = 40;

/** Called for each word of a comment in order; `startsSpan` is true when no phrase runs on from the word before. */
export type CommentWordVisitor = (word: string, startsSpan: boolean) => void;

/** Created once: building a segmenter loads ICU break data and costs far more than segmenting a comment. */
let wordSegmenter: Intl.Segmenter | undefined;

/** Fixed locale, so the words do not depend on the reader's browser settings. */
const getWordSegmenter = (): Intl.Segmenter => (wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' }));

const NON_ASCII = /[^\u0000-\u007f]/u;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc]/gu;
const HAS_LETTER = /\p{L}/u;
const ASCII_LETTER = /[a-z]/u;
/** What a gap between two words may hold and still let a phrase run on: spaces, tabs, hyphens. */
const SOFT_GAP = /^[\p{Zs}\t\-\u2010]*$/u;

/**
 * Put a comment in the form its words are read from: NFKC, lower case, apostrophes folded.
 *
 * @param text a comment as written
 * @returns the normalised text
 * @example normalizeCommentText('Don’t ＣＡＬＬ') // "don't call"
 */
export function normalizeCommentText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(TYPOGRAPHIC_APOSTROPHES, "'");
}

/**
 * Visit the words of a comment with the segmenter, whatever its characters. The reference the ASCII fast path
 * is tested against; use `forEachCommentWord`, which picks the fast path when it can.
 *
 * @param normalized a comment already through `normalizeCommentText`
 * @param visit called per kept word
 * @returns nothing
 * @example forEachSegmentedWord('café: très bon', visit) // "café" (span start), "très" (span start), "bon"
 */
export function forEachSegmentedWord(normalized: string, visit: CommentWordVisitor): void {
  let startsSpan = true;
  for (const part of getWordSegmenter().segment(normalized)) {
    const segment = part.segment;
    if (part.isWordLike !== true) {
      if (!SOFT_GAP.test(segment)) startsSpan = true;
    } else if (segment.length > MAX_WORD_LENGTH || !HAS_LETTER.test(segment)) {
      startsSpan = true;
    } else {
      visit(segment, startsSpan);
      startsSpan = false;
    }
  }
}

/** The ASCII fast path: the same words as `forEachSegmentedWord` (tested), by a char-code scan. */
function forEachAsciiWord(lowerCased: string, visit: CommentWordVisitor): void {
  let startsSpan = true;
  scanAsciiWords(lowerCased, (start, end, gapIsSoft) => {
    if (!gapIsSoft) startsSpan = true;
    const word = lowerCased.slice(start, end);
    if (end - start > MAX_WORD_LENGTH || !ASCII_LETTER.test(word)) {
      startsSpan = true;
      return;
    }
    visit(word, startsSpan);
    startsSpan = false;
  });
}

/**
 * Visit the words of a comment, in order, with where phrases may not run on.
 *
 * @param text a comment as written (any string)
 * @param visit called per word: the normalised word and whether it starts a span
 * @returns nothing; O(length)
 * @example forEachCommentWord('Waited 2 hours. Not OK!', visit) // "waited" (start), "hours" (start), "not" (start), "ok"
 */
export function forEachCommentWord(text: string, visit: CommentWordVisitor): void {
  if (NON_ASCII.test(text)) forEachSegmentedWord(normalizeCommentText(text), visit);
  else forEachAsciiWord(text.toLowerCase(), visit);
}

/**
 * The words of a comment grouped in spans (phrases never cross from one span to the next).
 *
 * @param text a comment as written (any string)
 * @returns the spans, each a non-empty list of normalised words
 * @example tokenizeComment('Delivery was LATE. Don’t order!') // [['delivery', 'was', 'late'], ["don't", 'order']]
 */
export function tokenizeComment(text: string): string[][] {
  const spans: string[][] = [];
  forEachCommentWord(text, (word, startsSpan) => {
    const current = spans[spans.length - 1];
    if (startsSpan || current === undefined) spans.push([word]);
    else current.push(word);
  });
  return spans;
}
