/**
 * One forgiving score input: a paste box (or a dropped file), a column choice for tables, and a counts mode
 * for people who only have totals. The NPS, CSAT and CES calculators each hold one or two.
 *
 * The person's choices are saved inside the calculator's persisted state as a `ScoreInputState`
 * (lib/score-input/score-input-state.ts, schema version 1 of each calculator). The text is saved only up to `LARGE_PASTE_CHARACTERS`; a larger
 * paste lives in memory (`$largeText`), is read in a Web Worker, and what is saved instead is its counts
 * (`kept`), so a reload shows the same result without filling the browser's storage. Reading the text,
 * the outcome for the calculator and the file status live here, in memory.
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
import { parseCountFields } from '../lib/metrics/parse-count-fields.ts';
import { parseNpsGroupFields } from '../lib/metrics/parse-nps-group-fields.ts';
import type { ColumnPreference, PasteAnalysis, PasteRequest, ReadAs } from '../lib/metrics/analyse-paste.ts';
import type { LabelScores } from '../lib/metrics/score-tally.ts';
import { analysePaste } from '../lib/metrics/analyse-paste.ts';
import type { CountsCheck, PasteState, ScoreInputOutcome } from '../lib/score-input/score-input-outcome.ts';
import { getCountsOutcome, getLeftOutCount, getPasteOutcome } from '../lib/score-input/score-input-outcome.ts';
import type { FileProblem } from '../lib/score-input/score-file.ts';
import { checkFileBeforeReading, decodeFileText, looksBinary } from '../lib/score-input/score-file.ts';
import type { KeptCounts, ScoreInputState } from '../lib/score-input/score-input-state.ts';
import { LARGE_PASTE_CHARACTERS, getCountFields, summariseForKeeping, withLoadedCounts } from '../lib/score-input/score-input-state.ts';
import { analyseInBackground } from './score-input-parser.ts';

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
};

/** One score input's stores and actions. */
export type ScoreInput = {
  readonly $state: ReadableAtom<ScoreInputState>;
  readonly $scale: ReadableAtom<ScoreScale>;
  readonly ssrScale: ScoreScale;
  readonly allowsGroups: boolean;
  /** The whole text of a large paste, in memory only; null when the paste is small. */
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
};

type ReadRequest = PasteRequest & { readonly kept: KeptCounts | null };

const NO_LABELS: LabelScores = {};

function isSameRequest(a: ReadRequest | null, b: ReadRequest): boolean {
  if (a === null) return false;
  return (
    a.text === b.text &&
    a.readAs === b.readAs &&
    isSameScale(a.scale, b.scale) &&
    a.column?.index === b.column?.index &&
    a.column?.name === b.column?.name &&
    a.labels === b.labels &&
    (b.text !== '' || a.kept === b.kept)
  );
}

/** Read a file's text with FileReader, locally (see `decodeFileText` for the encodings). */
function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      const { result } = reader;
      resolve(result === null || typeof result === 'string' ? (result ?? '') : decodeFileText(new Uint8Array(result)));
    });
    reader.addEventListener('error', () => reject(reader.error ?? new Error('the file could not be read')));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Make a score input over a calculator's saved state.
 *
 * @param options the input's slice of the saved state, its scale, and whether NPS groups are offered
 * @returns the input's stores and actions
 */
export function createScoreInput(options: ScoreInputOptions): ScoreInput {
  const { $state, update, $scale, ssrScale, allowsGroups } = options;
  const $largeText = atom<string | null>(null);
  const $paste = atom<PasteState>({ kind: 'empty' });
  const $boxText = atom<BoxText>({ text: '', revision: 0 });
  const $fileStatus = atom<FileStatus>({ kind: 'idle' });
  /** Whether the saved text was put there by this page (false for text restored on load, or from another tab). */
  const $textFromThisPage = atom(false);
  /** The box text this page last saved, to tell our own changes from another tab's. */
  let ownText: string | null = null;
  let lastRequest: ReadRequest | null = null;
  let readCount = 0;

  const showInBox = (text: string) => $boxText.set({ text, revision: $boxText.get().revision + 1 });

  const $request = computed([$state, $largeText, $scale], (state, largeText, scale): ReadRequest => ({
    text: largeText ?? state.text,
    scale,
    readAs: state.readAs,
    column: state.column,
    labels: state.labels ?? NO_LABELS,
    kept: state.kept,
  }));

  const read = (request: ReadRequest) => {
    if (isSameRequest(lastRequest, request)) return;
    lastRequest = request;
    const readNumber = ++readCount;
    if (request.text === '') {
      $paste.set(request.kept ? { kind: 'kept', kept: request.kept } : { kind: 'empty' });
      return;
    }
    const large = request.text.length > LARGE_PASTE_CHARACTERS;
    const toState = (analysis: PasteAnalysis): PasteState => (analysis.kind === 'empty' ? { kind: 'empty' } : { kind: 'read', analysis, large });
    if (!large) {
      $paste.set(toState(analysePaste(request)));
      return;
    }
    $paste.set({ kind: 'reading', characters: request.text.length });
    analyseInBackground(request).then(
      (analysis) => {
        if (readNumber !== readCount) return;
        $paste.set(toState(analysis));
        const kept = analysis.kind === 'empty' ? null : summariseForKeeping(analysis);
        update((state) => ({ ...state, kept }));
      },
      (error: unknown) => {
        if (readNumber !== readCount) return;
        $paste.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
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
      $largeText.set(null);
      $textFromThisPage.set(false);
      showInBox(state.text);
    });
  });

  const $countsCheck = computed([$state, $scale], (state, scale): CountsCheck =>
    allowsGroups && state.countsKind === 'groups'
      ? { kind: 'groups', parse: parseNpsGroupFields(state.groupFields) }
      : { kind: 'scores', parse: parseCountFields(getCountFields(state, scale), scale) },
  );

  const $outcome = computed([$state, $paste, $countsCheck, $scale], (state, paste, check, scale) =>
    state.mode === 'counts' ? getCountsOutcome(check) : getPasteOutcome(paste, scale),
  );

  const $leftOut = computed([$state, $paste, $scale], (state, paste, scale) => getLeftOutCount(state.mode, paste, scale));

  const $restoredText = computed([$state, $textFromThisPage], (state, fromThisPage): RestoredText | null =>
    fromThisPage || state.mode !== 'paste' || state.text === '' ? null : { savedAt: state.savedAt ?? null, fileName: state.fileName },
  );

  const setText = (text: string, fileName: string | null = null) => {
    const large = text.length > LARGE_PASTE_CHARACTERS;
    const saved = large ? '' : text;
    ownText = saved;
    $largeText.set(large ? text : null);
    $fileStatus.set({ kind: 'idle' });
    $textFromThisPage.set(true);
    update((state) => ({ ...state, mode: 'paste', text: saved, fileName, kept: null, savedAt: new Date().toISOString() }));
  };

  /** Refuse a file: clear answers read from an earlier file, keep typed or pasted ones (see `EarlierAnswers`). */
  const refuseFile = (name: string, problem: FileProblem) => {
    const state = $state.get();
    const hasAnswers = state.text !== '' || state.kept !== null || $largeText.get() !== null;
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
    $largeText,
    $paste,
    $countsCheck,
    $outcome,
    $leftOut,
    $fileStatus,
    $boxText,
    $restoredText,
    setText,
    async loadFile(file) {
      const problem = checkFileBeforeReading(file);
      if (problem) {
        refuseFile(file.name, problem);
        return;
      }
      $fileStatus.set({ kind: 'reading', name: file.name });
      let text: string;
      try {
        text = await readFileText(file);
      } catch (error) {
        refuseFile(file.name, { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (looksBinary(text)) {
        refuseFile(file.name, { kind: 'binary' });
        return;
      }
      setText(text, file.name);
      showInBox(text.length > LARGE_PASTE_CHARACTERS ? '' : text);
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
      update((state) => ({ ...state, countsKind: allowsGroups ? kind : 'scores' }));
    },
    // An edited count no longer comes from the shared source.
    setCountField(score, text) {
      update(({ sharedSource: _source, ...state }) => ({ ...state, countFields: { ...state.countFields, [String(score)]: text } }));
    },
    setGroupField(group, text) {
      update(({ sharedSource: _source, ...state }) => ({ ...state, groupFields: { ...state.groupFields, [group]: text } }));
    },
    loadCounts(sample) {
      update((state) => withLoadedCounts(state, sample, $scale.get()));
    },
    reset() {
      readCount += 1;
      lastRequest = null;
      ownText = '';
      $largeText.set(null);
      $fileStatus.set({ kind: 'idle' });
      showInBox('');
    },
  };
}
