/**
 * The reader of a small paste on the main thread (`analysePaste`: layouts, columns, dates, labels), loaded by a
 * dynamic import so it stays out of a calculator's first script (issue 17). The score input starts loading it
 * while the page is idle after hydration, so by the time anyone pastes it is usually there and the paste is read
 * in the same task, as before.
 */
import type { analysePaste } from '../lib/metrics/analyse-paste.ts';

/** Reads a paste: see `analysePaste`. */
export type PasteAnalyser = typeof analysePaste;

let analyser: PasteAnalyser | null = null;
let loading: Promise<PasteAnalyser> | null = null;

/**
 * The reader, when it has loaded.
 *
 * @returns `analysePaste`, or null before it has loaded
 */
export function getPasteAnalyser(): PasteAnalyser | null {
  return analyser;
}

/**
 * Load the reader (once; a failed load, e.g. offline before the service worker cached it, is tried again).
 *
 * @returns `analysePaste`
 * @example
 * loadPasteAnalyser().then((analyse) => analyse({ text: '9\n10', scale: NPS_SCALE }));
 */
export function loadPasteAnalyser(): Promise<PasteAnalyser> {
  loading ??= import('../lib/metrics/analyse-paste.ts').then(
    (module) => (analyser = module.analysePaste),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
