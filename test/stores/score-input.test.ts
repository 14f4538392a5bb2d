// @vitest-environment jsdom
import { atom, cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSAT_SCALES } from '../../src/lib/metrics/csat-scale.ts';
import { NPS_SCALE, type ScoreScale } from '../../src/lib/metrics/score-scale.ts';
import { setParseWorkerFactoryForTests, type ParseWorker } from '../../src/stores/score-input-parser.ts';
import { createScoreSources } from '../../src/workers/score-sources.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from '../../src/workers/parse-scores.worker.ts';
import { INITIAL_SCORE_INPUT, LARGE_PASTE_CHARACTERS, getCountsOutsideScale, type ScoreInputState } from '../../src/lib/score-input/score-input-state.ts';
import { MAX_FILE_BYTES } from '../../src/lib/score-input/score-file.ts';
import { countFieldReaders, createScoreInput } from '../../src/stores/score-input.ts';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { KEPT } from '../lib/score-input/score-input-fixtures.ts';

const FIVE = CSAT_SCALES['1-5'];

function makeInput(scale: ScoreScale = NPS_SCALE, allowsGroups = true) {
  const $state = atom<ScoreInputState>(INITIAL_SCORE_INPUT);
  const $scale = atom<ScoreScale>(scale);
  const input = createScoreInput({ $state, update: (change) => $state.set(change($state.get())), $scale, ssrScale: scale, allowsGroups });
  keepMount(input.$outcome);
  keepMount(input.$boxText);
  return { $state, $scale, input };
}

/** Wait for promises queued by the input (the main-thread fallback of the worker resolves at once). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// A page loads the paste reader while idle after hydration (paste-analyser.ts); loaded first here, small pastes are
// read in the same task, which these tests check. paste-analyser.test.ts covers a paste that comes before it.
beforeAll(async () => {
  await Promise.all([loadPasteAnalyser(), countFieldReaders.load()]);
});
beforeEach(() => setParseWorkerFactoryForTests(() => null));
afterEach(() => {
  cleanStores();
  setParseWorkerFactoryForTests(undefined);
});

describe('$leftOut', () => {
  it('follows the input as the text and the mode change', () => {
    const { input } = makeInput();
    keepMount(input.$leftOut);
    input.setText('10\nten\n9');
    expect(input.$leftOut.get()).toBe(1);
    input.setMode('counts');
    expect(input.$leftOut.get()).toBe(0);
    input.setMode('paste');
    input.setText('10\n9');
    expect(input.$leftOut.get()).toBe(0);
  });
});

describe('createScoreInput', () => {
  it('reads a small paste at once and saves its text', () => {
    const { $state, input } = makeInput();
    input.setText('10\n9\n2', 'a.csv');
    expect($state.get()).toMatchObject({ mode: 'paste', text: '10\n9\n2', fileName: 'a.csv', kept: null });
    expect(input.$largeText.get()).toBeNull();
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1], n: 3 });
  });

  it('reads a large paste in the background, keeps its text in memory only and saves its counts', async () => {
    const { $state, input } = makeInput();
    const text = '9\n'.repeat(LARGE_PASTE_CHARACTERS / 2 + 1);
    input.setText(text);
    expect($state.get().text).toBe('');
    expect(input.$largeText.get()).toBe(text);
    await settle();
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 50_001 });
    expect($state.get().kept).toMatchObject({ n: 50_001, lines: 50_001, characters: text.length });
    expect($state.get().kept?.counts[9]).toBe(50_001);
  });

  it('re-reads when the scale changes: a value on the old scale may fall outside the new one', () => {
    const { $scale, input } = makeInput(FIVE, false);
    input.setText('5\n6\n7');
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [0, 0, 0, 0, 1], n: 1 });
    $scale.set(CSAT_SCALES['1-7']);
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [0, 0, 0, 0, 1, 1, 1], n: 3 });
    $scale.set(CSAT_SCALES['1-3']);
    expect(input.$outcome.get()).toEqual({ kind: 'no-values', reason: 'all-left-out' });
  });

  it('counts mode reads the fields by score, and NPS groups only where allowed', () => {
    const { $state, input } = makeInput(FIVE, false);
    input.setMode('counts');
    input.setCountField(1, '2');
    input.setCountField(5, '3');
    input.setCountField(9, '100');
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [2, 0, 0, 0, 3], n: 5 });
    expect(getCountsOutsideScale($state.get(), FIVE)).toEqual([9]);
    input.setCountsKind('groups');
    expect($state.get().countsKind).toBe('scores');
    input.setCountField(2, 'lots');
    expect(input.$outcome.get()).toEqual({ kind: 'invalid-counts' });
  });

  it('loadCounts fills counts mode from a share link, and keeps the paste', () => {
    const { $state, input } = makeInput();
    input.setText('3');
    input.loadCounts({ kind: 'groups', groups: { promoters: 6, passives: 3, detractors: 1 } });
    expect($state.get()).toMatchObject({ mode: 'counts', countsKind: 'groups', text: '3', groupFields: { promoters: '6', passives: '3', detractors: '1' } });
    expect(input.$outcome.get()).toEqual({ kind: 'groups', groups: { promoters: 6, passives: 3, detractors: 1 }, n: 10 });
    input.loadCounts({ kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4] });
    expect($state.get().countFields['10']).toBe('4');
    expect($state.get().countFields['0']).toBe('0');
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4], n: 4 });
  });

  it('chooses a column by name and reads header-less lists as columns on request', () => {
    const { $state, input } = makeInput();
    input.setText('id,A,B\n1,9,2\n2,10,3\n3,8,4');
    input.chooseColumn({ index: 2, name: 'B' });
    expect($state.get().column).toEqual({ index: 2, name: 'B' });
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0], n: 3 });
    input.setReadAs('columns');
    expect($state.get().readAs).toBe('columns');
  });

  it('restores a large paste’s kept counts after a reload', () => {
    const { $state, input } = makeInput(FIVE, false);
    $state.set({ ...INITIAL_SCORE_INPUT, kept: KEPT });
    expect(input.$paste.get()).toEqual({ kind: 'kept', kept: KEPT });
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [1, 0, 0, 2, 3], n: 6 });
  });

  it('refuses an oversize file before reading it, and a binary one after', async () => {
    const { $state, input } = makeInput();
    const huge = { name: 'huge.csv', size: MAX_FILE_BYTES + 1, type: 'text/csv' } as File;
    await input.loadFile(huge);
    expect(input.$fileStatus.get()).toEqual({ kind: 'failed', name: 'huge.csv', problem: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1, max: MAX_FILE_BYTES }, earlier: { kind: 'none' } });
    await input.loadFile(new File(['PK\u0000\u0003'], 'fake.csv', { type: 'text/csv' }));
    expect(input.$fileStatus.get()).toEqual({ kind: 'failed', name: 'fake.csv', problem: { kind: 'binary' }, earlier: { kind: 'none' } });
    expect($state.get().text).toBe('');
  });

  it('reads a text file into the box, with its name, and says it read it', async () => {
    const { $state, input } = makeInput();
    const before = input.$boxText.get().revision;
    await input.loadFile(new File(['\uFEFF9\r\n10\r\n'], 'scores.csv', { type: 'text/csv' }));
    // 3 bytes of byte-order mark, then "9\r\n10\r\n" (7): 10 bytes.
    expect(input.$fileStatus.get()).toEqual({ kind: 'read', name: 'scores.csv', bytes: 10 });
    expect($state.get()).toMatchObject({ text: '9\r\n10\r\n', fileName: 'scores.csv' });
    expect(input.$boxText.get()).toEqual({ text: '9\r\n10\r\n', revision: before + 1 });
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 2 });
  });

  it('reads a Windows-1252 CSV (Excel’s plain “CSV”) without garbling its header or values', async () => {
    const { $state, input } = makeInput();
    // "Satisfacción;Très" in Windows-1252: ó is 0xF3, è is 0xE8 (not valid UTF-8).
    const bytes = new Uint8Array([...'id;Satisfacci'].map((c) => c.charCodeAt(0)).concat([0xf3, 0x6e, 0x0d, 0x0a], [...'1;9\r\n2;Tr'].map((c) => c.charCodeAt(0)), [0xe8, 0x73]));
    await input.loadFile(new File([bytes], 'export.csv', { type: 'text/csv' }));
    expect($state.get().text).toBe('id;Satisfacción\r\n1;9\r\n2;Très');
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 1 });
  });

  it('reads UTF-16 files by their byte-order mark, and UTF-8 without its mark', async () => {
    const { $state, input } = makeInput();
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'9\n10'].flatMap((c) => [c.charCodeAt(0), 0])]);
    await input.loadFile(new File([utf16], 'utf16.txt', { type: 'text/plain' }));
    expect($state.get().text).toBe('9\n10');
    await input.loadFile(new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x37, 0x0a, 0xc3, 0xa9])], 'utf8.txt', { type: 'text/plain' }));
    expect($state.get().text).toBe('7\né');
  });

  it('shows another tab’s text in the box', () => {
    const { $state, input } = makeInput();
    $state.set({ ...INITIAL_SCORE_INPUT, text: '7\n8' });
    expect(input.$boxText.get().text).toBe('7\n8');
  });

  it("reset forgets the large text and empties the box", () => {
    const { input } = makeInput();
    input.setText('1\n'.repeat(LARGE_PASTE_CHARACTERS));
    input.reset();
    expect(input.$largeText.get()).toBeNull();
    expect(input.$boxText.get().text).toBe('');
    expect(input.$fileStatus.get()).toEqual({ kind: 'idle' });
  });
});

describe('restored text and refused files', () => {
  const SAVED_AT = '2026-12-01T12:00:00.000Z';

  it('setText saves the time with the text', () => {
    const { $state, input } = makeInput();
    const before = Date.now();
    input.setText('9 10 1');
    const savedAt = $state.get().savedAt;
    expect(savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(savedAt ?? '')).toBeGreaterThanOrEqual(before);
    expect(Date.parse(savedAt ?? '')).toBeLessThanOrEqual(Date.now());
  });

  it('calls text found in the saved state restored, with its date and file, until this page sets text', () => {
    const { $state, input } = makeInput();
    // As a page load: the persisted state already holds the answers before anything on the page runs.
    $state.set({ ...INITIAL_SCORE_INPUT, text: '9 10 1', fileName: 'october.csv', savedAt: SAVED_AT });
    expect(input.$restoredText.get()).toEqual({ savedAt: SAVED_AT, fileName: 'october.csv' });
    input.setText('9 10 1\n0 8 9');
    expect(input.$restoredText.get()).toBeNull();
  });

  it('has no date for a state saved before the date was kept, and nothing to restore when empty or counting', () => {
    const { $state, input } = makeInput();
    $state.set({ ...INITIAL_SCORE_INPUT, text: '7' });
    expect(input.$restoredText.get()).toEqual({ savedAt: null, fileName: null });
    $state.set({ ...INITIAL_SCORE_INPUT, text: '7', mode: 'counts' });
    expect(input.$restoredText.get()).toBeNull();
    $state.set({ ...INITIAL_SCORE_INPUT, kept: KEPT });
    expect(input.$restoredText.get()).toBeNull();
  });

  it('calls text another tab saved restored again, though this page had set its own', () => {
    const { $state, input } = makeInput();
    input.setText('5');
    expect(input.$restoredText.get()).toBeNull();
    $state.set({ ...$state.get(), text: '6\n7', savedAt: SAVED_AT });
    expect(input.$boxText.get().text).toBe('6\n7');
    expect(input.$restoredText.get()).toEqual({ savedAt: SAVED_AT, fileName: null });
  });

  it('a refused file clears answers read from an earlier file, so their result cannot pass for the new file’s', async () => {
    const { $state, input } = makeInput();
    await input.loadFile(new File(['9\n10\n3\n'], 'october.csv', { type: 'text/csv' }));
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 3 });
    await input.loadFile(new File(['PK'], 'november.xlsx', { type: '' }));
    expect(input.$fileStatus.get()).toEqual({ kind: 'failed', name: 'november.xlsx', problem: { kind: 'spreadsheet', ending: 'xlsx' }, earlier: { kind: 'cleared', fileName: 'october.csv' } });
    expect($state.get()).toMatchObject({ text: '', fileName: null, kept: null });
    expect(input.$boxText.get().text).toBe('');
    expect(input.$outcome.get()).toEqual({ kind: 'prompt' });
  });

  it('a refused file clears the kept counts of a large paste read from a file', async () => {
    const { $state, input } = makeInput(FIVE, false);
    $state.set({ ...INITIAL_SCORE_INPUT, kept: KEPT, fileName: 'big.csv' });
    await input.loadFile(new File(['PK\u0000\u0003'], 'other.csv', { type: 'text/csv' }));
    expect(input.$fileStatus.get()).toMatchObject({ kind: 'failed', earlier: { kind: 'cleared', fileName: 'big.csv' } });
    expect($state.get().kept).toBeNull();
    expect(input.$outcome.get()).toEqual({ kind: 'prompt' });
  });

  it('a refused file keeps answers the person typed or pasted, and says so', async () => {
    const { $state, input } = makeInput();
    input.setText('9\n10');
    await input.loadFile(new File(['PK'], 'november.xlsx', { type: '' }));
    expect(input.$fileStatus.get()).toEqual({ kind: 'failed', name: 'november.xlsx', problem: { kind: 'spreadsheet', ending: 'xlsx' }, earlier: { kind: 'kept' } });
    expect($state.get().text).toBe('9\n10');
    expect(input.$outcome.get()).toEqual({ kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], n: 2 });
  });

  it('typing after a file was read clears the “read” status', async () => {
    const { input } = makeInput();
    await input.loadFile(new File(['9'], 'one.txt', { type: 'text/plain' }));
    expect(input.$fileStatus.get()).toEqual({ kind: 'read', name: 'one.txt', bytes: 1 });
    input.setText('9\n8');
    expect(input.$fileStatus.get()).toEqual({ kind: 'idle' });
  });
});

/**
 * A worker that runs the real reader (score-sources.ts) in this process and answers in a later task, as a worker
 * would; it records every message, and can hold its answers back for the test to release in any order.
 */
function inProcessWorker() {
  const sources = createScoreSources();
  const listeners: ((event: MessageEvent<ParseWorkerResponse>) => void)[] = [];
  const held: (() => void)[] = [];
  const worker = {
    received: [] as ParseWorkerRequest[],
    sources,
    holdAnswers: false,
    postMessage(message: ParseWorkerRequest) {
      worker.received.push(message);
      if ('forget' in message) {
        sources.forget(message.forget);
        return;
      }
      void sources.handle(message.request).then((answer) => {
        const send = () => {
          for (const listener of listeners) listener({ data: { id: message.id, answer } } as MessageEvent<ParseWorkerResponse>);
        };
        if (worker.holdAnswers) held.push(send);
        else setTimeout(send, 0);
      });
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      if (type === 'message') listeners.push(listener);
    },
    terminate() {},
    /** Send the held answer at `index` (in the order they were asked). */
    release(index: number) {
      held[index]?.();
    },
    /** The requests posted, without forget messages. */
    get requests() {
      return worker.received.flatMap((message) => ('request' in message ? [message.request] : []));
    },
  };
  return worker;
}

/** Let the worker's tasks and answers run (a file read in jsdom takes a few turns). */
async function settleWorker() {
  for (let turn = 0; turn < 10; turn += 1) await settle();
}

describe('large texts in the parse worker', () => {
  // A one-column table of 25,001 rows (over LARGE_PASTE_CHARACTERS): "NPS" then 9, 3, 9, 3… and a final 10.
  const rows = Array.from({ length: 25_000 }, (_, index) => (index % 2 === 0 ? '1,9,x' : '2,3,y'));
  const LARGE_TABLE = `id,NPS,Comment\n${rows.join('\n')}\n3,10,z\n`;

  it('posts a large paste once, in a task after the paste, then re-reads it by id for every choice', async () => {
    expect(LARGE_TABLE.length).toBeGreaterThan(LARGE_PASTE_CHARACTERS);
    const worker = inProcessWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const { $scale, input } = makeInput();
    input.setText(LARGE_TABLE);
    // Not posted in the paste's own task (it also renders the page).
    expect(worker.requests).toEqual([]);
    expect(input.$outcome.get()).toEqual({ kind: 'reading', characters: LARGE_TABLE.length });
    await settleWorker();
    // 12,501 nines (promoters), 12,499 threes and a ten: counted from how `rows` alternates.
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 25_001 });
    expect(input.$largeSource.get()).toEqual({ id: expect.any(Number), characters: LARGE_TABLE.length });

    input.chooseColumn({ index: 0, name: 'id' });
    await settleWorker();
    // ids: 12,500 ones, 12,500 twos and a three.
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 25_001 });
    input.setLabels({ x: 10 });
    input.chooseColumn({ index: 2, name: 'Comment' });
    await settleWorker();
    // Comments: 12,500 "x" mapped to 10; "y" and "z" left out.
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 12_500 });
    $scale.set(CSAT_SCALES['1-5']);
    input.setReadAs('columns');
    await settleWorker();

    const { requests } = worker;
    // One re-read per choice: the column, the labels, the column again, the scale, the way to read.
    expect(requests.map((request) => request.kind)).toEqual(['read-text', 'reread', 'reread', 'reread', 'reread', 'reread']);
    expect(requests.filter((request) => 'text' in request)).toHaveLength(1);
    expect(requests.at(-1)).toMatchObject({ kind: 'reread', options: { scale: CSAT_SCALES['1-5'], readAs: 'columns', labels: { x: 10 } } });
  });

  it('reads a large file in the worker: no text on this page, an empty box, the counts kept, and column switches by id', async () => {
    const worker = inProcessWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const { $state, input } = makeInput();
    const file = new File([LARGE_TABLE], 'export.csv', { type: 'text/csv' });
    await input.loadFile(file);
    expect(input.$fileStatus.get()).toEqual({ kind: 'read', name: 'export.csv', bytes: LARGE_TABLE.length });
    expect(input.$largeText.get()).toBeNull();
    expect(input.$largeSource.get()).toEqual({ id: expect.any(Number), characters: LARGE_TABLE.length });
    expect(input.$boxText.get().text).toBe('');
    await settleWorker();
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 25_001 });
    expect($state.get()).toMatchObject({ text: '', fileName: 'export.csv', kept: { n: 25_001, columnName: 'NPS' } });
    // The file's own read gave the first analysis: nothing was read twice.
    expect(worker.requests.map((request) => request.kind)).toEqual(['read-file']);
    expect(worker.requests[0]).toMatchObject({ file });

    input.chooseColumn({ index: 0, name: 'id' });
    await settleWorker();
    expect(worker.requests.map((request) => request.kind)).toEqual(['read-file', 'reread']);
    expect($state.get().kept).toMatchObject({ n: 25_001, columnName: 'id' });
  });

  it('a new paste or file frees the text kept for the last one, and reset frees it too', async () => {
    const worker = inProcessWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const { input } = makeInput();
    input.setText(LARGE_TABLE);
    await settleWorker();
    const first = input.$largeSource.get()?.id;
    expect(worker.sources.size).toBe(1);
    await input.loadFile(new File([LARGE_TABLE], 'export.csv', { type: 'text/csv' }));
    expect(worker.received).toContainEqual({ forget: first });
    expect(worker.sources.size).toBe(1);
    input.setText('9\n10');
    expect(worker.sources.size).toBe(0);
    expect(input.$largeSource.get()).toBeNull();
    input.setText(LARGE_TABLE);
    await settleWorker();
    input.reset();
    expect(worker.sources.size).toBe(0);
    // Reset before the paste's text was even posted: it never is.
    const posted = worker.requests.length;
    input.setText(LARGE_TABLE);
    input.reset();
    await settleWorker();
    expect(worker.requests).toHaveLength(posted);
    expect(worker.sources.size).toBe(0);
  });

  it('ignores an answer that arrives after a newer choice', async () => {
    const worker = inProcessWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const { input } = makeInput();
    input.setText(LARGE_TABLE);
    await settleWorker();
    worker.holdAnswers = true;
    input.chooseColumn({ index: 0, name: 'id' });
    input.chooseColumn({ index: 1, name: 'NPS' });
    await settleWorker();
    // The answer for "NPS" first, then the late one for "id": the page keeps showing "NPS".
    worker.release(1);
    await settleWorker();
    expect(input.$paste.get()).toMatchObject({ kind: 'read', analysis: { column: 1 } });
    worker.release(0);
    await settleWorker();
    expect(input.$paste.get()).toMatchObject({ kind: 'read', analysis: { column: 1 } });
  });

  it('drops a file whose read finishes after a newer paste, and frees its text', async () => {
    const worker = inProcessWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const { $state, input } = makeInput();
    const loading = input.loadFile(new File([LARGE_TABLE], 'old.csv', { type: 'text/csv' }));
    input.setText('9\n10');
    await loading;
    await settleWorker();
    expect($state.get()).toMatchObject({ text: '9\n10', fileName: null });
    expect(input.$outcome.get()).toMatchObject({ kind: 'scores', n: 2 });
    expect(worker.sources.size).toBe(0);
  });

  it('says so when the worker no longer has the text', async () => {
    const worker = inProcessWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const { input } = makeInput();
    input.setText(LARGE_TABLE);
    await settleWorker();
    const id = input.$largeSource.get()?.id ?? -1;
    worker.sources.forget(id);
    input.chooseColumn({ index: 0, name: 'id' });
    await settleWorker();
    expect(input.$outcome.get()).toEqual({ kind: 'failed', message: 'The large paste is no longer in memory: paste it or choose the file again.' });
  });
});
