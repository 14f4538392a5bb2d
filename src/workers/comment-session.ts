/**
 * The comments of the export being analysed, held where the export is (the parse worker), and everything the
 * comments view asks of them: read and grouped once, then listed, searched, coded and exported page by page, so
 * the page never holds 15 MB of comments or builds their CSV.
 *
 * Loaded by the parse worker (parse-scores.worker.ts → score-sources.ts) with a dynamic import on the first
 * comments request: the language lists, the stemmer and the sentiment lexicon reach a reader's browser only when
 * the comments view opens. The main-thread fallback does not load it (see `createScoreSources`); without a
 * worker the view says so. Tests run it on the main thread (`setMainThreadCommentSessionForTests`).
 */
import type { CommentSentiments, CommentTextAnalysis } from '../lib/comments/analyse-comment-text.ts';
import { analyseCommentText, NOT_SCORED, scoreSentiment } from '../lib/comments/analyse-comment-text.ts';
import { codeComments } from '../lib/comments/code-comments.ts';
import type { Codebook, CommentCoding, CommentSet } from '../lib/comments/comment.ts';
import { getCodedCommentsCsv, getThemeTableCsv, getThemeTableMarkdown } from '../lib/comments/comment-exports.ts';
import type { CodedComments, CommentExport, CommentQuery, CommentsOverview, CommentContexts, CommentPage, ContextFind } from '../lib/comments/comment-view.ts';
import type { CommentWordsIndex } from '../lib/comments/comment-words-index.ts';
import { indexCommentWords } from '../lib/comments/comment-words-index.ts';
import { findContexts, findTextContexts } from '../lib/comments/find-contexts.ts';
import type { CommentGrouping } from '../lib/comments/group-comments.ts';
import { groupComments } from '../lib/comments/group-comments.ts';
import { listComments } from '../lib/comments/list-comments.ts';
import type { CommentsRead } from '../lib/comments/read-comments.ts';
import { readComments } from '../lib/comments/read-comments.ts';
import type { ConfidenceLevel } from '../lib/metrics/confidence-level.ts';
import type { TableSource } from '../lib/metrics/read-column-cells.ts';
import type { SurveyMetric } from '../lib/survey/survey-summary.ts';
import { DEFAULT_SURVEY_VIEW } from '../lib/survey/survey-view.ts';

/** How to open the comments: which columns, grouped how, for which metric. */
export type CommentsOpen = {
  readonly read: CommentsRead;
  readonly grouping: CommentGrouping;
  readonly metric: SurveyMetric;
};

/** What the comments view asks. */
export type CommentRequest =
  | { readonly kind: 'open'; readonly open: CommentsOpen }
  /** Score the open comments' sentiment (asked after `open`, so the phrases show first). */
  | { readonly kind: 'sentiment' }
  /** Read the comments' words for the codebook's rules now, while the person reads, so the first theme is quick. */
  | { readonly kind: 'prepare' }
  | { readonly kind: 'code'; readonly codebook: Codebook; readonly confidence: ConfidenceLevel; readonly minAnswers?: number }
  | { readonly kind: 'list'; readonly query: CommentQuery }
  | { readonly kind: 'contexts'; readonly find: ContextFind; readonly group: number | null; readonly masked: boolean }
  | { readonly kind: 'export'; readonly what: CommentExport; readonly masked: boolean };

/** The answers, by request. */
export type CommentAnswer =
  | { readonly kind: 'opened'; readonly overview: CommentsOverview }
  | { readonly kind: 'sentiment'; readonly sentiment: CommentSentiments['summary'] }
  | { readonly kind: 'prepared' }
  | { readonly kind: 'coded'; readonly coded: CodedComments }
  | { readonly kind: 'listed'; readonly page: CommentPage }
  | { readonly kind: 'contexts'; readonly contexts: CommentContexts }
  | { readonly kind: 'exported'; readonly text: string }
  /** Nothing is open (the worker restarted, or the export was replaced): open again. */
  | { readonly kind: 'not-open' }
  /** The comments run only in the parse worker, and this page has none (it failed to start). */
  | { readonly kind: 'unavailable' };

/** What is kept of the comments opened last. */
type OpenComments = {
  readonly set: CommentSet;
  readonly metric: SurveyMetric;
  readonly analysis: CommentTextAnalysis;
  /** The comments' sentiment, once scored. */
  sentiment: CommentSentiments | null;
  /** The comments' words for the codebook's rules, read on the first codebook with a theme. */
  words: CommentWordsIndex | null;
  codebook: Codebook;
  coding: CommentCoding;
  coded: CodedComments;
  confidence: ConfidenceLevel;
};

/** The session's state and its one entry point. */
export type CommentSession = {
  /** Answer a request; `withSource` reads the export (null when it is no longer kept). */
  handle(request: CommentRequest, withSource: <T>(read: (source: TableSource) => T) => T | null): CommentAnswer;
};

const NO_CODEBOOK: Codebook = { themes: [], handCodes: {} };

/**
 * Make an empty session.
 *
 * @returns a session holding no comments
 */
export function createCommentSession(): CommentSession {
  let open: OpenComments | null = null;

  const code = (state: OpenComments, codebook: Codebook, confidence: ConfidenceLevel, minAnswers: number): CodedComments => {
    if (codebook.themes.length > 0 && state.words === null) state.words = indexCommentWords(state.set.comments);
    const coded = codeComments(state.set, state.words ?? undefined, codebook, state.metric, confidence, minAnswers);
    Object.assign(state, { codebook, coding: coded.coding, coded: coded.view, confidence });
    return coded.view;
  };

  const openComments = (request: CommentsOpen, source: TableSource): CommentAnswer => {
    open = null;
    const read = readComments(source, request.read);
    const grouped = groupComments(read.comments, request.metric, request.grouping);
    // Too many segments to compare: the comments are grouped by score instead, and the overview says so.
    const byScore = grouped.kind === 'grouped' ? null : groupComments(read.comments, request.metric, 'score');
    const set = grouped.kind === 'grouped' ? grouped.set : byScore?.kind === 'grouped' ? byScore.set : { comments: [], groups: [] };
    const analysis = analyseCommentText(set);
    const uncoded = codeComments(set, undefined, NO_CODEBOOK, request.metric, 95, DEFAULT_SURVEY_VIEW.minAnswers);
    open = { set, metric: request.metric, analysis, sentiment: null, words: null, codebook: NO_CODEBOOK, coding: uncoded.coding, coded: uncoded.view, confidence: 95 };
    return {
      kind: 'opened',
      overview: {
        ...analysis.overview,
        sentiment: null,
        total: set.comments.length,
        blank: read.blank,
        unscored: read.unscored,
        problem: read.problem,
        tooManySegments: grouped.kind === 'too-many-segments' ? grouped.distinct : null,
        grouping: grouped.kind === 'grouped' ? request.grouping : 'score',
      },
    };
  };

  const getSentiment = (state: OpenComments): CommentSentiments => (state.sentiment ??= scoreSentiment(state.set, state.analysis, state.metric));

  const exportText = (state: OpenComments, what: CommentExport, masked: boolean): string => {
    const shownText = (index: number) => (masked ? (state.analysis.masked[index] ?? state.set.comments[index]?.text ?? '') : (state.set.comments[index]?.text ?? ''));
    const table = { statistics: state.coded.statistics, groups: state.set.groups, metric: state.metric, confidence: state.confidence, masked };
    if (what === 'themes-csv') return getThemeTableCsv(table);
    if (what === 'themes-markdown') return getThemeTableMarkdown(table);
    const sentiment = Array.from(getSentiment(state).labels, (value) => (value === NOT_SCORED ? null : value > 0 ? 'positive' : value < 0 ? 'negative' : 'neutral'));
    const csv = getCodedCommentsCsv({ set: state.set, themes: state.codebook.themes, coding: state.coding, shownText, sentiment });
    if (!csv.ok) throw new Error('The coding does not fit the comments: code them again.');
    return csv.value;
  };

  return {
    handle(request, withSource) {
      if (request.kind === 'open') return withSource((table) => openComments(request.open, table)) ?? { kind: 'not-open' };
      if (open === null) return { kind: 'not-open' };
      switch (request.kind) {
        case 'sentiment':
          return { kind: 'sentiment', sentiment: getSentiment(open).summary };
        case 'prepare':
          open.words ??= indexCommentWords(open.set.comments);
          return { kind: 'prepared' };
        case 'code':
          return { kind: 'coded', coded: code(open, request.codebook, request.confidence, request.minAnswers ?? DEFAULT_SURVEY_VIEW.minAnswers) };
        case 'list':
          return { kind: 'listed', page: listComments(open.set, { ...open.analysis, sentiment: open.sentiment?.labels ?? null }, open.coding, request.query) };
        case 'contexts':
          return {
            kind: 'contexts',
            contexts:
              request.find.kind === 'term'
                ? findContexts(open.set, open.analysis, request.find.key, request.group, request.masked)
                : findTextContexts(open.set, open.analysis.masked, request.find.text, request.group, request.masked),
          };
        case 'export':
          return { kind: 'exported', text: exportText(open, request.what, request.masked) };
        default:
          request satisfies never;
          return { kind: 'not-open' };
      }
    },
  };
}
