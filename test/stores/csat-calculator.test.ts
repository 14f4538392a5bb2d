import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { countFieldReaders } from '../../src/stores/score-input.ts';
import { decodeShareCode } from '../../src/lib/metrics/share-code.ts';
import { encodeShareCode } from '../../src/lib/metrics/share-code.ts';
import {
  $csatCalculator,
  $csatScale,
  $csatShareCode,
  $csatShareNotice,
  $csatView,
  INITIAL_CSAT_CALCULATOR,
  clearCsatCalculator,
  csatInput,
  dismissCsatShareNotice,
  restoreCsatInput,
  openCsatShareLink,
  setCsatConfidence,
  setCsatScale,
  setCsatThreshold,
  csatMetric
} from '../../src/stores/csat-calculator.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { setParseWorkerFactoryForTests } from '../../src/stores/score-input-parser.ts';
import { INITIAL_SCORE_INPUT } from '../../src/lib/score-input/score-input-state.ts';
import { $storageNotices } from '../../src/stores/storage-notices.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { scoreShareCodec } from '../../src/stores/score-input-share.ts';

// A page loads the paste reader after first render; loaded first here, as on a settled page, so a paste is read in
// the same task, which these tests check.
beforeAll(async () => {
  // The metric loads as the calculator mounts; loaded first here, as on a settled page.
  await Promise.all([loadPasteAnalyser(), csatMetric.load(), countFieldReaders.load()]);
});

/** The source a share code carries for answers pasted as one list, none left out. */
const SOURCE = { fileName: null, layout: 'list', column: null, leftOut: 0, notANumber: 0, outOfRange: 0, notWhole: 0 } as const;


const KEY = 'touchpoint:csat-calculator';

let storage: ReturnType<typeof memoryStorage>;
const stores = [$csatCalculator, $csatView, $csatShareCode, csatInput.$boxText] as const;

function reloadWith(raw: string): void {
  cleanStores(...stores);
  storage.data.set(KEY, raw);
  for (const store of stores) keepMount(store);
}

function result() {
  const view = $csatView.get();
  if (view.kind !== 'result') throw new Error(`expected a result, got ${JSON.stringify(view)}`);
  return view.result;
}

// The store reads saved data once its schema has loaded (lazily, as on a page); loaded here, reads are synchronous.
beforeAll(() => Promise.all([$csatCalculator.ready(), scoreShareCodec.load()]));

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  setParseWorkerFactoryForTests(() => null);
  for (const store of stores) keepMount(store);
  clearCsatCalculator();
  dismissCsatShareNotice();
  storage.data.clear();
  $storageNotices.set([]);
});

afterEach(() => {
  cleanStores(...stores);
  setStorageForTests(undefined);
  setParseWorkerFactoryForTests(undefined);
});

describe('the CSAT store', () => {
  it('starts on 1–5 with 4–5 counted as satisfied', () => {
    expect(INITIAL_CSAT_CALCULATOR).toMatchObject({ scale: '1-5', threshold: 4, confidence: 95 });
    expect($csatScale.get()).toMatchObject({ min: 1, max: 5 });
    expect($csatView.get()).toEqual({ kind: 'waiting', outcome: { kind: 'prompt' } });
  });

  it('CSAT is the share of satisfied answers, with the mean and top box', () => {
    csatInput.setText('5\n5\n4\n3\n1');
    expect(result()).toMatchObject({ n: 5, satisfiedCount: 3, csat: 0.6, mean: 3.6, topBoxCount: 2, topBoxShare: 0.4, distribution: [1, 0, 1, 1, 2] });
  });

  it('answers outside the scale are left out (6 on 1–5), the rest count', () => {
    csatInput.setText('6\n0\n5\n2');
    expect(result()).toMatchObject({ n: 2, csat: 0.5 });
  });

  it('changing the threshold changes who is satisfied; a threshold off the scale is ignored', () => {
    csatInput.setText('5\n5\n4\n3\n1');
    setCsatThreshold(5);
    expect($csatCalculator.get().threshold).toBe(5);
    expect(result()).toMatchObject({ threshold: 5, satisfiedCount: 2, csat: 0.4 });
    setCsatThreshold(3);
    expect(result()).toMatchObject({ satisfiedCount: 4, csat: 0.8 });
    for (const bad of [1, 6, 0, 4.5, Number.NaN]) setCsatThreshold(bad);
    expect($csatCalculator.get().threshold).toBe(3);
  });

  it('changing the scale resets the threshold to that scale’s usual one and re-reads the answers', () => {
    csatInput.setText('7\n6\n5\n2');
    expect(result()).toMatchObject({ n: 2, csat: 0.5 });
    setCsatScale('1-7');
    expect($csatCalculator.get()).toMatchObject({ scale: '1-7', threshold: 6 });
    expect(result()).toMatchObject({ scale: '1-7', n: 4, satisfiedCount: 2, csat: 0.5, distribution: [0, 1, 0, 0, 1, 1, 1] });
    setCsatScale('1-10');
    expect($csatCalculator.get().threshold).toBe(8);
    setCsatThreshold(10);
    expect(result()).toMatchObject({ satisfiedCount: 0, csat: 0 });
    setCsatScale('1-3');
    expect($csatCalculator.get().threshold).toBe(3);
    expect(result()).toMatchObject({ n: 1, csat: 0 });
    setCsatThreshold(2);
    expect(result()).toMatchObject({ csat: 1 });
  });

  it('counts typed for 1–7 are kept by score when the scale changes', () => {
    setCsatScale('1-7');
    csatInput.setMode('counts');
    csatInput.setCountField(7, '3');
    csatInput.setCountField(2, '1');
    expect(result()).toMatchObject({ n: 4, satisfiedCount: 3 });
    setCsatScale('1-5');
    expect(result()).toMatchObject({ n: 1, satisfiedCount: 0 });
    expect($csatCalculator.get().input.countFields['7']).toBe('3');
  });

  it('shares the scale, threshold, confidence and counts, and the link round-trips', async () => {
    setCsatScale('1-7');
    setCsatThreshold(5);
    setCsatConfidence(99);
    csatInput.setText('7\n5\n4\n1\n6');
    const before = result();
    const code = $csatShareCode.get() ?? '';
    const decoded = decodeShareCode(code);
    expect(decoded.ok && decoded.value).toEqual({ calculator: 'csat', confidence: 99, scale: '1-7', threshold: 5, counts: [1, 0, 0, 1, 1, 1, 1], source: SOURCE });
    clearCsatCalculator();
    dismissCsatShareNotice();
    expect(await openCsatShareLink(`#c=${code}`)).toEqual({ kind: 'applied', previous: null });
    expect($csatCalculator.get()).toMatchObject({ scale: '1-7', threshold: 5, confidence: 99, input: { mode: 'counts' } });
    expect(result()).toEqual(before);
    dismissCsatShareNotice();
    expect($csatShareNotice.get()).toEqual({ kind: 'none' });
  });

  it('a tampered or foreign link changes nothing', async () => {
    csatInput.setText('4');
    const code = encodeShareCode({ calculator: 'csat', confidence: 95, scale: '1-3', threshold: 2, counts: [1, 1, 1] });
    // The threshold raised from 2 to 3, the check left as it was.
    const tampered = code.replace('csat.95.3.2.', 'csat.95.3.3.');
    expect(tampered).not.toBe(code);
    expect(await openCsatShareLink(`#c=${tampered}`)).toEqual({ kind: 'failed', error: { kind: 'invalid', error: { kind: 'checksum-mismatch' } } });
    const nps = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 1, passives: 0, detractors: 0 } } });
    expect(await openCsatShareLink(`#c=${nps}`)).toMatchObject({ kind: 'failed', error: { kind: 'other-calculator', calculator: 'nps' } });
    expect($csatCalculator.get()).toMatchObject({ scale: '1-5', threshold: 4, input: { mode: 'paste', text: '4' } });
  });

  it('puts the person’s own scale, threshold and answers back after a link replaced them', async () => {
    setCsatScale('1-10');
    setCsatThreshold(8);
    csatInput.setText('9\n10\n2');
    const own = $csatCalculator.get();
    await openCsatShareLink(`#c=${encodeShareCode({ calculator: 'csat', confidence: 90, scale: '1-3', threshold: 2, counts: [1, 1, 1] })}`);
    expect($csatCalculator.get()).toMatchObject({ scale: '1-3', input: { mode: 'counts' } });
    restoreCsatInput();
    expect($csatCalculator.get()).toEqual(own);
    // 2 of 3 answers at 8 or above.
    expect(result()).toMatchObject({ n: 3 });
    expect($csatShareNotice.get()).toEqual({ kind: 'none' });
  });

  it('Clear goes back to 1–5, threshold 4', () => {
    setCsatScale('1-10');
    csatInput.setText('9');
    clearCsatCalculator();
    expect($csatCalculator.get()).toEqual(INITIAL_CSAT_CALCULATOR);
  });

  it('Clear can be undone: the scale, threshold and answers come back', () => {
    setCsatScale('1-10');
    setCsatThreshold(8);
    csatInput.setText('9\n3\n10');
    const own = $csatCalculator.get();
    clearCsatCalculator();
    expect($csatShareNotice.get()).toEqual({ kind: 'applied', previous: own, by: 'clear' });
    restoreCsatInput();
    expect($csatCalculator.get()).toEqual(own);
    expect(csatInput.$boxText.get().text).toBe('9\n3\n10');
    // 9 and 10 of 9, 3, 10 are at 8 or above: 2 of 3.
    expect(result()).toMatchObject({ n: 3, satisfiedCount: 2 });
  });
});

describe('saved CSAT state', () => {
  it('a reload restores the scale, threshold and answers', () => {
    reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_CSAT_CALCULATOR, scale: '1-10', threshold: 9, input: { ...INITIAL_SCORE_INPUT, text: '10\n9\n8' } } }));
    expect(result()).toMatchObject({ scale: '1-10', threshold: 9, n: 3, satisfiedCount: 2 });
    expect($storageNotices.get()).toEqual([]);
  });

  it('a saved threshold that does not fit the saved scale is not trusted', () => {
    for (const [scale, threshold] of [['1-3', 4], ['1-5', 1], ['1-7', 2.5], ['1-2', 2]] as const) {
      $storageNotices.set([]);
      reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_CSAT_CALCULATOR, scale, threshold } }));
      expect($csatCalculator.get()).toEqual(INITIAL_CSAT_CALCULATOR);
      expect($storageNotices.get()).toHaveLength(1);
    }
  });

  it('corrupt or future data starts afresh, kept aside', () => {
    reloadWith('null');
    expect($csatCalculator.get()).toEqual(INITIAL_CSAT_CALCULATOR);
    expect($storageNotices.get()[0]).toMatchObject({ kind: 'unreadable', key: KEY, raw: 'null' });
    $storageNotices.set([]);
    reloadWith(JSON.stringify({ v: 7, data: {} }));
    expect($csatCalculator.get()).toEqual(INITIAL_CSAT_CALCULATOR);
    expect($storageNotices.get()).toHaveLength(1);
  });
});
