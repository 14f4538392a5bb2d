/**
 * Read the text of a comment set once: mask personal details, guess each comment's language, and index the terms
 * of the English ones to rank what sets each group apart; then, apart (`scoreSentiment`), the lexicon sentiment.
 * What the list, the contexts and the exports need afterwards is kept per comment in flat arrays.
 */
import type { CommentSet } from './comment.ts';
import { guessCommentLanguage, isAnalysedAsEnglish } from './comment-language.ts';
import { getCommentSentiment } from './comment-sentiment.ts';
import type { CommentTermIndex } from './comment-term-index.ts';
import { indexCommentTerms } from './comment-term-index.ts';
import type { CommentsOverview } from './comment-view.ts';
import { rankDistinctiveTerms } from './distinctive-terms.ts';
import { getScoreSide } from './group-comments.ts';
import { maskPersonalDetails } from './mask-personal-details.ts';
import { measureSentimentAgreement } from './sentiment-agreement.ts';
import type { SurveyMetric } from '../survey/survey-summary.ts';

/** What is kept per comment, and the overview's parts that come from the text. */
export type CommentTextAnalysis = {
  /** The masked text where masking changed the comment, else null. */
  readonly masked: readonly (string | null)[];
  /** The language a comment was set aside as, or null when it is analysed (English, or too short to tell). */
  readonly language: readonly (string | null)[];
  /** The analysed comments' terms; `analysed[i]` is the comment index of the index's comment i. */
  readonly terms: CommentTermIndex;
  readonly analysed: Int32Array;
  readonly overview: Pick<CommentsOverview, 'groups' | 'ungrouped' | 'languages' | 'masking' | 'terms'>;
};

/** Per comment 1 positive, −1 negative, 0 neutral, `NOT_SCORED` for a comment in another language. */
export const NOT_SCORED = 2;

/** The lexicon sentiment of every comment, and the overview's summary of it. */
export type CommentSentiments = { readonly labels: Int8Array; readonly summary: NonNullable<CommentsOverview['sentiment']> };

/** The masks' placeholders, read as a break between phrases so "[email]" never becomes the word "email". */
const PLACEHOLDER = /\[(?:email|phone|number)\]/g;

/**
 * Analyse the text of every comment (all but sentiment, which `scoreSentiment` adds: the phrases come first).
 * O(total length).
 *
 * @param set the comments and their groups
 * @returns the per-comment annotations, the term index and the overview's text parts
 * @example analyseCommentText({ comments, groups: ['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)'] }).overview.terms
 */
export function analyseCommentText(set: CommentSet): CommentTextAnalysis {
  const count = set.comments.length;
  const masked: (string | null)[] = new Array<string | null>(count).fill(null);
  const language: (string | null)[] = new Array<string | null>(count).fill(null);
  const masking = { email: 0, phone: 0, number: 0 };
  const setAside = new Map<string, number>();
  const analysedTexts: string[] = [];
  const analysed: number[] = [];
  const groupCounts = new Array<number>(set.groups.length).fill(0);
  let ungrouped = 0;

  set.comments.forEach((comment, index) => {
    if (comment.group >= 0 && comment.group < set.groups.length) groupCounts[comment.group] = (groupCounts[comment.group] ?? 0) + 1;
    else ungrouped += 1;
    const mask = maskPersonalDetails(comment.text);
    if (mask.text !== comment.text) masked[index] = mask.text;
    masking.email += mask.masked.email;
    masking.phone += mask.masked.phone;
    masking.number += mask.masked.number;
    const guess = guessCommentLanguage(comment.text);
    if (!isAnalysedAsEnglish(guess)) {
      language[index] = guess.name;
      setAside.set(guess.name, (setAside.get(guess.name) ?? 0) + 1);
      return;
    }
    analysed.push(index);
    // Terms come from the masked text, so an address or a number repeated in comments can never rank as a phrase.
    analysedTexts.push(mask.text === comment.text ? comment.text : mask.text.replace(PLACEHOLDER, '.'));
  });

  const terms = indexCommentTerms(analysedTexts);
  const groupOf = Int32Array.from(analysed, (index) => set.comments[index]?.group ?? -1);
  return {
    masked,
    language,
    terms,
    analysed: Int32Array.from(analysed),
    overview: {
      groups: set.groups.map((name, index) => ({ name, comments: groupCounts[index] ?? 0 })),
      ungrouped,
      languages: { analysed: analysed.length, setAside: [...setAside].map(([name, found]) => ({ name, count: found })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)) },
      masking,
      terms: rankDistinctiveTerms(terms, groupOf, set.groups.length),
    },
  };
}

/**
 * Score each analysed comment's sentiment with the AFINN-165 word list (on the masked text), and measure how far
 * it agrees with the scores on this data. Comments in another language are not scored (the list is English).
 * O(total length).
 *
 * @param set the comments and their groups
 * @param analysis from `analyseCommentText` (the masked texts and languages)
 * @param metric the survey's metric: which scores lean positive or negative
 * @returns per comment its label, and the counts and agreement sentence
 */
export function scoreSentiment(set: CommentSet, analysis: Pick<CommentTextAnalysis, 'masked' | 'language'>, metric: SurveyMetric): CommentSentiments {
  const labels = new Int8Array(set.comments.length).fill(NOT_SCORED);
  const counts = { positive: 0, negative: 0, neutral: 0 };
  const scored: { score: number | null; comparative: number }[] = [];
  set.comments.forEach((comment, index) => {
    if (analysis.language[index] !== null) return;
    const feeling = getCommentSentiment(analysis.masked[index] ?? comment.text);
    labels[index] = feeling.label === 'positive' ? 1 : feeling.label === 'negative' ? -1 : 0;
    counts[feeling.label] += 1;
    scored.push({ score: comment.score, comparative: feeling.comparative });
  });
  const agreement = scored.length === 0 ? null : measureSentimentAgreement(scored, getScoreSide(metric), { locale: 'en-GB' }).description;
  return { labels, summary: { ...counts, notScored: set.comments.length - scored.length, agreement } };
}
