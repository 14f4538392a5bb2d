/**
 * The comments view's state: which column holds the comments, how they are grouped, whether personal details
 * are masked, and the analyst's codebook; and what the comments session (src/workers/comment-session.ts)
 * answered. The comments themselves stay where the export is read: this store holds one page of them.
 *
 * Saved under `touchpoint:survey-comments`, version 1: `{ column, grouping, masked, codebook }`. The codebook
 * follows the analyst from one export to the next; hand codes are keyed by response ID (or row), never by text.
 *
 * One view per page: `createCommentsView` is called by the page's island with its score input.
 */
import type { ReadableAtom } from 'nanostores';
import { atom, computed, onMount } from 'nanostores';
import type { Codebook, Theme } from '../lib/comments/comment.ts';
import { createCodebookFile, getCodebookFileName, importCodebookFile as readCodebookFile, MAX_CODEBOOK_FILE_BYTES } from '../lib/comments/codebook-file.ts';
import { codebookSchema } from '../lib/comments/codebook-schema.ts';
import { decodeCodebookShareCode, encodeCodebookShareCode } from '../lib/comments/codebook-share-code.ts';
import { FRAGMENT_KEYS, getShareLink, readFragment } from '../lib/portable/fragment.ts';
import { describePortableError, formatPortableMessage } from '../lib/portable/portable-error.ts';
import type { Result } from '../lib/result.ts';
import { err, ok } from '../lib/result.ts';
import { formatBytes } from '../lib/text/format.ts';
import type { CommentGrouping } from '../lib/comments/group-comments.ts';
import { suggestCommentColumn } from '../lib/comments/suggest-comment-column.ts';
import type { CodedComments, CommentContexts, CommentExport, CommentPage, CommentQuery, CommentsOverview, ContextFind } from '../lib/comments/comment-view.ts';
import type { ColumnPreference } from '../lib/metrics/analyse-paste.ts';
import { findPreferredColumn } from '../lib/metrics/column-names.ts';
import type { ConfidenceLevel } from '../lib/metrics/confidence-level.ts';
import type { TableLayout } from '../lib/metrics/detect-paste-layout.ts';
import { z } from '../lib/schema/zod.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import type { SurveyMetric } from '../lib/survey/survey-summary.ts';
import type { CommentAnswer, CommentRequest } from '../workers/comment-session.ts';
import type { askComments } from './score-input-parser.ts';
import { persistedAtom } from './persisted-atom.ts';
import type { ScoreInput } from './score-input.ts';

const columnSchema = z.object({ index: z.int().check(z.nonnegative()), name: z.nullable(z.string()) });

const commentsStateSchema = z.object({
  column: z.union([z.literal('suggested'), z.null(), columnSchema]),
  grouping: z.enum(['score', 'segment']),
  masked: z.boolean(),
  codebook: codebookSchema,
});

/** The comment column: the one suggested from the export, none, or the person's choice. */
export type CommentColumnChoice = 'suggested' | null | ColumnPreference;

export type CommentsState = {
  readonly column: CommentColumnChoice;
  readonly grouping: CommentGrouping;
  readonly masked: boolean;
  readonly codebook: Codebook;
};

export const INITIAL_COMMENTS_STATE: CommentsState = { column: 'suggested', grouping: 'score', masked: true, codebook: { themes: [], handCodes: {} } };

/** Everything the comments view saves (one codebook for every page that shows comments). */
export const $commentsState = persistedAtom<CommentsState>({
  key: 'survey-comments',
  version: 1,
  initial: INITIAL_COMMENTS_STATE,
  parse: schemaParser(commentsStateSchema),
});

function update(change: (state: CommentsState) => CommentsState): void {
  $commentsState.set(change($commentsState.get()));
}

/** What the page gives the comments view: its table, input, metric, segment column and confidence level. */
export type CommentsSource = {
  readonly $table: ReadableAtom<{ readonly layout: TableLayout; readonly scoreColumn: number } | null>;
  readonly input: ScoreInput;
  readonly $metric: ReadableAtom<SurveyMetric>;
  readonly $segmentColumn: ReadableAtom<number | null>;
  readonly $confidence: ReadableAtom<ConfidenceLevel>;
  /** The fewest scored answers each side of a theme needs to be compared (the page's "smallest group to judge"); the workbench's default without one. */
  readonly $minAnswers?: ReadableAtom<number>;
  /**
   * Asks the comments session where the export is kept (`askComments`). Passed in by the page's own code, which
   * has it already: imported here, the bundler split it out of every calculator's chunk.
   */
  readonly ask: typeof askComments;
};

/** Where the comments are: not asked yet, being read, read, or why not. */
export type CommentsStatus =
  | { readonly kind: 'no-column' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'open'; readonly overview: CommentsOverview }
  | { readonly kind: 'failed'; readonly message: string };

const GONE = 'The export is no longer in memory: paste it or choose the file again.';
const NO_WORKER = 'The comments are read in a background worker, which this page could not start. Reload the page; if this stays, try another browser.';

/** The first query of a list: every comment, first page. */
export const FIRST_QUERY: CommentQuery = { group: null, show: 'all', search: '', offset: 0, limit: 25, masked: true, seed: 1 };

/**
 * Make the comments view of a page over its score input.
 *
 * @param source the page's table, input, metric, segment column and confidence level
 * @returns the view's stores and actions
 */
export function createCommentsView(source: CommentsSource) {
  const $commentColumn = computed([$commentsState, source.$table], (state, table) => {
    if (table === null) return { column: null, suggested: null };
    const suggested = suggestCommentColumn(table.layout, table.scoreColumn);
    return { column: state.column === 'suggested' ? suggested : findPreferredColumn(table.layout, state.column), suggested };
  });
  const $status = atom<CommentsStatus>({ kind: 'no-column' });
  const $coded = atom<CodedComments | null>(null);
  const $page = atom<CommentPage | null>(null);
  const $query = atom<CommentQuery>(FIRST_QUERY);
  const $contexts = atom<{ readonly term: string; readonly label: string; readonly group: number | null; readonly contexts: CommentContexts } | null>(null);

  /** Where the export is: the large source's id in the worker, or this page's text. */
  const where = () => {
    const large = source.input.$largeSource.get();
    return large ? { sourceId: large.id, text: null } : { sourceId: null, text: source.input.$state.get().text };
  };
  let generation = 0;
  const send = async (request: CommentRequest): Promise<CommentAnswer> => {
    const { sourceId } = where();
    return source.ask(sourceId, null, request);
  };

  const $openAsk = computed(
    [$commentColumn, source.$table, source.$metric, source.$segmentColumn, $commentsState, source.input.$largeSource, source.input.$state],
    (column, table, metric, segmentColumn, state, large, input) => {
      if (table === null || column.column === null) return null;
      return {
        key: JSON.stringify([large?.id ?? null, large ? '' : input.text.length, table.scoreColumn, column.column, segmentColumn, state.grouping, metric, input.labels, table.layout.columns.length, table.layout.headerRows, table.layout.delimiter]),
        text: large ? null : input.text,
        open: {
          read: { layout: table.layout, scoreColumn: table.scoreColumn, scale: source.input.$scale.get(), labels: input.labels ?? {}, commentColumn: column.column, segmentColumn: state.grouping === 'segment' ? segmentColumn : null },
          grouping: state.grouping === 'segment' && segmentColumn !== null ? state.grouping : ('score' as const),
          metric,
        },
      };
    },
  );

  let lastKey: string | null = null;
  let lastText: string | null = null;

  const code = async (number: number) => {
    const minAnswers = source.$minAnswers?.get();
    const answer = await send({ kind: 'code', codebook: $commentsState.get().codebook, confidence: source.$confidence.get(), ...(minAnswers === undefined ? {} : { minAnswers }) });
    if (number !== generation) return;
    if (answer.kind === 'coded') $coded.set(answer.coded);
    await list(number);
  };

  const list = async (number: number) => {
    const answer = await send({ kind: 'list', query: { ...$query.get(), masked: $commentsState.get().masked } });
    if (number !== generation) return;
    if (answer.kind === 'listed') $page.set(answer.page);
    else if (answer.kind === 'not-open') $status.set({ kind: 'failed', message: GONE });
  };

  const open = (ask: ReturnType<typeof $openAsk.get>) => {
    if (ask === null) {
      lastKey = null;
      generation += 1;
      $status.set({ kind: 'no-column' });
      $coded.set(null);
      $page.set(null);
      return;
    }
    if (ask.key === lastKey && ask.text === lastText) return;
    lastKey = ask.key;
    lastText = ask.text;
    const number = ++generation;
    $status.set({ kind: 'opening' });
    $contexts.set(null);
    const { sourceId } = where();
    source.ask(sourceId, ask.text, { kind: 'open', open: ask.open }).then(
      async (answer) => {
        if (number !== generation) return;
        if (answer.kind !== 'opened') {
          $status.set({ kind: 'failed', message: answer.kind === 'unavailable' ? NO_WORKER : GONE });
          return;
        }
        $status.set({ kind: 'open', overview: answer.overview });
        $query.set({ ...FIRST_QUERY, masked: $commentsState.get().masked });
        await code(number);
        // Sentiment is scored after the phrases are shown (it is a hint; they are the finding), then the list again.
        const scored = await send({ kind: 'sentiment' });
        const status = $status.get();
        if (number !== generation || scored.kind !== 'sentiment' || status.kind !== 'open') return;
        $status.set({ kind: 'open', overview: { ...status.overview, sentiment: scored.sentiment } });
        await list(number);
        if (number === generation) await send({ kind: 'prepare' });
      },
      (error: unknown) => {
        if (number !== generation) return;
        $status.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  onMount($status, () => {
    const unbindOpen = $openAsk.subscribe(open);
    // A changed codebook or confidence level codes the open comments again (the list shows the new codes).
    let { codebook, masked } = $commentsState.get();
    const unbindCodebook = $commentsState.listen((state) => {
      const maskChanged = state.masked !== masked;
      const codebookChanged = state.codebook !== codebook;
      ({ codebook, masked } = state);
      if ($status.get().kind !== 'open') return;
      if (codebookChanged) void code(generation);
      else if (maskChanged) void list(generation);
      // The contexts on show are read again in the text as now shown.
      const shown = $contexts.get();
      if (maskChanged && shown) void showContexts(shown.term, shown.label, shown.group);
    });
    const recode = () => {
      if ($status.get().kind === 'open') void code(generation);
    };
    const unbindConfidence = source.$confidence.listen(recode);
    const unbindMinimum = source.$minAnswers?.listen(recode) ?? (() => undefined);
    return () => {
      unbindOpen();
      unbindCodebook();
      unbindConfidence();
      unbindMinimum();
      lastKey = null;
      generation += 1;
    };
  });

  /** Show another page, filter or search of the list. */
  const setQuery = (change: Partial<CommentQuery>) => {
    const next = { ...$query.get(), ...change };
    // A new filter or search starts at the first page.
    if (change.offset === undefined) next.offset = 0;
    $query.set(next);
    if ($status.get().kind === 'open') void list(generation);
  };

  /** Every place a term, or a word or phrase as typed, is used, with the words around it (null when not open). */
  const findContexts = async (find: ContextFind, group: number | null): Promise<CommentContexts | null> => {
    const number = generation;
    const answer = await send({ kind: 'contexts', find, group, masked: $commentsState.get().masked });
    return number !== generation || answer.kind !== 'contexts' ? null : answer.contexts;
  };

  /** Show every place a ranked term is used, under the phrases. */
  const showContexts = async (term: string, label: string, group: number | null) => {
    const contexts = await findContexts({ kind: 'term', key: term }, group);
    if (contexts !== null) $contexts.set({ term, label, group, contexts });
  };

  /** A coded comments CSV, theme table CSV or Markdown, built where the comments are. */
  const exportText = async (what: CommentExport): Promise<string | null> => {
    const answer = await send({ kind: 'export', what, masked: $commentsState.get().masked });
    return answer.kind === 'exported' ? answer.text : null;
  };

  return { $commentColumn, $status, $coded, $page, $query, $contexts, setQuery, findContexts, showContexts, exportText, closeContexts: () => $contexts.set(null) };
}

export type CommentsView = ReturnType<typeof createCommentsView>;

export function setCommentColumn(column: CommentColumnChoice): void {
  update((state) => ({ ...state, column }));
}

export function setCommentGrouping(grouping: CommentGrouping): void {
  update((state) => ({ ...state, grouping }));
}

export function setCommentsMasked(masked: boolean): void {
  update((state) => ({ ...state, masked }));
}

/** Replace the codebook (an imported file, a shared link). */
export function setCodebook(codebook: Codebook): void {
  update((state) => ({ ...state, codebook }));
}

/** Add a theme, or change the one with its id. */
export function saveTheme(theme: Theme): void {
  update((state) => {
    const themes = state.codebook.themes;
    const at = themes.findIndex((item) => item.id === theme.id);
    const next = at < 0 ? [...themes, theme] : themes.map((item, index) => (index === at ? theme : item));
    return { ...state, codebook: { ...state.codebook, themes: next } };
  });
}

/**
 * Remove a theme and its hand codes. A comment coded by hand with that theme alone goes back to the rules (an
 * empty hand code would say "no theme, on purpose", which the analyst never chose).
 */
export function removeTheme(id: string): void {
  update((state) => {
    const handCodes: Record<string, readonly string[]> = {};
    for (const [key, ids] of Object.entries(state.codebook.handCodes)) {
      const kept = ids.filter((item) => item !== id);
      if (kept.length > 0 || ids.length === 0) handCodes[key] = kept;
    }
    return { ...state, codebook: { themes: state.codebook.themes.filter((item) => item.id !== id), handCodes } };
  });
}

/** Code one comment by hand (its themes are then exactly these), or give it back to the rules (null). */
export function setHandCode(key: string, themeIds: readonly string[] | null): void {
  update((state) => {
    const handCodes = { ...state.codebook.handCodes };
    if (themeIds === null) delete handCodes[key];
    else handCodes[key] = themeIds;
    return { ...state, codebook: { ...state.codebook, handCodes } };
  });
}

/** What the last codebook action did (saved, imported, opened from a link, copied), for the status line. */
export type CodebookNotice = { readonly kind: 'idle' } | { readonly kind: 'done' | 'failed'; readonly message: string };

export const $codebookNotice = atom<CodebookNotice>({ kind: 'idle' });

/** The codebook before the last import or shared link replaced it, so the person can undo that. */
export const $replacedCodebook = atom<Codebook | null>(null);

/** Replace the codebook, keeping the one replaced for `undoCodebookReplace`. */
function replaceCodebook(codebook: Codebook): void {
  const current = $commentsState.get().codebook;
  $replacedCodebook.set(current.themes.length > 0 || Object.keys(current.handCodes).length > 0 ? current : null);
  setCodebook(codebook);
}

/** Put back the codebook an import or a link replaced. */
export function undoCodebookReplace(): void {
  const previous = $replacedCodebook.get();
  if (previous === null) return;
  $replacedCodebook.set(null);
  setCodebook(previous);
}

const themeCount = (count: number) => `${String(count)} ${count === 1 ? 'theme' : 'themes'}`;

/** The codebook as a dated JSON file (themes and hand codes; no comment). */
export function exportCodebookFile(): { readonly name: string; readonly text: string } {
  const now = new Date();
  return { name: getCodebookFileName(now), text: createCodebookFile($commentsState.get().codebook, now) };
}

/**
 * Open a codebook file in place of the codebook (the replaced one can be put back with `undoCodebookReplace`).
 *
 * @param file the chosen file
 * @returns what was opened, or why it could not be, in words
 */
export async function importCodebookFile(file: File): Promise<Result<string, string>> {
  if (file.size > MAX_CODEBOOK_FILE_BYTES) return err(`${file.name} is ${formatBytes(file.size)}; a codebook file is at most ${formatBytes(MAX_CODEBOOK_FILE_BYTES)}. Is it the right file?`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err(`Your browser could not read ${file.name}. Try choosing it again.`);
  }
  const read = readCodebookFile(text, file.size);
  if (!read.ok) return err(formatPortableMessage(describePortableError(read.error, { thing: 'codebook file', tool: 'comments view' })));
  const replaced = $commentsState.get().codebook.themes.length;
  replaceCodebook(read.value);
  const handCodes = Object.keys(read.value.handCodes).length;
  return ok(`Opened ${file.name}: ${themeCount(read.value.themes.length)}${handCodes > 0 ? ` and ${String(handCodes)} hand-coded comments` : ''}${replaced > 0 ? ` in place of your ${themeCount(replaced)} (Undo puts them back)` : ''}.`);
}

/**
 * A link to the codebook's themes and rules: never a comment, never a hand code.
 *
 * @param origin `location.origin`
 * @param path the page's path
 */
export async function createCodebookShareLink(origin: string, path: string): Promise<string> {
  return getShareLink(origin, path, FRAGMENT_KEYS.codebook, await encodeCodebookShareCode($commentsState.get().codebook.themes));
}

/**
 * Open a codebook link (`#k=<code>`): its themes replace the codebook's (the person's hand codes are kept, and
 * the replaced themes can be put back with `undoCodebookReplace`).
 *
 * @param hash `location.hash`
 * @returns what happened, in words, or null when the fragment holds no codebook
 */
export async function openCodebookLink(hash: string): Promise<Result<string, string> | null> {
  const fragment = readFragment(hash, [FRAGMENT_KEYS.codebook]);
  if (fragment.kind !== 'code') return null;
  const decoded = await decodeCodebookShareCode(fragment.code);
  if (!decoded.ok) return err(formatPortableMessage(describePortableError(decoded.error, { thing: 'codebook link', tool: 'comments view' })));
  const current = $commentsState.get().codebook;
  replaceCodebook({ themes: decoded.value, handCodes: current.handCodes });
  return ok(`Opened a shared codebook: ${themeCount(decoded.value.length)}${current.themes.length > 0 ? ` in place of your ${themeCount(current.themes.length)} (Undo puts them back)` : ''}.`);
}
