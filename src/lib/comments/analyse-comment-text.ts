/**
 * Read the text of a comment set once: mask personal details, guess each comment's language, score its
 * sentiment, and index the terms of the English ones to rank what sets each group apart. What the list, the
 * contexts and the exports need afterwards is kept per comment in flat arrays.
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
  /** 1 positive, −1 negative, 0 neutral (and 0 for comments set aside by language: the lexicon is English). */
  readonly sentiment: Int8Array;
  /** The language a comment was set aside as, or null when it is analysed (English, or too short to tell). */
  readonly language: readonly (string | null)[];
  /** The analysed comments' terms; `analysed[i]` is the comment index of the index's comment i. */
  readonly terms: CommentTermIndex;
  readonly analysed: Int32Array;
  readonly overview: Pick<CommentsOverview, 'groups' | 'ungrouped' | 'languages' | 'masking' | 'terms' | 'sentiment'>;
};

/** The masks' placeholders, read as a break between phrases so "[email]" never becomes the word "email". */
const PLACEHOLDER = /\[(?:email|phone|number)\]/g;

/**
 * Analyse the text of every comment. O(total length).
 *
 * @param set the comments and their groups
 * @param metric the survey's metric (which scores lean positive or negative, for the sentiment agreement)
 * @returns the per-comment annotations, the term index and the overview's text parts
 * @example analyseCommentText({ comments, groups: ['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)'] }, { kind: 'nps' }).overview.terms
 */
export function analyseCommentText(set: CommentSet, metric: SurveyMetric): CommentTextAnalysis {
  const count = set.comments.length;
  const masked: (string | null)[] = new Array<string | null>(count).fill(null);
  const language: (string | null)[] = new Array<string | null>(count).fill(null);
  const sentiment = new Int8Array(count);
  const masking = { email: 0, phone: 0, number: 0 };
  const setAside = new Map<string, number>();
  const analysedTexts: string[] = [];
  const analysed: number[] = [];
  const scored: { score: number | null; comparative: number }[] = [];
  const sentimentCounts = { positive: 0, negative: 0, neutral: 0 };
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
      sentimentCounts.neutral += 1;
      return;
    }
    const feeling = getCommentSentiment(mask.text);
    sentiment[index] = feeling.label === 'positive' ? 1 : feeling.label === 'negative' ? -1 : 0;
    sentimentCounts[feeling.label] += 1;
    scored.push({ score: comment.score, comparative: feeling.comparative });
    analysed.push(index);
    // Terms come from the masked text, so an address or a number repeated in comments can never rank as a phrase.
    analysedTexts.push(mask.text === comment.text ? comment.text : mask.text.replace(PLACEHOLDER, '.'));
  });

  const terms = indexCommentTerms(analysedTexts);
  const groupOf = Int32Array.from(analysed, (index) => set.comments[index]?.group ?? -1);
  const side = getScoreSide(metric);
  const agreement = scored.length === 0 ? null : measureSentimentAgreement(scored, side, { locale: 'en-GB' }).description;
  return {
    masked,
    sentiment,
    language,
    terms,
    analysed: Int32Array.from(analysed),
    overview: {
      groups: set.groups.map((name, index) => ({ name, comments: groupCounts[index] ?? 0 })),
      ungrouped,
      languages: { analysed: analysed.length, setAside: [...setAside].map(([name, found]) => ({ name, count: found })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)) },
      masking,
      terms: rankDistinctiveTerms(terms, groupOf, set.groups.length),
      sentiment: { ...sentimentCounts, agreement },
    },
  };
}
