/**
 * Per-comment lexicon sentiment: a hint shown beside the score the customer gave, never a replacement for it.
 *
 * The word list and the rule are the `sentiment` package's: AFINN-165 (Nielsen 2011; words rated −5 to +5, plus
 * its emoji ratings) summed over the comment's words, a word's rating flipped when the word just before it is a
 * negator ("not good" is −3), the sum divided by the number of tokens. We read the package's JSON data and apply
 * its rule here (`scoreTokens`, tested equal to the package on random text) rather than import its CommonJS
 * entry, which pulled a CommonJS runtime into the chunk every React page shares.
 *
 * It misses sarcasm ("Great, another week without a reply" is +3), most complaint words of customer experience
 * ("slow", "late", "expensive", "crashed" are not in AFINN), domain senses ("I was charged the right amount" is
 * −3; "like" in "looks like the app crashed" is +2), negation by "no" or from further back ("No problems at all"
 * is −3, "not very good" is +3) and every language but English. See src/lib/comments/README.md.
 */
import emoji from 'sentiment/build/emoji.json' with { type: 'json' };
import labels from 'sentiment/languages/en/labels.json' with { type: 'json' };
import negators from 'sentiment/languages/en/negators.json' with { type: 'json' };

/** Word or emoji → AFINN rating, as the package merges them. */
const RATINGS: ReadonlyMap<string, number> = new Map(Object.entries({ ...labels, ...emoji } as Record<string, number>));
const NEGATORS: ReadonlySet<string> = new Set(Object.keys(negators));

/** The package's tokens: lower case, these marks and line breaks as spaces, split on single spaces. */
export function tokenizeForSentiment(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\n/g, ' ')
    .replace(/[.,\/#!?$%^&*;:{}=_`"~()]/g, ' ')
    .replace(/\s\s+/g, ' ')
    .trim()
    .split(' ');
}

/** The package's score of a token list: each rated token's rating, negated after a negator; and per token. */
export function scoreTokens(tokens: readonly string[]): { readonly score: number; readonly comparative: number } {
  let score = 0;
  tokens.forEach((token, index) => {
    const rating = RATINGS.get(token);
    if (rating === undefined) return;
    score += index > 0 && NEGATORS.has(tokens[index - 1] ?? '') ? -rating : rating;
  });
  return { score, comparative: tokens.length > 0 ? score / tokens.length : 0 };
}

/** Which way a comment leans. */
export type SentimentLabel = 'positive' | 'negative' | 'neutral';

/** A comment's lexicon sentiment. */
export type CommentSentiment = {
  /** Sum of the AFINN ratings of its words (negated where a negator comes just before), e.g. 3 for "Great!". */
  readonly score: number;
  /** `score` per word: comparable between short and long comments. */
  readonly comparative: number;
  readonly label: SentimentLabel;
};

/**
 * A comment is neutral when |comparative| is below this: under one point of AFINN rating per 20 words (one
 * "good", +3, in a 60-word comment is just positive). Long comments that mix praise and complaint mostly land
 * here, which is what we want: they lean neither way.
 */
export const NEUTRAL_BAND = 0.05;

const NEUTRAL: CommentSentiment = { score: 0, comparative: 0, label: 'neutral' };

/**
 * The label for a comparative score: positive or negative outside the neutral band, else neutral.
 *
 * @param comparative the AFINN score per word
 * @returns the label (neutral for a value that is not a finite number)
 * @example getSentimentLabel(0.2) // 'positive'
 * @example getSentimentLabel(-0.04) // 'neutral'
 */
export function getSentimentLabel(comparative: number): SentimentLabel {
  if (!Number.isFinite(comparative) || Math.abs(comparative) < NEUTRAL_BAND) return 'neutral';
  return comparative > 0 ? 'positive' : 'negative';
}

/**
 * A comment's AFINN-165 sentiment (a hint beside its score). Never throws: text that is not a string is neutral.
 * O(length of text).
 *
 * @param text the comment as written (English; other languages score near 0)
 * @returns the summed rating, the rating per word and the label
 * @example getCommentSentiment('Great service!') // { score: 3, comparative: 1.5, label: 'positive' }
 * @example getCommentSentiment("Don't like the new app") // { score: -2, comparative: -0.4, label: 'negative' }
 * @see https://arxiv.org/abs/1103.2903 (Nielsen 2011, "A new ANEW: evaluation of a word list for sentiment analysis in microblogs")
 */
export function getCommentSentiment(text: string): CommentSentiment {
  if (typeof text !== 'string' || text.trim() === '') return NEUTRAL;
  // The negators are written with a straight apostrophe ("don't"); phones type a curly one.
  const { score, comparative } = scoreTokens(tokenizeForSentiment(text.replace(/[’ʼ]/gu, "'")));
  if (!Number.isFinite(score) || !Number.isFinite(comparative)) return NEUTRAL;
  return { score, comparative, label: getSentimentLabel(comparative) };
}
