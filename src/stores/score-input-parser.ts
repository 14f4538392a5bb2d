/**
 * Where pastes are read: large ones in a Web Worker (src/workers/parse-scores.worker.ts) so the main thread
 * never blocks, small ones right away on the main thread. Where workers are unavailable (jsdom, very old
 * browsers) or the worker fails to start, everything is read on the main thread: slower, still correct.
 */
import type { PasteAnalysis, PasteRequest } from '../lib/metrics/analyse-paste.ts';
import { analysePaste } from '../lib/metrics/analyse-paste.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from '../workers/parse-scores.worker.ts';

/** The parts of a Worker this module uses, so tests can pass a fake. */
export type ParseWorker = {
  postMessage(message: ParseWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseWorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
};

type Pending = { readonly request: PasteRequest; readonly resolve: (analysis: PasteAnalysis) => void; readonly reject: (error: Error) => void };

function createDefaultWorker(): ParseWorker | null {
  if (typeof Worker === 'undefined') return null;
  // Vite and Astro bundle the worker from this exact `new Worker(new URL(…, import.meta.url))` form.
  return new Worker(new URL('../workers/parse-scores.worker.ts', import.meta.url), { type: 'module' }) as ParseWorker;
}

let createWorker: () => ParseWorker | null = createDefaultWorker;
let worker: ParseWorker | null = null;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, Pending>();

/** Read everything still waiting on the main thread (the worker could not start or crashed). */
function fallBackToMainThread(): void {
  workerFailed = true;
  worker?.terminate();
  worker = null;
  const waiting = [...pending.values()];
  pending.clear();
  for (const { request, resolve } of waiting) resolve(analysePaste(request));
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
    if ('analysis' in response) waiting.resolve(response.analysis);
    else waiting.reject(new Error(response.error));
  });
  // A worker that fails to load (blocked script, old browser) reports an error event: read on the main thread.
  worker.addEventListener('error', fallBackToMainThread);
  return worker;
}

/**
 * Read a paste off the main thread when a worker is available.
 *
 * @param request what to read
 * @returns the analysis (from the worker, or from the main thread as a fallback)
 */
export function analyseInBackground(request: PasteRequest): Promise<PasteAnalysis> {
  const target = getWorker();
  if (!target) return Promise.resolve(analysePaste(request));
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, { request, resolve, reject });
    target.postMessage({ id, request });
  });
}

/** Use another worker factory (tests pass a fake, or `() => null` for the main thread); resets the worker. */
export function setParseWorkerFactoryForTests(factory: (() => ParseWorker | null) | undefined): void {
  worker?.terminate();
  worker = null;
  workerFailed = false;
  pending.clear();
  createWorker = factory ?? createDefaultWorker;
}
