/**
 * The large texts a page's score inputs read, held where they are read: in the parse worker
 * (parse-scores.worker.ts), or on the main thread where there is no worker (the fallback in
 * src/stores/score-input-parser.ts runs this same code).
 *
 * A large paste is posted once and a file is read here, byte to text, so its text never reaches the main thread;
 * each is kept under a source id the page chose. A re-read (another column, scale, label mapping or way to read
 * commas) sends only the options and the id: posting 50 MB of text again cost the main thread 0.4–0.6 s per
 * column switch. The page forgets a source when a new text or file replaces it, which frees its memory here.
 */
import type { PasteAnalysis, PasteRequest } from '../lib/metrics/analyse-paste.ts';
import { analysePaste, analyseTableBytes, decodeUtf8Head } from '../lib/metrics/analyse-paste.ts';
import type { TableSource } from '../lib/metrics/read-column-cells.ts';
import { NotUtf8Error } from '../lib/metrics/read-column-cells.ts';
import { decodeFileText, looksBinary } from '../lib/score-input/score-file.ts';
import type { BreakdownRead, SurveyBreakdown } from '../lib/survey/analyse-breakdown.ts';
import { analyseBreakdown } from '../lib/survey/analyse-breakdown.ts';
import type { CommentAnswer, CommentRequest, CommentSession } from './comment-session.ts';

/**
 * Files larger than this are read as tables straight from their UTF-8 bytes (`analyseTableBytes`): decoding
 * 50 MB to a string cost Chromium about a second plus its garbage collection, more than reading the column.
 */
const READ_AS_BYTES_FROM = 4 * 1024 * 1024;

/** What is kept of a source: its text, or the bytes of a large UTF-8 table with its decoded start. */
type KeptSource = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly head: string };

/** How to read a text: everything in a `PasteRequest` but the text (the scale, the column, the label mapping…). */
export type PasteReadOptions = Omit<PasteRequest, 'text'>;

/** What the page asks of the sources. */
export type SourceRequest =
  /** Keep this text under `sourceId` (a large paste) and read it. */
  | { readonly kind: 'read-text'; readonly sourceId: number; readonly text: string; readonly options: PasteReadOptions }
  /**
   * Read a file's bytes as text (see `decodeFileText`) and refuse it if binary. Text up to `shownCharacters` is
   * sent back for the paste box and not kept; longer text is kept under `sourceId` and read.
   */
  | { readonly kind: 'read-file'; readonly sourceId: number; readonly file: Blob; readonly options: PasteReadOptions; readonly shownCharacters: number }
  /** Read the text kept under `sourceId` again, with other options. */
  | { readonly kind: 'reread'; readonly sourceId: number; readonly options: PasteReadOptions }
  /** Read the text kept under `sourceId` by segment and by day (the survey workbench). */
  | { readonly kind: 'breakdown'; readonly sourceId: number; readonly read: BreakdownRead }
  /** Ask the comments view's session (see comment-session.ts); opening reads the kept source, or `text` when given. */
  | { readonly kind: 'comments'; readonly sourceId: number | null; readonly text: string | null; readonly request: CommentRequest };

/** The answer to a `SourceRequest`. */
export type SourceAnswer =
  /** A kept text, read; `characters` is its length. */
  | { readonly kind: 'read'; readonly analysis: PasteAnalysis; readonly characters: number }
  /** A file short enough for the paste box: its text, not kept and not read (the page reads it at once). */
  | { readonly kind: 'short-file'; readonly text: string }
  /** A file that is not text after all, or that the browser could not read. */
  | { readonly kind: 'refused-file'; readonly problem: { readonly kind: 'binary' } | { readonly kind: 'unreadable'; readonly message: string } }
  /** A kept text read by segment and by day. */
  | { readonly kind: 'breakdown'; readonly breakdown: SurveyBreakdown }
  /** The comments session's answer. */
  | { readonly kind: 'comments'; readonly answer: CommentAnswer }
  /** Nothing is kept under the id (forgotten, or kept by a worker that has since stopped). */
  | { readonly kind: 'missing' };

/** The texts kept, and how to read them. */
export type ScoreSources = {
  /** Answer a request; never rejects for bad input (`analysePaste` does not throw for any text). */
  handle(request: SourceRequest): Promise<SourceAnswer>;
  /** Drop a kept text, freeing its memory; an unknown id is ignored. */
  forget(sourceId: number): void;
  /** How many texts are kept (for tests). */
  readonly size: number;
};

/** Loads the comments session's module (a dynamic import, so its code comes only with the first comments request). */
export type CommentSessionLoader = () => Promise<{ readonly createCommentSession: () => CommentSession }>;

/**
 * Make an empty set of kept texts.
 *
 * @param options `loadCommentSession`: how to load the comments session. The parse worker passes it; the
 *   main-thread fallback does not, so the page's own chunks never reference the session's code (a lazy chunk
 *   sharing modules with the page made the bundler split them out, and every calculator page grew)
 * @returns the sources, holding nothing
 * @example await createScoreSources().handle({ kind: 'reread', sourceId: 1, options }) // { kind: 'missing' }
 */
export function createScoreSources(options: { readonly loadCommentSession?: CommentSessionLoader | undefined } = {}): ScoreSources {
  const kept = new Map<number, KeptSource>();

  const keepAndRead = (sourceId: number, text: string, options: PasteReadOptions): SourceAnswer => {
    kept.set(sourceId, { kind: 'text', text });
    return { kind: 'read', analysis: analysePaste({ ...options, text }), characters: text.length };
  };

  /** Read a large UTF-8 table from its bytes and keep them; null when the file must be read as text instead. */
  const keepAndReadBytes = (sourceId: number, bytes: Uint8Array, options: PasteReadOptions): SourceAnswer | null => {
    if (bytes.length < READ_AS_BYTES_FROM || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
    const head = decodeUtf8Head(bytes);
    if (head === null || looksBinary(head)) return null;
    try {
      const analysis = analyseTableBytes(bytes, head, options);
      if (analysis === null) return null;
      kept.set(sourceId, { kind: 'bytes', bytes, head });
      return { kind: 'read', analysis, characters: analysis.kind === 'empty' ? 0 : analysis.size.characters };
    } catch (error) {
      if (error instanceof NotUtf8Error) return null;
      throw error;
    }
  };

  /**
   * Read a kept source with `read`, from its bytes where it is kept as bytes; null when nothing is kept under
   * the id. A cell that is not UTF-8 turns the source into its decoded text, kept from then on.
   */
  const readKept = <T>(sourceId: number, read: (source: TableSource) => T): T | null => {
    const source = kept.get(sourceId);
    if (source === undefined) return null;
    if (source.kind === 'text') return read(source.text);
    try {
      return read(source.bytes);
    } catch (error) {
      if (!(error instanceof NotUtf8Error)) throw error;
      const text = decodeFileText(source.bytes);
      kept.set(sourceId, { kind: 'text', text });
      return read(text);
    }
  };

  /** The comments session, loaded with its text analysis on the first comments request. */
  let commentSession: Promise<CommentSession> | null = null;

  const readFile = async (request: Extract<SourceRequest, { kind: 'read-file' }>): Promise<SourceAnswer> => {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await request.file.arrayBuffer());
    } catch (error) {
      return { kind: 'refused-file', problem: { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) } };
    }
    const fromBytes = keepAndReadBytes(request.sourceId, bytes, request.options);
    if (fromBytes) return fromBytes;
    const text = decodeFileText(bytes);
    if (looksBinary(text)) return { kind: 'refused-file', problem: { kind: 'binary' } };
    if (text.length <= request.shownCharacters) return { kind: 'short-file', text };
    return keepAndRead(request.sourceId, text, request.options);
  };

  return {
    async handle(request) {
      switch (request.kind) {
        case 'read-text':
          return keepAndRead(request.sourceId, request.text, request.options);
        case 'read-file':
          return readFile(request);
        case 'reread': {
          const source = kept.get(request.sourceId);
          if (source === undefined) return { kind: 'missing' };
          if (source.kind === 'text') return { kind: 'read', analysis: analysePaste({ ...request.options, text: source.text }), characters: source.text.length };
          const fromBytes = keepAndReadBytes(request.sourceId, source.bytes, request.options);
          // Another column held bytes that are not UTF-8 (or the options ask for a list): read the whole text.
          return fromBytes ?? keepAndRead(request.sourceId, decodeFileText(source.bytes), request.options);
        }
        case 'breakdown': {
          const breakdown = readKept(request.sourceId, (source) => analyseBreakdown(source, request.read));
          return breakdown === null ? { kind: 'missing' } : { kind: 'breakdown', breakdown };
        }
        case 'comments': {
          const load = options.loadCommentSession;
          if (load === undefined) return { kind: 'comments', answer: { kind: 'unavailable' } };
          commentSession ??= load().then((module) => module.createCommentSession());
          const session = await commentSession;
          const { text, sourceId } = request;
          return { kind: 'comments', answer: session.handle(request.request, (read) => (text !== null ? read(text) : sourceId === null ? null : readKept(sourceId, read))) };
        }
        default:
          request satisfies never;
          return { kind: 'missing' };
      }
    },
    forget(sourceId) {
      kept.delete(sourceId);
    },
    get size() {
      return kept.size;
    },
  };
}
