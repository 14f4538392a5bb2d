import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { countFieldReaders } from '../../src/stores/score-input.ts';
import { decodeShareCode } from '../../src/lib/metrics/share-code.ts';
import { encodeShareCode } from '../../src/lib/metrics/share-code.ts';
import {
  $cesCalculator,
  $cesShareCode,
  $cesShareNotice,
  $cesView,
  CES_SSR_VIEW,
  INITIAL_CES_CALCULATOR,
  ces1Input,
  ces2Input,
  clearCesCalculator,
  dismissCesShareNotice,
  restoreCesInput,
  openCesShareLink,
  setCesConfidence,
  setCesVariant,
  cesMetric
} from '../../src/stores/ces-calculator.ts';
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
  await Promise.all([loadPasteAnalyser(), cesMetric.load(), countFieldReaders.load()]);
});

/** The source a share code carries for answers pasted as one list, none left out. */
const SOURCE = { fileName: null, layout: 'list', column: null, leftOut: 0, notANumber: 0, outOfRange: 0, notWhole: 0 } as const;


const KEY = 'touchpoint:ces-calculator';

let storage: ReturnType<typeof memoryStorage>;
const stores = [$cesCalculator, $cesView, $cesShareCode, ces2Input.$boxText, ces1Input.$boxText] as const;

function reloadWith(raw: string): void {
  cleanStores(...stores);
  storage.data.set(KEY, raw);
  for (const store of stores) keepMount(store);
}

function ces2() {
  const view = $cesView.get();
  if (view.kind !== 'ces-2.0') throw new Error(`expected a CES 2.0 result, got ${JSON.stringify(view)}`);
  return view.result;
}

function ces1() {
  const view = $cesView.get();
  if (view.kind !== 'ces-1.0') throw new Error(`expected a CES 1.0 result, got ${JSON.stringify(view)}`);
  return view.result;
}

// The store reads saved data once its schema has loaded (lazily, as on a page); loaded here, reads are synchronous.
beforeAll(() => Promise.all([$cesCalculator.ready(), scoreShareCodec.load()]));

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  setParseWorkerFactoryForTests(() => null);
  for (const store of stores) keepMount(store);
  clearCesCalculator();
  dismissCesShareNotice();
  storage.data.clear();
  $storageNotices.set([]);
});

afterEach(() => {
  cleanStores(...stores);
  setStorageForTests(undefined);
  setParseWorkerFactoryForTests(undefined);
});

describe('the CES store', () => {
  it('starts on CES 2.0 with a prompt', () => {
    expect(INITIAL_CES_CALCULATOR.variant).toBe('ces-2.0');
    expect($cesView.get()).toEqual({ kind: 'waiting', variant: 'ces-2.0', outcome: { kind: 'prompt' } });
    expect(CES_SSR_VIEW).toEqual($cesView.get());
  });

  it('CES 2.0: mean agreement, share agreeing (5–7) and net (6–7 minus 1–3)', () => {
    ces2Input.setText('7\n6\n5\n4\n2\n1');
    expect(ces2()).toMatchObject({ variant: 'ces-2.0', direction: 'higher-is-easier', n: 6, meanAgreement: 25 / 6, agreeCount: 3, agreeShare: 0.5, distribution: [1, 1, 0, 1, 1, 1, 1] });
    expect(ces2().netScore).toBeCloseTo(0, 12);
  });

  it('CES 1.0: mean effort on 1–5, where lower is better', () => {
    setCesVariant('ces-1.0');
    ces1Input.setText('1\n1\n2\n5');
    expect(ces1()).toMatchObject({ variant: 'ces-1.0', direction: 'lower-is-easier', n: 4, meanEffort: 2.25, lowEffortCount: 3, highEffortCount: 1, distribution: [2, 1, 0, 0, 1] });
  });

  it('keeps CES 2.0 and CES 1.0 apart: each has its own answers, scale and share code', () => {
    ces2Input.setText('7\n7\n6');
    setCesVariant('ces-1.0');
    expect($cesView.get()).toEqual({ kind: 'waiting', variant: 'ces-1.0', outcome: { kind: 'prompt' } });
    expect($cesShareCode.get()).toBeNull();
    // 6 and 7 are valid CES 2.0 answers but outside CES 1.0's 1–5.
    ces1Input.setText('7\n6\n2');
    expect(ces1()).toMatchObject({ n: 1, meanEffort: 2 });
    expect($cesShareCode.get()).toMatch(/^1\.ces1\.95\./);
    setCesVariant('ces-2.0');
    expect(ces2()).toMatchObject({ n: 3, distribution: [0, 0, 0, 0, 0, 1, 2] });
    expect($cesShareCode.get()).toMatch(/^1\.ces2\.95\./);
    expect($cesCalculator.get().inputs).toMatchObject({ ces2: { text: '7\n7\n6' }, ces1: { text: '7\n6\n2' } });
  });

  it('answers outside 1–7 are left out of CES 2.0', () => {
    ces2Input.setText('0\n8\n4');
    expect(ces2()).toMatchObject({ n: 1, meanAgreement: 4 });
  });

  it('a CES 1.0 link opens on CES 1.0, leaving the CES 2.0 answers alone, and round-trips', async () => {
    ces2Input.setText('5\n6');
    const code = encodeShareCode({ calculator: 'ces-effort', confidence: 90, counts: [3, 0, 1, 1, 1] });
    const own = $cesCalculator.get();
    expect(await openCesShareLink(`#c=${code}`)).toEqual({ kind: 'applied', previous: own });
    expect($cesCalculator.get()).toMatchObject({ variant: 'ces-1.0', confidence: 90, inputs: { ces2: { mode: 'paste', text: '5\n6' }, ces1: { mode: 'counts' } } });
    expect(ces1()).toMatchObject({ n: 6, meanEffort: 2.5, distribution: [3, 0, 1, 1, 1] });
    expect($cesShareCode.get()).toBe(code);
    dismissCesShareNotice();
    expect($cesShareNotice.get()).toEqual({ kind: 'none' });
  });

  it('a CES 2.0 link opens on CES 2.0 and round-trips', async () => {
    setCesVariant('ces-1.0');
    setCesConfidence(99);
    ces2Input.setText('7\n1\n4\n6');
    setCesVariant('ces-2.0');
    const code = $cesShareCode.get() ?? '';
    const decoded = decodeShareCode(code);
    expect(decoded.ok && decoded.value).toEqual({ calculator: 'ces', confidence: 99, counts: [1, 0, 0, 1, 0, 1, 1], source: SOURCE });
    const before = ces2();
    clearCesCalculator();
    setCesVariant('ces-1.0');
    await openCesShareLink(`#c=${code}`);
    expect($cesCalculator.get().variant).toBe('ces-2.0');
    expect(ces2()).toEqual(before);
  });

  it('a tampered link changes nothing and says why', async () => {
    const code = encodeShareCode({ calculator: 'ces', confidence: 95, counts: [1, 1, 1, 1, 1, 1, 1] });
    const tampered = code.replace('.ces2.', '.ces1.');
    expect((await openCesShareLink(`#c=${tampered}`)).kind).toBe('failed');
    expect(await openCesShareLink(`#c=${code.replace('1-1-1-1-1-1-1', '1-1-1-1-1-1-2')}`)).toEqual({ kind: 'failed', error: { kind: 'invalid', error: { kind: 'checksum-mismatch' } } });
    expect($cesCalculator.get()).toEqual(INITIAL_CES_CALCULATOR);
    expect($cesShareNotice.get().kind).toBe('failed');
  });

  it('puts the person’s own variant and answers back after a link replaced them', async () => {
    setCesVariant('ces-1.0');
    ces1Input.setMode('counts');
    ces1Input.setCountField(2, '6');
    const own = $cesCalculator.get();
    await openCesShareLink(`#c=${encodeShareCode({ calculator: 'ces-effort', confidence: 95, counts: [1, 1, 1, 1, 1] })}`);
    expect($cesCalculator.get().inputs.ces1.countFields).toEqual({ 1: '1', 2: '1', 3: '1', 4: '1', 5: '1' });
    restoreCesInput();
    expect($cesCalculator.get()).toEqual(own);
    expect(ces1()).toMatchObject({ n: 6, meanEffort: 2 });
  });

  it('Clear can be undone: both variants’ answers and the chosen variant come back', () => {
    ces2Input.setText('7\n5');
    setCesVariant('ces-1.0');
    ces1Input.setMode('counts');
    ces1Input.setCountField(2, '6');
    const own = $cesCalculator.get();
    clearCesCalculator();
    expect($cesShareNotice.get()).toEqual({ kind: 'applied', previous: own, by: 'clear' });
    restoreCesInput();
    expect($cesCalculator.get()).toEqual(own);
    expect(ces2Input.$boxText.get().text).toBe('7\n5');
    // Six answers of 2 on the 1–5 effort scale: mean 2.
    expect(ces1()).toMatchObject({ n: 6, meanEffort: 2 });
  });
});

describe('saved CES state', () => {
  it('a reload restores the variant and both inputs', () => {
    reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_CES_CALCULATOR, variant: 'ces-1.0', inputs: { ces2: { ...INITIAL_SCORE_INPUT, text: '7' }, ces1: { ...INITIAL_SCORE_INPUT, text: '4\n2' } } } }));
    expect(ces1()).toMatchObject({ n: 2, meanEffort: 3 });
    setCesVariant('ces-2.0');
    expect(ces2()).toMatchObject({ n: 1, meanAgreement: 7 });
    expect($storageNotices.get()).toEqual([]);
  });

  it('a variant this version does not know, or one shared input for both, is not trusted', () => {
    reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_CES_CALCULATOR, variant: 'ces-3.0' } }));
    expect($cesCalculator.get()).toEqual(INITIAL_CES_CALCULATOR);
    expect($storageNotices.get()[0]).toMatchObject({ kind: 'unreadable', key: KEY });
    $storageNotices.set([]);
    reloadWith(JSON.stringify({ v: 1, data: { confidence: 95, variant: 'ces-2.0', input: INITIAL_SCORE_INPUT } }));
    expect($cesCalculator.get()).toEqual(INITIAL_CES_CALCULATOR);
    expect($storageNotices.get()).toHaveLength(1);
  });

  it('corrupt text starts afresh and is kept aside', () => {
    reloadWith('\u0000garbage');
    expect($cesCalculator.get()).toEqual(INITIAL_CES_CALCULATOR);
    const [notice] = $storageNotices.get();
    const keptAs = notice?.kind === 'unreadable' ? notice.keptAs : undefined;
    expect(storage.data.get(keptAs ?? '')).toBe('\u0000garbage');
  });
});
