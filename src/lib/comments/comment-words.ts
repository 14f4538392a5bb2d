/**
 * The one way a comment (or a codebook rule) is split into words, for every text analysis: the distinctive
 * terms, the keyword-in-context list and the codebook's rules.
 *
 * Words are Unicode word boundaries (UAX #29) through `Intl.Segmenter`: "don't", "e.g", "3.5", "1,000" and
 * "customer's" stay whole, "e-mail" is "e", "mail", and "café", "niño" and Chinese words are found without a
 * hand-written regex. The segmenter's locale is fixed ('en': the Unicode defaults, the same for every language
 * that spaces its words), so the words do not depend on the reader's browser. Each word is normalised:
 * NFKC (full-width letters and ligatures become plain ones, a decomposed "café" the composed one), lower case
 * (the locale-independent `toLowerCase`) and typographic apostrophes folded to ', so "Don’t" and "don't" are one
 * word. Accents are kept: "café" and "cafe" are two words.
 *
 * Every word-like segment is visited, numbers included (a codebook rule may look for "24" or "3.5"); what a
 * reader leaves out is its own choice (the term index leaves out numbers). With each word come its offsets in
 * the text as written, and whether a hard break came before it: anything but spaces, tabs and hyphens between
 * it and the word before (punctuation, a line break, an emoji), so phrases can stop at sentence ends.
 *
 * Words are normalised one by one after segmenting the text as written, so the offsets need no mapping. This
 * reads the same words as normalising the whole text first (a property test checks it) except where NFKC
 * turns a character that is not part of a word into one: "m²" is "m" (not "m2"), "①" and "½" are no words,
 * and a "ʼ" (U+02BC, a letter to the segmenter) at a word's edge stays in the word as "'".
 *
 * Never throws: lone surrogates, control characters, HTML ("<b>" reads as the word "b") and 10,000-character
 * comments are all just text.
 */
import { scanAsciiWords } from './ascii-word-scanner.ts';

/**
 * Called per word, in order: the normalised word, its [start, end) in the text as written, and whether a hard
 * break came before it (true for the first word).
 */
export type CommentWordVisitor = (word: string, start: number, end: number, afterBreak: boolean) => void;

/** Created once: building a segmenter loads ICU break data and costs far more than segmenting a comment. */
const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' });

/** Apostrophe look-alikes people type or keyboards substitute, all read as U+0027. */
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/gu;
/**
 * Text the ASCII fast path reads: ASCII and the apostrophes that word boundaries treat as ' does (U+02BC is a
 * letter to the segmenter, so it takes the segmenter).
 */
const FAST_PATH_TEXT = /^[\u0000-\u007F\u2018\u2019\uFF07]*$/u;
/** A gap that lets a phrase run on: spaces, tabs, hyphens (and the characters NFKC turns into them). */
const SOFT_GAP = /^[\p{Zs}\t\-\u2010\u2011\uFE63\uFF0D]*$/u;

/**
 * Put text in the form its words are compared in: NFKC, lower case, apostrophes folded to '.
 *
 * @param text any text
 * @returns the normalised text
 * @example normalizeCommentText('Don’t ＣＡＬＬ') // "don't call"
 */
export function normalizeCommentText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
}

/**
 * Visit the words of a text with the segmenter, whatever its characters. The reference the ASCII fast path is
 * tested against; use `forEachCommentWord`, which picks the fast path when it can.
 *
 * @param text any text, as written
 * @param visit called per word-like segment (see `CommentWordVisitor`)
 * @returns nothing; O(length)
 * @example forEachSegmentedWord('Café: très bon', visit) // ("café", 0, 4, true), ("très", 6, 10, true), ("bon", 11, 14, false)
 */
export function forEachSegmentedWord(text: string, visit: CommentWordVisitor): void {
  let afterBreak = true;
  for (const part of WORD_SEGMENTER.segment(text)) {
    const segment = part.segment;
    if (part.isWordLike === true) {
      visit(normalizeCommentText(segment), part.index, part.index + segment.length, afterBreak);
      afterBreak = false;
    } else if (!SOFT_GAP.test(segment)) afterBreak = true;
  }
}

/**
 * Visit the words of a comment, in order (see the module comment).
 *
 * @param text a comment as written (any string)
 * @param visit called per word: the normalised word, its [start, end) in `text`, whether a hard break came before
 * @returns nothing; O(length). Mostly-ASCII comments take a char-code scan about 6 times faster than the segmenter.
 * @example forEachCommentWord('Waited 2 hours. Not OK!', visit) // waited 0–6 (break), 2 7–8, hours 9–14, not 16–19 (break), ok 20–22
 */
export function forEachCommentWord(text: string, visit: CommentWordVisitor): void {
  if (!FAST_PATH_TEXT.test(text)) {
    forEachSegmentedWord(text, visit);
    return;
  }
  // Lower-casing ASCII and folding these apostrophes keep every character in place, so offsets hold.
  const folded = text.toLowerCase().replace(APOSTROPHES, "'");
  scanAsciiWords(folded, (start, end, afterBreak) => visit(folded.slice(start, end), start, end, afterBreak));
}

/**
 * The words of a text, in order (every word-like segment, numbers included).
 *
 * @param text a comment or a rule's text
 * @returns its normalised words; empty when it has none (only emoji or punctuation)
 * @example readCommentWords('Delivery was LATE, e-mail didn’t help 😠') // ['delivery', 'was', 'late', 'e', 'mail', "didn't", 'help']
 */
export function readCommentWords(text: string): string[] {
  const words: string[] = [];
  forEachCommentWord(text, (word) => void words.push(word));
  return words;
}
