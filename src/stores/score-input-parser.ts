/**
 * Where large pastes and files are read: in a Web Worker (src/workers/parse-scores.worker.ts) that keeps their
 * text, so the main thread neither reads nor holds it (small pastes are read at once on the main thread, by the
 * store). Where workers are unavailable (jsdom, very old browsers) or the worker fails to start, the same reader
 * (src/workers/score-sources.ts) runs on the main thread: slower, still correct.
 */
import type { PasteReadOptions, ScoreSources, SourceAnswer, SourceRequest } from '../workers/score-sources.ts';
import type { CommentSessionLoader } from '../workers/score-sources.ts';
import type { BreakdownRead } from '../lib/survey/analyse-breakdown.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from '../workers/parse-scores.worker.ts';
import type { CommentAnswer, CommentRequest } from '../workers/comment-session.ts';

export type { PasteReadOptions, SourceAnswer } from '../workers/score-sources.ts';

/** The parts of a Worker this module uses, so tests can pass a fake. */
export type ParseWorker = {
  postMessage(message: ParseWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseWorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
};

type Pending = { readonly request: SourceRequest; readonly resolve: (answer: SourceAnswer) => void; readonly reject: (error: Error) => void };

function createDefaultWorker(): ParseWorker | null {
  if (typeof Worker === 'undefined') return null;
  // Vite and Astro bundle the worker from this exact `new Worker(new URL(…, import.meta.url))` form.
  return new Worker(new URL('../workers/parse-scores.worker.ts', import.meta.url), { type: 'module' }) as ParseWorker;
}

let createWorker: () => ParseWorker | null = createDefaultWorker;
let worker: ParseWorker | null = null;
let workerFailed = false;
let nextRequestId = 0;
const pending = new Map<number, Pending>();
/** The reader on the main thread, used once there is no worker. */
/** How the main-thread fallback loads the comments session: not at all on a page (see createScoreSources); tests set one. */
let mainThreadCommentSession: CommentSessionLoader | undefined;
/**
 * The reader on the main thread, made the first time a request needs it: a page with a working worker never
 * downloads it (its module, with the whole table reader, is a chunk of its own), which keeps it out of the page's
 * first script (issue 17).
 */
let mainThreadSources: ScoreSources | null = null;
let mainThreadSourcesLoading: Promise<ScoreSources> | null = null;

function getMainThreadSources(): Promise<ScoreSources> {
  if (mainThreadSources) return Promise.resolve(mainThreadSources);
  mainThreadSourcesLoading ??= import('../workers/score-sources.ts').then(
    ({ createScoreSources }) => (mainThreadSources ??= createScoreSources({ loadCommentSession: mainThreadCommentSession })),
    (error: unknown) => {
      mainThreadSourcesLoading = null;
      throw error;
    },
  );
  return mainThreadSourcesLoading;
}

/** Answer a request on the main thread. */
function handleOnMainThread(request: SourceRequest): Promise<SourceAnswer> {
  return getMainThreadSources().then((sources) => sources.handle(request));
}

/** Start again with no kept texts on the main thread (the next request makes a fresh reader). */
function resetMainThreadSources(): void {
  mainThreadSources = null;
  mainThreadSourcesLoading = null;
}

/**
 * Read what is still waiting on the main thread (the worker could not start or crashed). A paste or file still
 * waiting is read from the message; a re-read of a text the worker kept answers `missing` (it is gone with it).
 */
function fallBackToMainThread(): void {
  workerFailed = true;
  worker?.terminate();
  worker = null;
  const waiting = [...pending.values()];
  pending.clear();
  for (const { request, resolve, reject } of waiting) handleOnMainThread(request).then(resolve, reject);
}

function getWorker(): ParseWorker | null {
  if (workerFailed) return null;
  if (worker) return worker;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (!worker) {
    workerFailed = true;
    return null;
  }
  worker.addEventListener('message', (event) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if ('answer' in response) waiting.resolve(response.answer);
    else waiting.reject(new Error(response.error));
  });
  // A worker that fails to load (blocked script, old browser) reports an error event: read on the main thread.
  worker.addEventListener('error', fallBackToMainThread);
  return worker;
}

/** Send a request to the worker, or answer it on the main thread where there is none. */
function ask(request: SourceRequest): Promise<SourceAnswer> {
  const target = getWorker();
  if (!target) return handleOnMainThread(request);
  return new Promise((resolve, reject) => {
    const id = ++nextRequestId;
    pending.set(id, { request, resolve, reject });
    target.postMessage({ id, request });
  });
}

/** Start the worker now (it takes about 0.3 s to load before it can read), so a first large paste or file need not wait for it. */
export function prepareParseWorker(): void {
  getWorker();
}

/**
 * Keep a large paste off the main thread under `sourceId` and read it. The text is posted once; read it again
 * with `rereadSource`.
 *
 * @param sourceId from `createSourceId` (stores/score-input.ts)
 * @param text the pasted text
 * @param options how to read it
 * @returns `{ kind: 'read', analysis, characters }`
 */
export function readLargeText(sourceId: number, text: string, options: PasteReadOptions): Promise<SourceAnswer> {
  return ask({ kind: 'read-text', sourceId, text, options });
}

/**
 * Read a file off the main thread: its bytes, their text encoding, a binary check, and (when longer than
 * `shownCharacters`) the analysis, its text kept under `sourceId`.
 *
 * @param sourceId from `createSourceId` (stores/score-input.ts)
 * @param file the chosen or dropped file
 * @param options how to read it
 * @param shownCharacters the longest text sent back for the paste box instead of being kept
 * @returns the analysis, the short text, or why the file was refused
 */
export function readFileInBackground(sourceId: number, file: Blob, options: PasteReadOptions, shownCharacters: number): Promise<SourceAnswer> {
  return ask({ kind: 'read-file', sourceId, file, options, shownCharacters });
}

/**
 * Read a kept text again with other options; only the options and the id are posted.
 *
 * @param sourceId the text's id
 * @param options how to read it now
 * @returns the analysis, or `missing` when the text is no longer kept
 */
export function rereadSource(sourceId: number, options: PasteReadOptions): Promise<SourceAnswer> {
  return ask({ kind: 'reread', sourceId, options });
}

/**
 * Read a kept text by segment and by day (the survey workbench); only the reading choices and the id are posted.
 *
 * @param sourceId the text's id
 * @param read the layout, the score column and scale, the segment and date columns
 * @returns the breakdown, or `missing` when the text is no longer kept
 */
export function readSourceBreakdown(sourceId: number, read: BreakdownRead): Promise<SourceAnswer> {
  return ask({ kind: 'breakdown', sourceId, read });
}

/**
 * Ask the comments view's session where the export is kept (see src/workers/comment-session.ts).
 *
 * @param sourceId the large source's id, or null for a paste read on this page
 * @param text the paste's text when it is not kept as a source (only read by `open`), else null
 * @param request what the comments view asks
 * @returns the session's answer, or `not-open` when the source is gone
 */
export async function askComments(sourceId: number | null, text: string | null, request: CommentRequest): Promise<CommentAnswer> {
  const answer = await ask({ kind: 'comments', sourceId, text, request });
  return answer.kind === 'comments' ? answer.answer : { kind: 'not-open' };
}

/** Drop a kept text (a new paste or file replaced it), freeing its memory. */
export function forgetSource(sourceId: number): void {
  // Not made yet: it keeps nothing to forget.
  mainThreadSources?.forget(sourceId);
  // Only a running worker holds texts: forgetting must not start one.
  worker?.postMessage({ forget: sourceId });
}

/** Use another worker factory (tests pass a fake, or `() => null` for the main thread); resets the worker and every kept text. */
export function setParseWorkerFactoryForTests(factory: (() => ParseWorker | null) | undefined): void {
  worker?.terminate();
  worker = null;
  workerFailed = false;
  pending.clear();
  resetMainThreadSources();
  createWorker = factory ?? createDefaultWorker;
}

/**
 * Let the main-thread fallback run the comments session (jsdom has no Worker); resets the kept texts.
 *
 * @param loader imports the session module, or undefined for none (as on a page)
 */
export function setMainThreadCommentSessionForTests(loader: CommentSessionLoader | undefined): void {
  mainThreadCommentSession = loader;
  resetMainThreadSources();
}
