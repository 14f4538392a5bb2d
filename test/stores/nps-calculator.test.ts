import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import { decodeShareCode } from '../../src/lib/metrics/share-code.ts';
import { encodeShareCode } from '../../src/lib/metrics/share-code.ts';
import {
  $npsCalculator,
  $npsComparisonView,
  npsComparison,
  $npsShareCode,
  $npsShareNotice,
  $npsView,
  INITIAL_NPS_CALCULATOR,
  clearNpsCalculator,
  dismissNpsShareNotice,
  restoreNpsInput,
  getNpsSample,
  getNpsView,
  npsBaselineInput,
  npsCurrentInput,
  npsMetric,
  openNpsShareLink,
  setNpsCompare,
  setNpsConfidence,
} from '../../src/stores/nps-calculator.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { setParseWorkerFactoryForTests } from '../../src/stores/score-input-parser.ts';
import { INITIAL_SCORE_INPUT } from '../../src/lib/score-input/score-input-state.ts';
import { $storageNotices } from '../../src/stores/storage-notices.ts';
import { memoryStorage } from '../support/memory-storage.ts';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { countFieldReaders } from '../../src/stores/score-input.ts';
import { scoreShareCodec } from '../../src/stores/score-input-share.ts';
import * as NPS_METRIC from '../../src/lib/metrics/nps.ts';

// A page loads the paste reader after first render; loaded first here, as on a settled page, so a paste is read in
// the same task, which these tests check.
// The same for the metric, which the page loads as the calculator mounts.
beforeAll(async () => {
  await Promise.all([loadPasteAnalyser(), npsMetric.load(), countFieldReaders.load()]);
});

/** The source a share code carries for answers pasted as one list, none left out. */
const SOURCE = { fileName: null, layout: 'list', column: null, leftOut: 0, notANumber: 0, outOfRange: 0, notWhole: 0 } as const;


const KEY = 'touchpoint:nps-calculator';

let storage: ReturnType<typeof memoryStorage>;

const stores = [$npsCalculator, $npsView, $npsComparisonView, $npsShareCode, npsCurrentInput.$boxText, npsBaselineInput.$boxText] as const;

function mount(): void {
  for (const store of stores) keepMount(store);
}

/** Start the stores over, as a reload does, with this text in storage. */
function reloadWith(raw: string): void {
  cleanStores(...stores);
  storage.data.set(KEY, raw);
  mount();
}

const saved = () => JSON.parse(storage.data.get(KEY) ?? 'null') as { v: number; data: typeof INITIAL_NPS_CALCULATOR };

// The store reads saved data once its schema has loaded (lazily, as on a page); loaded here, reads are synchronous.
beforeAll(() => Promise.all([$npsCalculator.ready(), npsComparison.load(), scoreShareCodec.load()]));

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  setParseWorkerFactoryForTests(() => null);
  mount();
  clearNpsCalculator();
  dismissNpsShareNotice();
  storage.data.clear();
  $storageNotices.set([]);
});

afterEach(() => {
  cleanStores(...stores);
  setStorageForTests(undefined);
  setParseWorkerFactoryForTests(undefined);
});

describe('getNpsView', () => {
  it('works out NPS from counts: 5 promoters, 3 passives, 2 detractors is +30', () => {
    const view = getNpsView({ kind: 'scores', counts: [1, 0, 0, 0, 0, 0, 1, 2, 1, 3, 2], n: 10 }, 95, NPS_METRIC);
    if (view.kind !== 'result') throw new Error('expected a result');
    expect(view.result.nps).toBeCloseTo(30, 10);
    expect(view.result.n).toBe(10);
    expect(view.result.distribution).toEqual([1, 0, 0, 0, 0, 0, 1, 2, 1, 3, 2]);
    expect(getNpsSample(view.result)).toEqual({ kind: 'scores', counts: [1, 0, 0, 0, 0, 0, 1, 2, 1, 3, 2] });
  });

  it('works out NPS from groups, and shares them as groups', () => {
    const view = getNpsView({ kind: 'groups', groups: { promoters: 1, passives: 0, detractors: 3 }, n: 4 }, 99, NPS_METRIC);
    if (view.kind !== 'result') throw new Error('expected a result');
    expect(view.result.nps).toBeCloseTo(-50, 10);
    expect(view.result.confidence).toBe(99);
    expect(getNpsSample(view.result)).toEqual({ kind: 'groups', groups: { promoters: 1, passives: 0, detractors: 3 } });
  });

  it('anything else waits, with the reason', () => {
    expect(getNpsView({ kind: 'prompt' }, 95, NPS_METRIC)).toEqual({ kind: 'waiting', outcome: { kind: 'prompt' } });
    expect(getNpsView({ kind: 'no-values', reason: 'all-left-out' }, 95, NPS_METRIC)).toEqual({ kind: 'waiting', outcome: { kind: 'no-values', reason: 'all-left-out' } });
  });

  it('counts the input should never hand over are shown as a failure, not a NaN', () => {
    const view = getNpsView({ kind: 'scores', counts: [1, 2], n: 3 }, 95, NPS_METRIC);
    expect(view.kind).toBe('waiting');
    expect(view.kind === 'waiting' && view.outcome.kind).toBe('failed');
  });
});

describe('the NPS store', () => {
  it('a paste gives the result and a share code of counts, saved under a versioned key', () => {
    npsCurrentInput.setText('10\n10\n9\n7\n0');
    const view = $npsView.get();
    expect(view.kind === 'result' && view.result.nps).toBeCloseTo(40, 10);
    expect(saved()).toMatchObject({ v: 1, data: { confidence: 95, compare: false, current: { text: '10\n10\n9\n7\n0' } } });
    const code = $npsShareCode.get();
    expect(code).toMatch(/^1\.nps\.95\./);
    const decoded = decodeShareCode(code ?? '');
    expect(decoded.ok && decoded.value).toEqual({ calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 2] }, source: SOURCE });
  });

  it('values outside 0–10 are left out, the rest still count', () => {
    npsCurrentInput.setText('11\n-1\n10\n6');
    const view = $npsView.get();
    expect(view.kind === 'result' && [view.result.n, view.result.nps]).toEqual([2, 0]);
  });

  it('confidence changes the interval, not the score', () => {
    npsCurrentInput.setText('10\n9\n8\n3\n10\n0');
    const at95 = $npsView.get();
    setNpsConfidence(99);
    const at99 = $npsView.get();
    if (at95.kind !== 'result' || at99.kind !== 'result') throw new Error('expected results');
    expect(at99.result.nps).toBe(at95.result.nps);
    expect(at99.result.marginOfError).toBeGreaterThan(at95.result.marginOfError);
    expect($npsShareCode.get()).toMatch(/^1\.nps\.99\./);
  });

  it('compares two periods only when compare is on, and shares both', () => {
    npsCurrentInput.setText('10\n10\n10\n9');
    npsBaselineInput.setText('0\n3\n10\n9');
    expect($npsComparisonView.get()).toEqual({ kind: 'off' });
    setNpsCompare(true);
    const comparison = $npsComparisonView.get();
    if (comparison.kind !== 'result') throw new Error('expected a comparison');
    expect(comparison.comparison.difference).toBeCloseTo(100, 10);
    expect($npsShareCode.get()).toMatch(/^1\.npsc\.95\./);
    npsBaselineInput.setText('');
    expect($npsComparisonView.get()).toEqual({ kind: 'waiting' });
  });

  it('Clear empties both inputs and the saved state', () => {
    npsCurrentInput.setText('9');
    setNpsCompare(true);
    setNpsConfidence(90);
    clearNpsCalculator();
    expect($npsCalculator.get()).toEqual(INITIAL_NPS_CALCULATOR);
    expect(saved().data).toEqual(INITIAL_NPS_CALCULATOR);
    expect($npsView.get()).toEqual({ kind: 'waiting', outcome: { kind: 'prompt' } });
  });

  it('Clear can be undone: both inputs, the comparison and the confidence come back, in the box and the saved state', () => {
    npsCurrentInput.setText('10\n9\n3');
    setNpsCompare(true);
    npsBaselineInput.setText('6\n10');
    setNpsConfidence(90);
    const own = $npsCalculator.get();
    clearNpsCalculator();
    expect($npsShareNotice.get()).toEqual({ kind: 'applied', previous: own, by: 'clear' });
    expect(npsCurrentInput.$boxText.get().text).toBe('');
    restoreNpsInput();
    expect($npsShareNotice.get()).toEqual({ kind: 'none' });
    expect($npsCalculator.get()).toEqual(own);
    expect(saved().data).toEqual(own);
    expect(npsCurrentInput.$boxText.get().text).toBe('10\n9\n3');
    expect(npsBaselineInput.$boxText.get().text).toBe('6\n10');
    // 10, 9, 3: 2 promoters and 1 detractor of 3 is +33.3; 6, 10: 1 and 1 of 2 is 0.
    const view = $npsView.get();
    expect(view.kind === 'result' && view.result.nps).toBeCloseTo(100 / 3, 10);
    const comparison = $npsComparisonView.get();
    expect(comparison.kind === 'result' && comparison.comparison.difference).toBeCloseTo(100 / 3, 10);
  });

  it('Clear on the empty form offers nothing to put back; a link opened after Clear keeps the cleared input to put back', async () => {
    clearNpsCalculator();
    expect($npsShareNotice.get()).toEqual({ kind: 'none' });
    npsCurrentInput.setText('0\n0');
    const own = $npsCalculator.get();
    clearNpsCalculator();
    const code = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 1, passives: 0, detractors: 0 } } });
    expect(await openNpsShareLink(`#c=${code}`)).toEqual({ kind: 'applied', previous: own });
    restoreNpsInput();
    expect($npsCalculator.get()).toEqual(own);
  });
});

describe('saved state', () => {
  it('a reload restores the saved input and its result', () => {
    reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_NPS_CALCULATOR, confidence: 90, current: { ...INITIAL_SCORE_INPUT, text: '10\n0\n0' } } }));
    expect($npsCalculator.get().confidence).toBe(90);
    const view = $npsView.get();
    expect(view.kind === 'result' && view.result.nps).toBeCloseTo(-100 / 3, 10);
    expect($storageNotices.get()).toEqual([]);
  });

  it('corrupt JSON starts afresh, and the text is kept aside with a notice', () => {
    reloadWith('{"v":1,"data":{');
    expect($npsCalculator.get()).toEqual(INITIAL_NPS_CALCULATOR);
    const [notice] = $storageNotices.get();
    expect(notice).toMatchObject({ kind: 'unreadable', key: KEY, raw: '{"v":1,"data":{' });
    const keptAs = notice?.kind === 'unreadable' ? notice.keptAs : undefined;
    expect(keptAs).toMatch(/^touchpoint:kept-aside:nps-calculator:/);
    expect(storage.data.get(keptAs ?? '')).toBe('{"v":1,"data":{');
  });

  it('a saved state of the wrong shape (a count outside its limits, a missing field) is not trusted', () => {
    const kept = { scale: { min: 0, max: 10 }, counts: [-1], n: 1, leftOut: 0, issues: [], decimalComma: false, blankCells: 0, characters: 1, lines: 1, columnNumber: null, columnName: null };
    reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_NPS_CALCULATOR, current: { ...INITIAL_SCORE_INPUT, kept } } }));
    expect($npsCalculator.get()).toEqual(INITIAL_NPS_CALCULATOR);
    expect($storageNotices.get()).toHaveLength(1);
    $storageNotices.set([]);
    const { kept: _dropped, ...olderInput } = INITIAL_SCORE_INPUT;
    reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_NPS_CALCULATOR, confidence: 80, current: olderInput } }));
    expect($npsCalculator.get()).toEqual(INITIAL_NPS_CALCULATOR);
    expect($storageNotices.get()[0]).toMatchObject({ kind: 'unreadable', key: KEY });
  });

  it('an older version without a migration, or a newer one, starts afresh with a notice', () => {
    reloadWith(JSON.stringify({ v: 0, data: { text: '9' } }));
    expect($npsCalculator.get()).toEqual(INITIAL_NPS_CALCULATOR);
    expect($storageNotices.get()).toHaveLength(1);
    $storageNotices.set([]);
    reloadWith(JSON.stringify({ v: 2, data: INITIAL_NPS_CALCULATOR }));
    expect($npsCalculator.get()).toEqual(INITIAL_NPS_CALCULATOR);
    expect($storageNotices.get()).toHaveLength(1);
  });

  it('kept counts of a large paste, saved on another scale, are not read as NPS', () => {
    const kept = { scale: { min: 1, max: 5 }, counts: [1, 1, 1, 1, 1], n: 5, leftOut: 0, issues: [], decimalComma: false, blankCells: 0, characters: 200_000, lines: 5, columnNumber: null, columnName: null };
    reloadWith(JSON.stringify({ v: 1, data: { ...INITIAL_NPS_CALCULATOR, current: { ...INITIAL_SCORE_INPUT, kept } } }));
    expect($npsView.get()).toEqual({ kind: 'waiting', outcome: { kind: 'no-values', reason: 'kept-other-scale' } });
  });
});

describe('share links', () => {
  it('a link round-trips: the same counts, confidence and result', async () => {
    npsCurrentInput.setText('10\n9\n9\n8\n2\n5\n10');
    setNpsConfidence(90);
    const before = $npsView.get();
    const code = $npsShareCode.get() ?? '';
    clearNpsCalculator();
    dismissNpsShareNotice();
    // Opened on the empty form: nothing of the person's own to put back.
    expect(await openNpsShareLink(`#c=${code}`)).toEqual({ kind: 'applied', previous: null });
    expect($npsShareNotice.get()).toEqual({ kind: 'applied', previous: null });
    expect($npsCalculator.get()).toMatchObject({ confidence: 90, compare: false, current: { mode: 'counts', countsKind: 'scores' } });
    const after = $npsView.get();
    if (before.kind !== 'result' || after.kind !== 'result') throw new Error('expected results');
    expect(after.result).toEqual(before.result);
    expect($npsShareCode.get()).toBe(code);
    dismissNpsShareNotice();
    expect($npsShareNotice.get()).toEqual({ kind: 'none' });
  });

  it('a comparison link loads both periods and turns compare on', async () => {
    const code = encodeShareCode({
      calculator: 'nps-comparison',
      confidence: 95,
      baseline: { kind: 'groups', groups: { promoters: 2, passives: 2, detractors: 6 } },
      current: { kind: 'groups', groups: { promoters: 6, passives: 2, detractors: 2 } },
    });
    await openNpsShareLink(`#c=${code}`);
    const comparison = $npsComparisonView.get();
    if (comparison.kind !== 'result') throw new Error('expected a comparison');
    expect(comparison.comparison.difference).toBeCloseTo(80, 10);
    expect($npsShareCode.get()).toBe(code);
  });

  it('a tampered link changes nothing and says what is wrong', async () => {
    npsCurrentInput.setText('7\n8');
    const code = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 5, passives: 0, detractors: 0 } } });
    const tampered = `${code.slice(0, -1)}${code.endsWith('a') ? 'b' : 'a'}`;
    expect(await openNpsShareLink(`#c=${tampered}`)).toEqual({ kind: 'failed', error: { kind: 'invalid', error: { kind: 'checksum-mismatch' } } });
    expect($npsCalculator.get().current).toMatchObject({ mode: 'paste', text: '7\n8' });
    expect($npsShareNotice.get().kind).toBe('failed');
  });

  it('puts the person’s own input back, comparison baseline included, after a link replaced it', async () => {
    setNpsCompare(true);
    npsCurrentInput.setText('10\n9\n3');
    npsBaselineInput.setCountField(9, '4');
    const own = $npsCalculator.get();
    const code = encodeShareCode({
      calculator: 'nps-comparison',
      confidence: 90,
      baseline: { kind: 'groups', groups: { promoters: 1, passives: 1, detractors: 1 } },
      current: { kind: 'groups', groups: { promoters: 3, passives: 0, detractors: 0 } },
    });
    await openNpsShareLink(`#c=${code}`);
    expect($npsCalculator.get()).not.toEqual(own);
    restoreNpsInput();
    expect($npsCalculator.get()).toEqual(own);
    expect($npsShareNotice.get()).toEqual({ kind: 'none' });
    // The result is the person's own again: 2 promoters and 1 detractor of 3.
    const view = $npsView.get();
    expect(view.kind === 'result' && view.result.nps).toBeCloseTo((100 * (2 - 1)) / 3, 10);
  });

  it('keeps the person’s own input to put back when a second link follows the first', async () => {
    npsCurrentInput.setText('10\n0');
    const own = $npsCalculator.get();
    const link = (promoters: number) => `#c=${encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters, passives: 0, detractors: 1 } } })}`;
    await openNpsShareLink(link(5));
    await openNpsShareLink(link(7));
    expect($npsCalculator.get().current.groupFields.promoters).toBe('7');
    restoreNpsInput();
    expect($npsCalculator.get()).toEqual(own);
  });

  it('a CSAT link points to the CSAT page, and a heading anchor is ignored', async () => {
    const code = encodeShareCode({ calculator: 'csat', confidence: 95, scale: '1-5', threshold: 4, counts: [0, 0, 0, 1, 1] });
    expect(await openNpsShareLink(`#c=${code}`)).toEqual({ kind: 'failed', error: { kind: 'other-calculator', calculator: 'csat', href: `/tools/csat/#c=${code}` } });
    $npsShareNotice.set({ kind: 'none' });
    expect(await openNpsShareLink('#how-this-is-calculated')).toEqual({ kind: 'none' });
    expect($npsShareNotice.get()).toEqual({ kind: 'none' });
    expect(NPS_SCALE).toEqual({ min: 0, max: 10 });
  });
});
