/**
 * Web Worker that reads large pastes off the main thread, so the page never freezes.
 *
 * Message in: `{ id, request }` (see `PasteRequest`). Message out: `{ id, analysis }`, or `{ id, error }`
 * with a message if reading failed (a bug: `analysePaste` does not throw for any text).
 */
import type { PasteAnalysis, PasteRequest } from '../lib/metrics/analyse-paste.ts';
import { analysePaste } from '../lib/metrics/analyse-paste.ts';

/** A request to the worker. */
export type ParseWorkerRequest = { readonly id: number; readonly request: PasteRequest };
/** The worker's answer. */
export type ParseWorkerResponse =
  | { readonly id: number; readonly analysis: PasteAnalysis }
  | { readonly id: number; readonly error: string };

/** The parts of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<ParseWorkerRequest>) => void) | null;
  postMessage: (message: ParseWorkerResponse) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, analysis: analysePaste(request) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
