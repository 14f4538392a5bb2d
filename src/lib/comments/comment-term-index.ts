/**
 * The terms of a comment list, read once so the worker can re-rank them whenever the grouping changes.
 *
 * A term is a word that is not a stop word ("late"), or a phrase of two or three consecutive words of one span
 * (`forEachTermWord`: words are read by `comment-words.ts`, numbers and over-long words left out)
 * that neither starts nor ends with a stop word ("delivery late", "waited on hold", "took too long"); a
 * one-character word ("a", "x") counts as a stop word. Its key is its Porter stems joined by a space, so
 * "charged twice" and "charges twice" are one term ("charg twice"); it is shown in its commonest written form
 * (ties: alphabetically first).
 *
 * Each comment lists each of its terms once (document frequency): a comment that says "late" five times counts
 * once, so one long, angry comment cannot make a word look typical of its group.
 *
 * Memory and speed: words, stems and phrases are interned as numbers in typed-array tables (`id-tables.ts`);
 * only words and stems are kept as strings. The per-comment term lists are one flat typed array.
 */
import { stemmer } from 'stemmer';
import { isCommentStopWord } from './comment-stop-words.ts';
import { IdPairTable, IntList } from './id-tables.ts';
import { forEachCommentWord } from './comment-words.ts';

/** The terms of a comment list: per comment its term ids, and the term table. */
export type CommentTermIndex = {
  readonly commentCount: number;
  /** Comment c's terms are `termIds[termStarts[c]]` up to (not including) `termIds[termStarts[c + 1]]`, each once. */
  readonly termStarts: Uint32Array;
  readonly termIds: Uint32Array;
  readonly termCount: number;
  /** Per term, the number of comments (any group or none) it occurs in. */
  readonly termComments: Uint32Array;
  /** Per term, 1, 2 or 3 words. */
  readonly termWords: Uint8Array;
  /** Per term, three stem ids (into `stems`), −1 past its length. */
  readonly termStems: Int32Array;
  /** Per term, three word ids (into `words`) of its commonest written form, −1 past its length. */
  readonly termShownWords: Int32Array;
  readonly stems: readonly string[];
  readonly words: readonly string[];
};

const NONE = -1;

/** Longer "words" are URLs, ids or mashed keys, not vocabulary. */
export const MAX_WORD_LENGTH = 40;

const HAS_LETTER = /\p{L}/u;

/** Called per word the term analysis counts; `startsSpan` is true when no phrase runs on from the word before. */
export type TermWordVisitor = (word: string, start: number, end: number, startsSpan: boolean) => void;

/**
 * Visit the words the term analysis counts, in spans: phrases are made only inside a span. A span ends where
 * `forEachCommentWord` sees a hard break (punctuation, a line break, an emoji; not spaces, tabs or hyphens, so
 * "follow-up" reads as "follow up") and at a word left out: one without a letter (a number, "1,000", "___") or
 * longer than `MAX_WORD_LENGTH`. So "delivery was late. staff rude" never yields "late staff", nor "waited 45
 * minutes" "waited minutes".
 *
 * @param text a comment as written (any string)
 * @param visit called per kept word: the normalised word, its [start, end) in `text`, whether it starts a span
 * @returns nothing; O(length)
 * @example forEachTermWord('Waited 2 hours. Not OK!', visit) // waited (starts), hours (starts), not (starts), ok
 */
export function forEachTermWord(text: string, visit: TermWordVisitor): void {
  let startsSpan = true;
  forEachCommentWord(text, (word, start, end, afterBreak) => {
    if (word.length > MAX_WORD_LENGTH || !HAS_LETTER.test(word)) {
      startsSpan = true;
      return;
    }
    visit(word, start, end, startsSpan || afterBreak);
    startsSpan = false;
  });
}

/** Join the given ids' strings with spaces (a term's key or shown text). */
function joinParts(table: Int32Array, termId: number, names: readonly string[]): string {
  const parts: string[] = [];
  for (let slot = 0; slot < 3; slot += 1) {
    const id = table[termId * 3 + slot] ?? NONE;
    if (id !== NONE) parts.push(names[id] ?? '');
  }
  return parts.join(' ');
}

/** A term's key: its stems joined by a space, e.g. "deliveri late". */
export const getTermKey = (index: CommentTermIndex, termId: number): string => joinParts(index.termStems, termId, index.stems);

/** A term as shown: its commonest written form, e.g. "delivery late". */
export const getTermText = (index: CommentTermIndex, termId: number): string => joinParts(index.termShownWords, termId, index.words);

/** A word without a possessive "'s" before stemming, so "company's" stems with "company". */
export const stemWord = (word: string): string => stemmer(word.endsWith("'s") ? word.slice(0, -2) : word);

/** One code point ("a", "x", "é", an astral letter): never a term, like a stop word. */
const isSingleCharacter = (word: string): boolean => word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff);

/**
 * Read the terms of every comment.
 *
 * @param texts the comments as written (any strings)
 * @returns the index; O(total length)
 * @example getTermText(index, index.termIds[0]) // for indexCommentTerms(['Delivery late']): "delivery"
 */
export function indexCommentTerms(texts: readonly string[]): CommentTermIndex {
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const wordStem = new IntList();
  const wordIsStop: boolean[] = [];
  const wordSurface = new IntList();
  const stemIds = new Map<string, number>();
  const stems: string[] = [];

  const pairIds = new IdPairTable(); // (word, word) → pair id; a pair is a bigram or a trigram's first two words
  const pairSurface = new IntList();
  const tripleSurfaces = new IdPairTable(); // (pair, word) → surface id

  // Surfaces are written forms (word ids); each maps to a term (stem ids). Counting by surface gives the shown form.
  const surfaceTerm = new IntList();
  const surfaceCount = new IntList();
  const surfaceWords = new IntList();

  const termOfStem = new IntList();
  const stemPairIds = new IdPairTable();
  const stemPairBigram = new IntList();
  const trigramTerms = new IdPairTable(); // (stem pair, stem) → term id
  const termWords = new IntList();
  const termStems = new IntList();
  const termComments = new IntList();
  const termLastComment = new IntList();

  const termIds = new IntList();
  const termStarts = new Uint32Array(texts.length + 1);
  let comment = 0;

  const addWord = (word: string): number => {
    const id = words.length;
    const stem = stemWord(word);
    let stemId = stemIds.get(stem);
    if (stemId === undefined) {
      stemId = stems.length;
      stemIds.set(stem, stemId);
      stems.push(stem);
      termOfStem.push(NONE);
    }
    wordIds.set(word, id);
    words.push(word);
    wordStem.push(stemId);
    wordIsStop.push(isSingleCharacter(word) || isCommentStopWord(word));
    wordSurface.push(NONE);
    return id;
  };
  const addTerm = (stemA: number, stemB: number, stemC: number, wordCount: number): number => {
    termStems.push(stemA);
    termStems.push(stemB);
    termStems.push(stemC);
    termComments.push(0);
    termLastComment.push(NONE);
    return termWords.push(wordCount);
  };
  const addSurface = (termId: number, wordA: number, wordB: number, wordC: number): number => {
    surfaceCount.push(0);
    surfaceWords.push(wordA);
    surfaceWords.push(wordB);
    surfaceWords.push(wordC);
    return surfaceTerm.push(termId);
  };
  const getStemPair = (stemA: number, stemB: number): number => {
    let id = stemPairIds.get(stemA, stemB);
    if (id === NONE) stemPairIds.add(stemA, stemB, (id = stemPairBigram.push(NONE)));
    return id;
  };
  const getUnigramSurface = (word: number): number => {
    const known = wordSurface.get(word);
    if (known !== NONE) return known;
    const stem = wordStem.get(word);
    let termId = termOfStem.get(stem);
    if (termId === NONE) termOfStem.set(stem, (termId = addTerm(stem, NONE, NONE, 1)));
    const surface = addSurface(termId, word, NONE, NONE);
    wordSurface.set(word, surface);
    return surface;
  };
  const getPair = (wordA: number, wordB: number): number => {
    let id = pairIds.get(wordA, wordB);
    if (id === NONE) pairIds.add(wordA, wordB, (id = pairSurface.push(NONE)));
    return id;
  };
  const getBigramSurface = (pair: number, wordA: number, wordB: number): number => {
    const known = pairSurface.get(pair);
    if (known !== NONE) return known;
    const stemA = wordStem.get(wordA);
    const stemB = wordStem.get(wordB);
    const stemPair = getStemPair(stemA, stemB);
    let termId = stemPairBigram.get(stemPair);
    if (termId === NONE) stemPairBigram.set(stemPair, (termId = addTerm(stemA, stemB, NONE, 2)));
    const surface = addSurface(termId, wordA, wordB, NONE);
    pairSurface.set(pair, surface);
    return surface;
  };
  const getTrigramSurface = (pair: number, wordA: number, wordB: number, wordC: number): number => {
    const known = tripleSurfaces.get(pair, wordC);
    if (known !== NONE) return known;
    const stemA = wordStem.get(wordA);
    const stemB = wordStem.get(wordB);
    const stemC = wordStem.get(wordC);
    const stemPair = getStemPair(stemA, stemB);
    let termId = trigramTerms.get(stemPair, stemC);
    if (termId === NONE) trigramTerms.add(stemPair, stemC, (termId = addTerm(stemA, stemB, stemC, 3)));
    const surface = addSurface(termId, wordA, wordB, wordC);
    tripleSurfaces.add(pair, wordC, surface);
    return surface;
  };
  const countSurface = (surface: number): void => {
    surfaceCount.set(surface, surfaceCount.get(surface) + 1);
    const termId = surfaceTerm.get(surface);
    if (termLastComment.get(termId) === comment) return;
    termLastComment.set(termId, comment);
    termComments.set(termId, termComments.get(termId) + 1);
    termIds.push(termId);
  };

  // The two words before the current one in its span, and their pair (when the first is not a stop word).
  let before = NONE;
  let beforeThat = NONE;
  let pairBefore = NONE;
  const visitWord = (word: string, _start: number, _end: number, startsSpan: boolean): void => {
    if (startsSpan) before = beforeThat = pairBefore = NONE;
    const current = wordIds.get(word) ?? addWord(word);
    const isStop = wordIsStop[current] === true;
    if (!isStop) countSurface(getUnigramSurface(current));
    let pair = NONE;
    if (before !== NONE && wordIsStop[before] !== true) {
      pair = getPair(before, current);
      if (!isStop) countSurface(getBigramSurface(pair, before, current));
    }
    if (pairBefore !== NONE && !isStop) countSurface(getTrigramSurface(pairBefore, beforeThat, before, current));
    pairBefore = pair;
    beforeThat = before;
    before = current;
  };

  for (; comment < texts.length; comment += 1) {
    termStarts[comment] = termIds.length;
    before = beforeThat = pairBefore = NONE;
    const text = texts[comment];
    if (typeof text === 'string') forEachTermWord(text, visitWord);
  }
  termStarts[texts.length] = termIds.length;

  const termCount = termWords.length;
  return {
    commentCount: texts.length,
    termStarts,
    termIds: new Uint32Array(termIds.toInt32Array().buffer),
    termCount,
    termComments: new Uint32Array(termComments.toInt32Array().buffer),
    termWords: Uint8Array.from(termWords.toInt32Array()),
    termStems: termStems.toInt32Array(),
    termShownWords: pickShownForms(termCount, surfaceTerm.toInt32Array(), surfaceCount.toInt32Array(), surfaceWords.toInt32Array(), words),
    stems,
    words,
  };
}

/** Per term, the word ids of its commonest surface; on a tie, the alphabetically first text. */
function pickShownForms(termCount: number, surfaceTerm: Int32Array, surfaceCount: Int32Array, surfaceWords: Int32Array, words: readonly string[]): Int32Array {
  const best = new Int32Array(termCount).fill(NONE);
  const textOf = (surface: number): string =>
    [0, 1, 2].map((slot) => words[surfaceWords[surface * 3 + slot] ?? NONE] ?? '').filter((part) => part !== '').join(' ');
  surfaceTerm.forEach((termId, surface) => {
    const current = best[termId] ?? NONE;
    const count = surfaceCount[surface] ?? 0;
    const currentCount = current === NONE ? -1 : (surfaceCount[current] ?? 0);
    if (count > currentCount || (count === currentCount && textOf(surface) < textOf(current))) best[termId] = surface;
  });
  const shown = new Int32Array(termCount * 3).fill(NONE);
  best.forEach((surface, termId) => {
    for (let slot = 0; slot < 3; slot += 1) shown[termId * 3 + slot] = surfaceWords[surface * 3 + slot] ?? NONE;
  });
  return shown;
}
