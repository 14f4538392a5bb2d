/**
 * Web Worker that reads large pastes and files off the main thread, so the page never freezes, and keeps their
 * text between reads (see score-sources.ts).
 *
 * Message in: `{ id, request }` (see `SourceRequest`), answered with `{ id, answer }`, or `{ id, error }` with a
 * message if reading failed (a bug: `analysePaste` does not throw for any text); or `{ forget }` with a source id,
 * not answered.
 */
import type { SourceAnswer, SourceRequest } from './score-sources.ts';
import { createScoreSources } from './score-sources.ts';

/** A message to the worker. */
export type ParseWorkerRequest = { readonly id: number; readonly request: SourceRequest } | { readonly forget: number };
/** The worker's answer. */
export type ParseWorkerResponse = { readonly id: number; readonly answer: SourceAnswer } | { readonly id: number; readonly error: string };

/** The parts of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<ParseWorkerRequest>) => void) | null;
  postMessage: (message: ParseWorkerResponse) => void;
};

const scope = self as unknown as WorkerScope;
const sources = createScoreSources({ loadCommentSession: () => import('./comment-session.ts') });

scope.onmessage = (event) => {
  const message = event.data;
  if ('forget' in message) {
    sources.forget(message.forget);
    return;
  }
  const { id, request } = message;
  sources.handle(request).then(
    (answer) => scope.postMessage({ id, answer }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
