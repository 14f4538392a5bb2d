/**
 * The English stop words of the comments view: words too common to tell groups of comments apart ("the",
 * "was", "my"). They are not terms on their own and cannot start or end a phrase, but may sit inside one
 * ("waited on hold").
 *
 * The list is the `stopword` package's English list (108 words), with two documented changes for customer
 * comments:
 * - kept as terms (`KEPT_STOP_WORDS`): negations and words that carry the complaint. "not working", "never
 *   arrived", "too expensive", "still waiting" are what a detractor says; dropping "not" or "too" would turn
 *   them into "working", "expensive".
 * - added (`ADDED_STOP_WORDS`): function words the package's short list leaves out and that would otherwise
 *   crowd the top of every group ("just", "so", "will", "she", "its", "us", "when", "why", "does", "let's").
 * Contractions of a stop word ("it's", "i'm", "you've", "they'll", "we'd") are stop words too
 * (`isCommentStopWord`), while negative contractions ("don't", "didn't", "can't") are kept.
 */
import { eng } from 'stopword';

/** Never stop words, even if a later version of the package lists them: negations and complaint words. */
export const KEPT_STOP_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'nobody', 'nor', 'without', 'cannot', 'too', 'still',
]);

/** Function words added to the package's list (it has "he" and "his" but not "she"; "how" but not "why"). */
export const ADDED_STOP_WORDS: readonly string[] = ['she', 'its', 'us', 'just', 'so', 'will', 'when', 'why', 'does', "let's"];

const STOP_WORDS: ReadonlySet<string> = new Set(
  [...eng, ...ADDED_STOP_WORDS].map((word) => word.toLowerCase()).filter((word) => !KEPT_STOP_WORDS.has(word)),
);

/** Clitics that attach to a pronoun or "that"/"there": "it's", "i'm", "you're", "we've", "they'll", "i'd". */
const STOP_CLITIC = /'(?:s|m|re|ve|ll|d)$/u;

/**
 * Whether a lower-cased word (apostrophes already folded to ') is a stop word, contractions of a stop word
 * included.
 *
 * @param word one lower-cased word
 * @returns true for "the", "it's", "i'm"; false for "late", "not", "don't", "company's"
 * @example isCommentStopWord("they're") // true
 */
export function isCommentStopWord(word: string): boolean {
  if (STOP_WORDS.has(word)) return true;
  const base = word.replace(STOP_CLITIC, '');
  return base !== word && STOP_WORDS.has(base);
}
