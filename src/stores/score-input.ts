/**
 * One forgiving score input: a paste box (or a dropped file), a column choice for tables, and a counts mode
 * for people who only have totals. The NPS, CSAT and CES calculators each hold one or two.
 *
 * The person's choices are saved inside the calculator's persisted state as a `ScoreInputState`
 * (lib/score-input/score-input-state.ts, schema version 1 of each calculator). The text is saved only up to `LARGE_PASTE_CHARACTERS`; a larger
 * paste or file is a "large source": its text is kept in the parse worker (src/workers/score-sources.ts), posted
 * there once (a paste) or never seen by the main thread at all (a file, read and decoded in the worker), and
 * every re-read (another column, scale, label mapping, way to read commas) sends only the options and the
 * source's id. What is saved instead of its text is its counts (`kept`), so a reload shows the same result
 * without filling the browser's storage. Reading the text, the outcome for the calculator and the file status
 * live here, in memory.
 *
 * The paste box is uncontrolled (a large value would make React and the browser slow): the island reads it
 * on input and writes it only when `$boxText` says so (a file was read, the input was cleared, another tab
 * changed it).
 *
 * What the input means (outcome, counts fields, file checks, text decoding) is pure and lives in
 * `src/lib/score-input/`; this store holds the state and the actions.
 */
import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import type { NpsSample } from '../lib/metrics/share-code.ts';
import type { ScoreScale } from '../lib/metrics/score-scale.ts';
import { isSameScale } from '../lib/metrics/score-scale.ts';
import type { ColumnPreference, PasteAnalysis, ReadAs } from '../lib/metrics/analyse-paste.ts';
import { getPasteAnalyser, loadPasteAnalyser } from './paste-analyser.ts';
import type { LabelScores } from '../lib/metrics/score-tally.ts';
import type { ScoreMetric } from '../lib/metrics/score-metric.ts';
import type { CountsCheck, PasteState, ScoreInputOutcome } from '../lib/score-input/score-input-outcome.ts';
import { describeUnavailablePart, getCountsOutcome, getLeftOutCount, getPasteOutcome } from '../lib/score-input/score-input-outcome.ts';
import type { FileProblem } from '../lib/score-input/score-file.ts';
import type { KeptCounts, ScoreInputState } from '../lib/score-input/score-input-state.ts';
import { LARGE_PASTE_CHARACTERS, getCountFields, summariseForKeeping, withLoadedCounts } from '../lib/score-input/score-input-state.ts';
import type { PasteReadOptions, SourceAnswer } from './score-input-parser.ts';
import { STABLE_LOCALE } from '../lib/text/format.ts';
import { lazyModule } from './lazy-module.ts';

/**
 * What a refused file did to the answers already there. Answers read from an earlier file are cleared, so its
 * result cannot pass for the refused file's (the person still has that file); answers the person typed or
 * pasted exist nowhere else, so they are kept, and the message says they are still shown.
 */
export type EarlierAnswers =
  | { readonly kind: 'none' }
  | { readonly kind: 'cleared'; readonly fileName: string }
  | { readonly kind: 'kept' };

/** The file being read, the one just read, or why the last one could not be. */
export type FileStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'read'; readonly name: string; readonly bytes: number }
  | { readonly kind: 'failed'; readonly name: string; readonly problem: FileProblem; readonly earlier: EarlierAnswers };

/** Answers in the box that this page did not put there: restored from an earlier visit, or saved by another tab. */
export type RestoredText = {
  /** When they were saved (ISO 8601); null for a state saved before the date was kept. */
  readonly savedAt: string | null;
  /** The file they were read from, if any. */
  readonly fileName: string | null;
};

/** A request to put text in the paste box; `revision` grows with each one. */
export type BoxText = { readonly text: string; readonly revision: number };

/** A paste or file too large for the box, whose text the parse worker keeps (see score-sources.ts). */
export type LargeSource = {
  /** The id its text is kept under. */
  readonly id: number;
  /** Its length in characters. */
  readonly characters: number;
};

/** Shown when a large text is no longer kept (the worker stopped and the page read on without it). */
const MISSING_SOURCE_MESSAGE = 'The large paste is no longer in memory: paste it or choose the file again.';
const MISSING_ANSWER: SourceAnswer = { kind: 'missing' };

/** How a calculator wires an input to its saved state. */
export type ScoreInputOptions = {
  /** This input's slice of the calculator's saved state. */
  readonly $state: ReadableAtom<ScoreInputState>;
  /** Change this input's slice of the saved state. */
  readonly update: (change: (state: ScoreInputState) => ScoreInputState) => void;
  /** The scale answers are read on. */
  readonly $scale: ReadableAtom<ScoreScale>;
  /** The scale of the initial state, which the server renders. */
  readonly ssrScale: ScoreScale;
  /** Whether counts mode offers promoters / passives / detractors (NPS only). */
  readonly allowsGroups: boolean;
  /** The question read, whose header words point at its column in an export (an atom where the page lets it change). */
  readonly metric?: ScoreMetric | ReadableAtom<ScoreMetric>;
};

/** One score input's stores and actions. */
export type ScoreInput = {
  readonly $state: ReadableAtom<ScoreInputState>;
  readonly $scale: ReadableAtom<ScoreScale>;
  readonly ssrScale: ScoreScale;
  readonly allowsGroups: boolean;
  /** The paste or file too large for the box, kept in the parse worker; null when the text is small. */
  readonly $largeSource: ReadableAtom<LargeSource | null>;
  /**
   * The whole text of a large *paste* (which arrived on this page anyway): what the paste box last sent, and
   * what moves when CES answers are read as the other question; null for a large file, whose text never reaches
   * the main thread (see `getLargeFile`), and when the text is small.
   */
  readonly $largeText: ReadableAtom<string | null>;
  readonly $paste: ReadableAtom<PasteState>;
  readonly $countsCheck: ReadableAtom<CountsCheck>;
  readonly $outcome: ReadableAtom<ScoreInputOutcome>;
  /** How many pasted values cannot count and are left out of the outcome: see getLeftOutCount. */
  readonly $leftOut: ReadableAtom<number>;
  readonly $fileStatus: ReadableAtom<FileStatus>;
  readonly $boxText: ReadableAtom<BoxText>;
  /**
   * The pasted answers in the box when nothing typed, pasted or read on this page has replaced them yet (they
   * were restored from an earlier visit, or another tab saved them); null otherwise. A paste then asks whether
   * to replace them or add to them, rather than land at the caret and run into them.
   */
  readonly $restoredText: ReadableAtom<RestoredText | null>;
  /** Use the text typed or pasted into the box (or read from a file); it is saved with the time. */
  setText(text: string, fileName?: string | null): void;
  /**
   * Read a dropped or chosen file, locally, into the input; a refused file clears answers read from an
   * earlier file and keeps typed or pasted ones (see `EarlierAnswers`).
   */
  loadFile(file: File): Promise<void>;
  setMode(mode: ScoreInputState['mode']): void;
  chooseColumn(column: ColumnPreference): void;
  setReadAs(readAs: ReadAs): void;
  /** Count answers written as words with these scores (the person's label mapping). */
  setLabels(labels: LabelScores): void;
  setCountsKind(kind: ScoreInputState['countsKind']): void;
  setCountField(score: number, text: string): void;
  setGroupField(group: keyof ScoreInputState['groupFields'], text: string): void;
  /** Put counts (e.g. from a share link) into counts mode; the paste is kept. */
  loadCounts(sample: NpsSample): void;
  /** Forget the in-memory text and empty the box (the calculator resets the saved state). */
  reset(): void;
  /** The large file whose text the worker holds, to read it again elsewhere (null for a paste or a small file). */
  getLargeFile(): File | null;
  /** The person reached for an input (focus, pointer, drag): get ready for a paste or a file, once per page. */
  prepare(): void;
};

/** What to read: a small text here, or a large source in the worker, and how. */
type ReadRequest = {
  /** The text read on the main thread; '' when there is none, or when `source` holds it. */
  readonly text: string;
  readonly source: LargeSource | null;
  readonly options: PasteReadOptions;
  readonly kept: KeptCounts | null;
};

/** Whether two reads of the same text give the same analysis (labels compare by identity: each change is a new object). */
function isSameOptions(a: PasteReadOptions, b: PasteReadOptions): boolean {
  return (
    a.readAs === b.readAs &&
    isSameScale(a.scale, b.scale) &&
    a.column?.index === b.column?.index &&
    a.column?.name === b.column?.name &&
    a.metric === b.metric &&
    (a.labels ?? NO_LABELS) === (b.labels ?? NO_LABELS)
  );
}

const NO_LABELS: LabelScores = {};

function isSameRequest(a: ReadRequest | null, b: ReadRequest): boolean {
  if (a === null) return false;
  return (
    a.text === b.text &&
    a.source?.id === b.source?.id &&
    isSameOptions(a.options, b.options) &&
    (b.text !== '' || b.source !== null || a.kept === b.kept)
  );
}

/**
 * The first read of a new large source: a paste's text posted to the worker with the options of that moment,
 * or a file's analysis the worker sent with its reading (read again if the options changed meanwhile).
 */
type FirstRead = { readonly sourceId: number; readonly start: (options: PasteReadOptions) => Promise<SourceAnswer> };

/**
 * The readers of typed counts, loaded as an input first shows rather than with the page's first script (issue 17):
 * blank fields need none, and counts typed or restored wait only as long as the calculator's own statistics do.
 */
export const countFieldReaders = lazyModule(async () => {
  const [{ parseCountFields }, { parseNpsGroupFields }] = await Promise.all([
    import('../lib/metrics/parse-count-fields.ts'),
    import('../lib/metrics/parse-nps-group-fields.ts'),
  ]);
  return { parseCountFields, parseNpsGroupFields };
});

/** Load the counts readers (again, after a failure); a failure shows in `$countsCheck`. */
const loadCountFieldReaders = () => void countFieldReaders.load().catch(() => undefined);

/** Why a file (or a large paste) cannot be read when the code that reads it could not load. */
const readerUnavailable = (what: 'files' | 'large pastes') => describeUnavailablePart(`reads ${what}`);

/**
 * The reader of large pastes and files, with its worker: loaded when someone reaches for an input (see
 * `prepareForInput`), not with the page's first script. A failed load is tried again on the next use.
 */
const parser = lazyModule(() => import('./score-input-parser.ts'));
const loadParser = () =>
  parser.load().catch(() => {
    throw new Error(`The answers could not be read: ${readerUnavailable('large pastes')}.`);
  });

let nextSourceId = 0;

/** A new id for a text the reader keeps: unique on this page, across every score input. */
export function createSourceId(): number {
  nextSourceId += 1;
  return nextSourceId;
}

let prepared = false;

/**
 * Work a large paste or file would otherwise wait for, done once per page when the person first reaches for an
 * input (focus, pointer, a drag), while the browser is idle: start the parse worker (about 0.3 s of loading), and
 * build a first number formatter. The page's first `Intl.NumberFormat` costs about 60 ms while ICU loads its
 * data (measured in Chromium 156); done in the paste's task, where the page first formats a count, it pushed
 * that task past 100 ms. Not at page load: there it was one more long task for everyone who never pastes.
 */
function prepareForInput(): void {
  if (prepared) return;
  prepared = true;
  const prepare = () => {
    loadParser().then((loaded) => loaded.prepareParseWorker(), () => undefined);
    loadPasteAnalyser().catch(() => undefined);
    new Intl.NumberFormat(STABLE_LOCALE).format(0);
  };
  // Half a second at most: a paste usually follows a focus by more than that.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 500 });
  else setTimeout(prepare, 0);
}

/** A promise settled in a later task, so work after it does not lengthen the current one. */
function afterThisTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Make a score input over a calculator's saved state.
 *
 * @param options the input's slice of the saved state, its scale, and whether NPS groups are offered
 * @returns the input's stores and actions
 */
export function createScoreInput(options: ScoreInputOptions): ScoreInput {
  const { $state, update, $scale, ssrScale, allowsGroups } = options;
  const $metric: ReadableAtom<ScoreMetric | undefined> = typeof options.metric === 'object' ? options.metric : atom(options.metric);
  const $largeSource = atom<LargeSource | null>(null);
  const $largeText = atom<string | null>(null);
  let largeFile: File | null = null;
  const $paste = atom<PasteState>({ kind: 'empty' });
  const $boxText = atom<BoxText>({ text: '', revision: 0 });
  const $fileStatus = atom<FileStatus>({ kind: 'idle' });
  /** Whether the saved text was put there by this page (false for text restored on load, or from another tab). */
  const $textFromThisPage = atom(false);
  /** The box text this page last saved, to tell our own changes from another tab's. */
  let ownText: string | null = null;
  let lastRequest: ReadRequest | null = null;
  let readCount = 0;
  /** Grows with every new text, file or reset, so a file read that finishes after one is dropped. */
  let replaceCount = 0;
  /** How to start reading the current large source, until it is first read (it holds a paste's text until then). */
  let firstRead: FirstRead | null = null;
  /** Settles once the current large source's text has been posted to the worker: re-reads are sent after it. */
  let sourcePosted: Promise<void> = Promise.resolve();

  const showInBox = (text: string) => $boxText.set({ text, revision: $boxText.get().revision + 1 });

  const $request = computed([$state, $largeSource, $scale, $metric], (state, source, scale, metric): ReadRequest => ({
    text: source ? '' : state.text,
    source,
    options: { scale, readAs: state.readAs, column: state.column, labels: state.labels ?? NO_LABELS, groups: allowsGroups, ...(metric ? { metric } : {}) },
    kept: state.kept,
  }));

  const toState = (analysis: PasteAnalysis, large: boolean): PasteState => (analysis.kind === 'empty' ? { kind: 'empty' } : { kind: 'read', analysis, large });

  /** Read a large source in the worker: only the options and the id are posted (the text went once, or never). */
  const readLargeSource = (source: LargeSource, options: PasteReadOptions, readNumber: number) => {
    $paste.set({ kind: 'reading', characters: source.characters });
    let answer: Promise<SourceAnswer>;
    if (firstRead?.sourceId === source.id) {
      answer = firstRead.start(options);
      // The paste's text is in the worker now: drop this page's reference to it.
      firstRead = null;
    } else {
      answer = sourcePosted.then(loadParser).then((loaded) => loaded.rereadSource(source.id, options));
    }
    answer.then(
      (answered) => {
        if (readNumber !== readCount) return;
        if (answered.kind !== 'read') {
          $paste.set({ kind: 'failed', message: MISSING_SOURCE_MESSAGE });
          return;
        }
        const { analysis } = answered;
        $paste.set(toState(analysis, true));
        const kept = analysis.kind === 'empty' ? null : summariseForKeeping(analysis);
        update((state) => ({ ...state, kept }));
      },
      (error: unknown) => {
        if (readNumber !== readCount) return;
        $paste.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  const read = (request: ReadRequest) => {
    if (isSameRequest(lastRequest, request)) return;
    lastRequest = request;
    const readNumber = ++readCount;
    if (request.source) {
      readLargeSource(request.source, request.options, readNumber);
      return;
    }
    if (request.text === '') {
      $paste.set(request.kept ? { kind: 'kept', kept: request.kept } : { kind: 'empty' });
      return;
    }
    const analyse = getPasteAnalyser();
    if (analyse) {
      $paste.set(toState(analyse({ ...request.options, text: request.text }), false));
      return;
    }
    // The reader has not loaded yet (a paste, or restored answers, in the page's first moments): read once it has.
    // The paste state stays as it was meanwhile (empty, for a first read), so nothing flashes.
    loadPasteAnalyser().then(
      (loaded) => {
        if (readNumber === readCount) $paste.set(toState(loaded({ ...request.options, text: request.text }), false));
      },
      (error: unknown) => {
        if (readNumber === readCount) $paste.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  // Read whenever the text or a choice changes, while anything shows the input.
  onMount($paste, () => {
    const unbind = $request.subscribe(read);
    return () => {
      unbind();
      lastRequest = null;
      readCount += 1;
    };
  });

  // Another tab changed the saved text: show it here too.
  onMount($boxText, () => {
    ownText = $state.get().text;
    return $state.listen((state) => {
      if (state.text === ownText) return;
      ownText = state.text;
      dropLargeSource();
      $textFromThisPage.set(false);
      showInBox(state.text);
    });
  });

  const $countsCheck = computed([$state, $scale, countFieldReaders.$state], (state, scale, readers): CountsCheck => {
    const groups = allowsGroups && state.countsKind === 'groups';
    const fields = groups ? Object.values(state.groupFields) : getCountFields(state, scale);
    // Blank fields are a prompt, which needs no reader (both readers say 'empty' for them).
    if (fields.every((field) => field.trim() === '')) return groups ? { kind: 'groups', parse: { kind: 'empty' } } : { kind: 'scores', parse: { kind: 'empty' } };
    if (readers.kind !== 'loaded') {
      const parse = { kind: readers.kind === 'failed' ? 'unavailable' : 'pending' } as const;
      return groups ? { kind: 'groups', parse } : { kind: 'scores', parse };
    }
    const { parseCountFields, parseNpsGroupFields } = readers.module;
    return groups ? { kind: 'groups', parse: parseNpsGroupFields(state.groupFields) } : { kind: 'scores', parse: parseCountFields(getCountFields(state, scale), scale) };
  });
  onMount($countsCheck, loadCountFieldReaders);

  const $outcome = computed([$state, $paste, $countsCheck, $scale], (state, paste, check, scale) =>
    state.mode === 'counts' ? getCountsOutcome(check) : getPasteOutcome(paste, scale),
  );

  const $leftOut = computed([$state, $paste, $scale], (state, paste, scale) => getLeftOutCount(state.mode, paste, scale, state.sharedSource?.leftOut));

  const $restoredText = computed([$state, $textFromThisPage], (state, fromThisPage): RestoredText | null =>
    fromThisPage || state.mode !== 'paste' || state.text === '' ? null : { savedAt: state.savedAt ?? null, fileName: state.fileName },
  );

  /** Forget the large source, here and in the worker (a new text replaced it), freeing its memory. */
  function dropLargeSource() {
    largeFile = null;
    const source = $largeSource.get();
    // A source was read, so the reader has loaded (or, for a paste not yet posted, is loading): it forgets the
    // text now, or as soon as it is there.
    const loaded = parser.$state.get();
    if (source && loaded.kind === 'loaded') loaded.module.forgetSource(source.id);
    else if (source) loadParser().then((reader) => reader.forgetSource(source.id), () => undefined);
    firstRead = null;
    sourcePosted = Promise.resolve();
    $largeText.set(null);
    $largeSource.set(null);
  }

  /**
   * Use a new text: `saved` in the box and the saved state, or '' with a large source whose first read
   * `first` starts. Whatever text or source was there before is forgotten.
   */
  const replaceText = (saved: string, large: { source: LargeSource; first: FirstRead['start']; pasted: string | null } | null, fileName: string | null) => {
    replaceCount += 1;
    dropLargeSource();
    ownText = saved;
    if (large) {
      firstRead = { sourceId: large.source.id, start: large.first };
      $largeText.set(large.pasted);
      $largeSource.set(large.source);
    }
    $fileStatus.set({ kind: 'idle' });
    $textFromThisPage.set(true);
    update(({ labels, ...state }) => ({
      ...state,
      // Another file's words are scored afresh: label scores count only once the person has seen them for this file.
      ...(fileName !== null && fileName !== state.fileName ? {} : labels === undefined ? {} : { labels }),
      mode: 'paste',
      text: saved,
      fileName,
      kept: null,
      savedAt: new Date().toISOString(),
    }));
  };

  const setText = (text: string, fileName: string | null = null) => {
    if (text.length <= LARGE_PASTE_CHARACTERS) {
      replaceText(text, null, fileName);
      return;
    }
    const source = { id: createSourceId(), characters: text.length };
    // Posting copies the text (15 ms for a million one-digit lines, more for longer ones): in a task of its own,
    // not in the paste's, which also renders the page. Re-reads wait for it (`sourcePosted`), so the worker
    // always has the text first.
    const first = (options: PasteReadOptions) => {
      const posted = afterThisTask();
      sourcePosted = posted;
      // Replaced or reset meanwhile: posting now would keep a text nobody forgets.
      return posted.then(() => ($largeSource.get()?.id === source.id ? loadParser().then((loaded) => loaded.readLargeText(source.id, text, options)) : MISSING_ANSWER));
    };
    replaceText('', { source, first, pasted: text }, fileName);
  };

  /** Refuse a file: clear answers read from an earlier file, keep typed or pasted ones (see `EarlierAnswers`). */
  const refuseFile = (name: string, problem: FileProblem) => {
    const state = $state.get();
    const hasAnswers = state.text !== '' || state.kept !== null || $largeSource.get() !== null;
    let earlier: EarlierAnswers = { kind: 'none' };
    if (hasAnswers && state.fileName !== null) {
      earlier = { kind: 'cleared', fileName: state.fileName };
      setText('');
      showInBox('');
    } else if (hasAnswers) {
      earlier = { kind: 'kept' };
    }
    $fileStatus.set({ kind: 'failed', name, problem, earlier });
  };

  return {
    $state,
    $scale,
    ssrScale,
    allowsGroups,
    $largeSource,
    $largeText,
    $paste,
    $countsCheck,
    $outcome,
    $leftOut,
    $fileStatus,
    $boxText,
    $restoredText,
    setText,
    getLargeFile: () => largeFile,
    prepare: prepareForInput,
    async loadFile(file) {
      const loadNumber = ++replaceCount;
      // At once, so typing that follows knows a file is on its way (see PasteBox's onInput).
      $fileStatus.set({ kind: 'reading', name: file.name });
      // The file checks load on first use, not with the page's first script.
      let problem: FileProblem | null;
      try {
        problem = (await import('../lib/score-input/score-file.ts')).checkFileBeforeReading(file);
      } catch {
        problem = { kind: 'unreadable', message: readerUnavailable('files') };
      }
      // Another text, file or reset came while the checks loaded: it is the newer choice.
      if (loadNumber !== replaceCount) return;
      if (problem) {
        refuseFile(file.name, problem);
        return;
      }
      const sourceId = createSourceId();
      const { options: readOptions } = $request.get();
      let reader: typeof import('./score-input-parser.ts');
      try {
        reader = await parser.load();
      } catch {
        if (loadNumber === replaceCount) refuseFile(file.name, { kind: 'unreadable', message: readerUnavailable('files') });
        return;
      }
      if (loadNumber !== replaceCount) return;
      let answer: SourceAnswer;
      try {
        // Bytes, encoding, binary check and (for a large file) the analysis, all in the worker.
        answer = await reader.readFileInBackground(sourceId, file, readOptions, LARGE_PASTE_CHARACTERS);
      } catch (error) {
        if (loadNumber === replaceCount) refuseFile(file.name, { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      // Another text, file or reset came while this file was read: it is the newer choice.
      if (loadNumber !== replaceCount) {
        reader.forgetSource(sourceId);
        return;
      }
      switch (answer.kind) {
        case 'refused-file':
          refuseFile(file.name, answer.problem);
          return;
        case 'missing':
        case 'breakdown': // only a breakdown or comments request answers so
        case 'comments':
          refuseFile(file.name, { kind: 'unreadable', message: MISSING_SOURCE_MESSAGE });
          return;
        case 'short-file':
          setText(answer.text, file.name);
          showInBox(answer.text);
          break;
        case 'read': {
          const fileRead = answer;
          const source = { id: sourceId, characters: answer.characters };
          const first = (now: PasteReadOptions) => (isSameOptions(now, readOptions) ? Promise.resolve(fileRead) : reader.rereadSource(sourceId, now));
          replaceText('', { source, first, pasted: null }, file.name);
          largeFile = file;
          showInBox('');
          break;
        }
        default:
          answer satisfies never;
      }
      $fileStatus.set({ kind: 'read', name: file.name, bytes: file.size });
    },
    setMode(mode) {
      update((state) => ({ ...state, mode }));
    },
    chooseColumn(column) {
      update((state) => ({ ...state, column: { index: column.index, name: column.name } }));
    },
    setReadAs(readAs) {
      update((state) => ({ ...state, readAs }));
    },
    setLabels(labels) {
      update((state) => ({ ...state, labels: { ...labels } }));
    },
    setCountsKind(kind) {
      loadCountFieldReaders();
      update((state) => ({ ...state, countsKind: allowsGroups ? kind : 'scores' }));
    },
    // An edited count no longer comes from the shared source.
    setCountField(score, text) {
      loadCountFieldReaders();
      update(({ sharedSource: _source, ...state }) => ({ ...state, countFields: { ...state.countFields, [String(score)]: text } }));
    },
    setGroupField(group, text) {
      loadCountFieldReaders();
      update(({ sharedSource: _source, ...state }) => ({ ...state, groupFields: { ...state.groupFields, [group]: text } }));
    },
    loadCounts(sample) {
      loadCountFieldReaders();
      update((state) => withLoadedCounts(state, sample, $scale.get()));
    },
    reset() {
      readCount += 1;
      replaceCount += 1;
      lastRequest = null;
      ownText = '';
      dropLargeSource();
      $fileStatus.set({ kind: 'idle' });
      showInBox('');
    },
  };
}
