/**
 * One forgiving score input: a paste box (or a dropped file), a column choice for tables, and a counts mode
 * for people who only have totals. The NPS, CSAT and CES calculators each hold one or two.
 *
 * The person's choices are saved inside the calculator's persisted state as a `ScoreInputState` (below,
 * schema version 1 of each calculator). The text is saved only up to `LARGE_PASTE_CHARACTERS`; a larger
 * paste lives in memory (`$largeText`), is read in a Web Worker, and what is saved instead is its counts
 * (`kept`), so a reload shows the same result without filling the browser's storage. Reading the text,
 * the outcome for the calculator and the file status live here, in memory.
 *
 * The paste box is uncontrolled (a large value would make React and the browser slow): the island reads it
 * on input and writes it only when `$boxText` says so (a file was read, the input was cleared, another tab
 * changed it).
 */
import { z } from '../lib/schema/zod.ts';
import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import type { CountFieldsParse } from '../lib/metrics/parse-count-fields.ts';
import type { NpsGroupFieldsParse } from '../lib/metrics/parse-nps-group-fields.ts';
import type { NpsGroups } from '../lib/metrics/nps-groups.ts';
import type { NpsSample } from '../lib/metrics/share-code.ts';
import type { ScoreScale } from '../lib/metrics/score-scale.ts';
import { describeScoreIssue } from '../lib/metrics/score-issue.ts';
import { getScalePointCount } from '../lib/metrics/score-scale.ts';
import { parseCountFields } from '../lib/metrics/parse-count-fields.ts';
import { parseNpsGroupFields } from '../lib/metrics/parse-nps-group-fields.ts';
import type { ColumnPreference, PasteAnalysis, PasteRequest, ReadAs } from '../workers/analyse-paste.ts';
import { analysePaste } from '../workers/analyse-paste.ts';
import { analyseInBackground } from './score-input-parser.ts';

/**
 * Above this many characters a paste is "large": it is read in a Web Worker, not shown in the box (the
 * browser itself takes about a second to put a million lines in a text box) and not saved as text; its
 * counts are saved instead. 100,000 characters is about 40,000 one-score lines.
 */
export const LARGE_PASTE_CHARACTERS = 100_000;
/** Largest file read (bytes). A million answers is about 3 MB. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Problems kept with the counts of a large paste, to show after a reload. */
const KEPT_ISSUES = 20;
/** File name endings read as text. */
const TEXT_FILE_ENDINGS = ['csv', 'tsv', 'tab', 'txt', 'text', 'dat'] as const;
/** Spreadsheet files people often try first: told to export as CSV. */
const SPREADSHEET_ENDINGS = ['xlsx', 'xlsm', 'xls', 'ods', 'numbers'] as const;

const keptCountsSchema = z.object({
  scale: z.object({ min: z.int(), max: z.int() }),
  counts: z.array(z.int().check(z.nonnegative())),
  n: z.int().check(z.nonnegative()),
  leftOut: z.int().check(z.nonnegative()),
  /** The first problems, already worded (`describeScoreIssue`). */
  issues: z.array(z.string()),
  decimalComma: z.boolean(),
  blankCells: z.int().check(z.nonnegative()),
  characters: z.int().check(z.nonnegative()),
  lines: z.int().check(z.nonnegative()),
  /** 1-based column read, when the paste was a table. */
  columnNumber: z.nullable(z.int().check(z.positive())),
  columnName: z.nullable(z.string()),
});

/** What is saved of a large paste: its counts and what the person needs to recognise it. */
export type KeptCounts = z.output<typeof keptCountsSchema>;

/** The saved part of one score input. */
export const scoreInputSchema = z.object({
  /** Pasted answers, or typed totals. */
  mode: z.enum(['paste', 'counts']),
  /** The paste box's text; '' when the paste is large (see `kept`). */
  text: z.string().check(z.maxLength(LARGE_PASTE_CHARACTERS)),
  /** The file the text came from, if any. */
  fileName: z.nullable(z.string()),
  /** Header-less comma or semicolon numbers: one list (default) or columns. */
  readAs: z.enum(['list', 'list-commas-between', 'columns']),
  /** The column the person chose in a table; null means the suggested one. */
  column: z.nullable(z.object({ index: z.int().check(z.nonnegative()), name: z.nullable(z.string()) })),
  /** Counts of a large paste whose text was not saved. */
  kept: z.nullable(keptCountsSchema),
  /** Counts mode: per scale point, or (NPS) the three groups. */
  countsKind: z.enum(['scores', 'groups']),
  /** Counts mode fields by score ("0" … "10"), as typed. */
  countFields: z.record(z.string(), z.string()),
  /** NPS counts mode by group, as typed. */
  groupFields: z.object({ promoters: z.string(), passives: z.string(), detractors: z.string() }),
});

/** The saved part of one score input. */
export type ScoreInputState = z.output<typeof scoreInputSchema>;

/** A new, empty input. */
export const INITIAL_SCORE_INPUT: ScoreInputState = {
  mode: 'paste',
  text: '',
  fileName: null,
  readAs: 'list',
  column: null,
  kept: null,
  countsKind: 'scores',
  countFields: {},
  groupFields: { promoters: '', passives: '', detractors: '' },
};

/** Where the paste stands. */
export type PasteState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reading'; readonly characters: number }
  | { readonly kind: 'read'; readonly analysis: Exclude<PasteAnalysis, { kind: 'empty' }>; readonly large: boolean }
  /** A large paste's counts restored after a reload (its text was not kept). */
  | { readonly kind: 'kept'; readonly kept: KeptCounts }
  | { readonly kind: 'failed'; readonly message: string };

/** Why a file was not read. */
export type FileProblem =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly max: number }
  | { readonly kind: 'spreadsheet'; readonly ending: string }
  | { readonly kind: 'not-text'; readonly type: string }
  | { readonly kind: 'binary' }
  | { readonly kind: 'unreadable'; readonly message: string };

/** The file being read, or why the last one could not be. */
export type FileStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'failed'; readonly name: string; readonly problem: FileProblem };

/** The counts mode fields, read. */
export type CountsCheck =
  | { readonly kind: 'scores'; readonly parse: CountFieldsParse }
  | { readonly kind: 'groups'; readonly parse: NpsGroupFieldsParse };

/** What the calculator gets from the input. */
export type ScoreInputOutcome =
  /** Nothing pasted or typed yet: a prompt, not an error. */
  | { readonly kind: 'prompt' }
  | { readonly kind: 'reading'; readonly characters: number }
  | { readonly kind: 'failed'; readonly message: string }
  /** Something was given, but no answer can count. */
  | { readonly kind: 'no-values'; readonly reason: 'all-left-out' | 'empty-column' | 'zero-counts' | 'kept-other-scale' }
  /** A counts field is wrong; the fields say which. */
  | { readonly kind: 'invalid-counts' }
  | { readonly kind: 'scores'; readonly counts: readonly number[]; readonly n: number }
  | { readonly kind: 'groups'; readonly groups: NpsGroups; readonly n: number };

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
  /** Use the text typed or pasted into the box (or read from a file). */
  setText(text: string, fileName?: string | null): void;
  /** Read a dropped or chosen file, locally, into the input. */
  loadFile(file: File): Promise<void>;
  setMode(mode: ScoreInputState['mode']): void;
  chooseColumn(column: ColumnPreference): void;
  setReadAs(readAs: ReadAs): void;
  setCountsKind(kind: ScoreInputState['countsKind']): void;
  setCountField(score: number, text: string): void;
  setGroupField(group: keyof ScoreInputState['groupFields'], text: string): void;
  /** Put counts (e.g. from a share link) into counts mode; the paste is kept. */
  loadCounts(sample: NpsSample): void;
  /** Forget the in-memory text and empty the box (the calculator resets the saved state). */
  reset(): void;
};

/**
 * The counts mode fields for a scale, lowest score first (blank where nothing was typed).
 *
 * @param state the input's state
 * @param scale the scale
 * @returns one string per scale point
 */
export function getCountFields(state: ScoreInputState, scale: ScoreScale): string[] {
  return Array.from({ length: getScalePointCount(scale) }, (_, index) => state.countFields[String(scale.min + index)] ?? '');
}

/**
 * An input's state with counts (e.g. from a share link) put into counts mode, lowest score first; the paste is kept.
 *
 * @param state the input's state
 * @param sample counts per score, or NPS groups
 * @param scale the scale the counts are on
 * @returns the new state
 * @example withLoadedCounts(INITIAL_SCORE_INPUT, { kind: 'scores', counts: [2, 3] }, { min: 1, max: 2 }).countFields // { 1: '2', 2: '3' }
 */
export function withLoadedCounts(state: ScoreInputState, sample: NpsSample, scale: ScoreScale): ScoreInputState {
  if (sample.kind === 'groups') {
    const { promoters, passives, detractors } = sample.groups;
    return {
      ...state,
      mode: 'counts',
      countsKind: 'groups',
      groupFields: { promoters: String(promoters), passives: String(passives), detractors: String(detractors) },
    };
  }
  const countFields: Record<string, string> = {};
  sample.counts.forEach((count, index) => {
    countFields[String(scale.min + index)] = String(count);
  });
  return { ...state, mode: 'counts', countsKind: 'scores', countFields };
}

/**
 * Scores outside the scale whose counts field still holds something (typed on another scale), so the
 * island can say they are not used rather than drop them silently.
 *
 * @param state the input's state
 * @param scale the current scale
 * @returns the scores, ascending
 */
export function getCountsOutsideScale(state: ScoreInputState, scale: ScoreScale): number[] {
  return Object.entries(state.countFields)
    .filter(([score, text]) => text.trim() !== '' && (Number(score) < scale.min || Number(score) > scale.max))
    .map(([score]) => Number(score))
    .sort((a, b) => a - b);
}

/** The counts and problems of a read paste, for saving in place of a large text. */
export function summariseForKeeping(analysis: Exclude<PasteAnalysis, { kind: 'empty' }>): KeptCounts | null {
  const parse = analysis.parse;
  if (parse.kind === 'empty') return null;
  const column = analysis.kind === 'table' ? analysis.layout.columns[analysis.column] : undefined;
  return {
    scale: { min: parse.scale.min, max: parse.scale.max },
    counts: [...parse.counts],
    n: parse.n,
    leftOut: parse.leftOut,
    issues: parse.issues.slice(0, KEPT_ISSUES).map(describeScoreIssue),
    decimalComma: parse.decimalComma,
    blankCells: 'blankCells' in parse ? parse.blankCells : 0,
    characters: analysis.size.characters,
    lines: analysis.size.lines,
    columnNumber: analysis.kind === 'table' ? analysis.column + 1 : null,
    columnName: column?.name ?? null,
  };
}

function isSameScale(a: ScoreScale, b: ScoreScale): boolean {
  return a.min === b.min && a.max === b.max;
}

/** What the calculator gets from the paste. */
export function getPasteOutcome(paste: PasteState, scale: ScoreScale): ScoreInputOutcome {
  switch (paste.kind) {
    case 'empty':
      return { kind: 'prompt' };
    case 'reading':
      return { kind: 'reading', characters: paste.characters };
    case 'failed':
      return { kind: 'failed', message: paste.message };
    case 'kept': {
      const { kept } = paste;
      if (!isSameScale(kept.scale, scale) || kept.counts.length !== getScalePointCount(scale)) return { kind: 'no-values', reason: 'kept-other-scale' };
      if (kept.n === 0) return { kind: 'no-values', reason: 'all-left-out' };
      return { kind: 'scores', counts: kept.counts, n: kept.n };
    }
    case 'read': {
      const { parse } = paste.analysis;
      if (parse.kind === 'empty') return paste.analysis.kind === 'table' ? { kind: 'no-values', reason: 'empty-column' } : { kind: 'prompt' };
      // Read on another scale a moment ago (the scale just changed): the new reading follows at once.
      if (!isSameScale(parse.scale, scale)) return { kind: 'reading', characters: paste.analysis.size.characters };
      if (parse.n === 0) return { kind: 'no-values', reason: 'all-left-out' };
      return { kind: 'scores', counts: parse.counts, n: parse.n };
    }
    default:
      paste satisfies never;
      return { kind: 'prompt' };
  }
}

/**
 * How many pasted values the answers in use leave out because they cannot count, so a result can say so
 * (the report under the box lists them). 0 in counts mode, and while the paste is still being read.
 *
 * @param mode the input's mode
 * @param paste where the paste stands
 * @param scale the scale answers are read on
 */
export function getLeftOutCount(mode: ScoreInputState['mode'], paste: PasteState, scale: ScoreScale): number {
  if (mode === 'counts') return 0;
  if (paste.kind === 'kept') return isSameScale(paste.kept.scale, scale) ? paste.kept.leftOut : 0;
  if (paste.kind !== 'read' || paste.analysis.parse.kind === 'empty') return 0;
  return isSameScale(paste.analysis.parse.scale, scale) ? paste.analysis.parse.leftOut : 0;
}

/** What the calculator gets from the counts fields. */
export function getCountsOutcome(check: CountsCheck): ScoreInputOutcome {
  const { parse } = check;
  switch (parse.kind) {
    case 'empty':
      return { kind: 'prompt' };
    case 'invalid':
      return { kind: 'invalid-counts' };
    case 'counts':
      return parse.n === 0 ? { kind: 'no-values', reason: 'zero-counts' } : { kind: 'scores', counts: parse.counts, n: parse.n };
    case 'groups':
      return parse.n === 0 ? { kind: 'no-values', reason: 'zero-counts' } : { kind: 'groups', groups: parse.groups, n: parse.n };
    default:
      parse satisfies never;
      return { kind: 'prompt' };
  }
}

type ReadRequest = PasteRequest & { readonly kept: KeptCounts | null };

function isSameRequest(a: ReadRequest | null, b: ReadRequest): boolean {
  if (a === null) return false;
  return (
    a.text === b.text &&
    a.readAs === b.readAs &&
    isSameScale(a.scale, b.scale) &&
    a.column?.index === b.column?.index &&
    a.column?.name === b.column?.name &&
    (b.text !== '' || a.kept === b.kept)
  );
}

/** The lower-case ending of a file name ("csv"), or '' without one. */
function getFileEnding(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Why a file cannot be read as text, before reading it; null when it can be tried.
 *
 * @param file the dropped or chosen file
 * @returns the problem, or null
 */
export function checkFileBeforeReading(file: Pick<File, 'name' | 'size' | 'type'>): FileProblem | null {
  const ending = getFileEnding(file.name);
  if (SPREADSHEET_ENDINGS.some((known) => known === ending)) return { kind: 'spreadsheet', ending };
  // A file with no ending gets no type, or application/octet-stream from some systems: try it (the bytes are
  // checked for binary content once read).
  const isUntyped = file.type === '' || file.type === 'application/octet-stream';
  const isText = TEXT_FILE_ENDINGS.some((known) => known === ending) || file.type.startsWith('text/') || (ending === '' && isUntyped);
  if (!isText) return { kind: 'not-text', type: file.type === '' ? ending : file.type };
  if (file.size > MAX_FILE_BYTES) return { kind: 'too-large', bytes: file.size, max: MAX_FILE_BYTES };
  return null;
}

/**
 * A file's bytes as text. UTF-8 (a byte-order mark removed) when the bytes are valid UTF-8; UTF-16 when a
 * UTF-16 byte-order mark says so; otherwise Windows-1252, the encoding Excel on Windows uses for "CSV" (not
 * "CSV UTF-8"), so "Satisfacción" stays readable instead of turning into "Satisfacci�n".
 *
 * @param bytes the file's content
 * @returns the text
 * @example decodeFileText(new Uint8Array([0x54, 0x72, 0xe8, 0x73])) // 'Très'
 */
export function decodeFileText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
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

  const setText = (text: string, fileName: string | null = null) => {
    const large = text.length > LARGE_PASTE_CHARACTERS;
    const saved = large ? '' : text;
    ownText = saved;
    $largeText.set(large ? text : null);
    $fileStatus.set({ kind: 'idle' });
    update((state) => ({ ...state, mode: 'paste', text: saved, fileName, kept: null }));
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
    setText,
    async loadFile(file) {
      const problem = checkFileBeforeReading(file);
      if (problem) {
        $fileStatus.set({ kind: 'failed', name: file.name, problem });
        return;
      }
      $fileStatus.set({ kind: 'reading', name: file.name });
      let text: string;
      try {
        text = await readFileText(file);
      } catch (error) {
        $fileStatus.set({ kind: 'failed', name: file.name, problem: { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) } });
        return;
      }
      // A NUL character never occurs in CSV or text: this is a binary file with a text-like name.
      if (text.slice(0, 4096).includes('\u0000')) {
        $fileStatus.set({ kind: 'failed', name: file.name, problem: { kind: 'binary' } });
        return;
      }
      $fileStatus.set({ kind: 'idle' });
      setText(text, file.name);
      showInBox(text.length > LARGE_PASTE_CHARACTERS ? '' : text);
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
    setCountsKind(kind) {
      update((state) => ({ ...state, countsKind: allowsGroups ? kind : 'scores' }));
    },
    setCountField(score, text) {
      update((state) => ({ ...state, countFields: { ...state.countFields, [String(score)]: text } }));
    },
    setGroupField(group, text) {
      update((state) => ({ ...state, groupFields: { ...state.groupFields, [group]: text } }));
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
