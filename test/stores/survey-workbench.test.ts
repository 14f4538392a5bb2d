import { keepMount } from 'nanostores';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPasteAnalyser } from '../../src/stores/paste-analyser.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { setParseWorkerFactoryForTests } from '../../src/stores/score-input-parser.ts';
import {
  $breakdownColumns,
  $surveyReport,
  $surveyShareNotice,
  $surveyWorkbench,
  clearSurveyWorkbench,
  closeSharedSurvey,
  createSurveyShareLink,
  openSurveyShareLink,
  setSurveyCsatScale,
  setSurveyDate,
  setSurveySegment,
  setSurveyView,
  surveyInput,
} from '../../src/stores/survey-workbench.ts';
import { $storageNotices } from '../../src/stores/storage-notices.ts';
import { memoryStorage } from '../support/memory-storage.ts';

// Six answers: Pro 10, 9, 7 (2 promoters, 1 passive: NPS +66.7), Free 3, 9 (NPS 0), one blank plan with 8.
const EXPORT = ['Submitted,Plan,How likely are you to recommend us?', '2024-01-05 10:00,Pro,10', '2024-01-06 11:00,Pro,9', '2024-02-01 09:00,Free,3', '2024-02-02 09:30,pro ,7', '2024-02-03 12:00,Free,9', '2024-02-04 12:00,,8'].join('\n');

// Mounted once for the file, as the island keeps them: cleaning a store that others are computed from
// would cut them off it for the next test. Each test starts from a cleared workbench instead. (A reload is
// tested in the browser: test/e2e/survey-workbench.test.ts.)
const storage = memoryStorage();
setStorageForTests(storage);
setParseWorkerFactoryForTests(() => null);
for (const store of [$surveyWorkbench, $surveyReport, surveyInput.$paste, surveyInput.$boxText]) keepMount(store);

// The paste reader loads after first render on a page; here it is loaded first, as on a settled page.
beforeAll(async () => {
  await loadPasteAnalyser();
});

beforeEach(() => {
  clearSurveyWorkbench();
  $storageNotices.set([]);
});

afterAll(() => {
  setStorageForTests(undefined);
  setParseWorkerFactoryForTests(undefined);
});

describe('the survey workbench store', () => {
  it('reads a pasted export with its date column found, then by the chosen segment', () => {
    surveyInput.setText(EXPORT);
    // Six answers over two months would be one quarter automatically (too few a month): ask for months.
    setSurveyView({ period: 'month' });
    expect($breakdownColumns.get()).toMatchObject({ date: 0, dateSuggested: 0, segment: null });
    let report = $surveyReport.get();
    // 3 promoters (10, 9, 9), 2 passives (7, 8), 1 detractor (3): (3 − 1) / 6 = 33.3.
    expect(report?.overall?.value).toBeCloseTo(100 / 3, 12);
    expect(report?.trend?.periods.map((period) => [period.label, period.n])).toEqual([
      ['2024-01', 2],
      ['2024-02', 4],
    ]);
    setSurveySegment({ index: 1, name: 'Plan' });
    report = $surveyReport.get();
    expect(report?.segments?.rows.map((row) => [row.name, row.n, Math.round(row.estimate?.value ?? Number.NaN)])).toEqual([
      ['Pro', 3, 67],
      ['Free', 2, 0],
    ]);
    expect(report?.segments?.blank?.n).toBe(1);
  });

  it('re-reads when the text changes but keeps its length', () => {
    surveyInput.setText(EXPORT);
    const before = $surveyReport.get()?.overall?.value;
    surveyInput.setText(EXPORT.replace('Free,3', 'Free,4'));
    expect($surveyReport.get()?.overall?.value).toBe(before);
    surveyInput.setText(EXPORT.replace('Pro,10', 'Pro,1'));
    expect($surveyReport.get()?.overall?.value).toBeCloseTo(0, 12);
  });

  it('switches to CSAT on its scale and drops the date column on request', () => {
    surveyInput.setText(['Plan,Satisfaction', 'A,5', 'A,4', 'B,2', 'B,5'].join('\n'));
    setSurveyCsatScale('1-5');
    expect($surveyReport.get()?.overall?.value).toBeCloseTo(75, 12);
    setSurveyDate(null);
    expect($surveyReport.get()?.trend).toBeNull();
  });

  it('works out nothing from a Net Promoter group column (1/2/3), which would read as NPS −100, and says why', () => {
    // Qualtrics' group column beside the 0–10 question: 1 detractor, 2 passive, 3 promoter.
    surveyInput.setText(['Q1,Q1_NPS_GROUP', '10,3', '9,3', '3,1', '7,2'].join('\n'));
    // The 0–10 question is read: 2 promoters and 1 detractor of 4 is +25.
    expect($surveyReport.get()?.overall?.value).toBeCloseTo(25, 12);
    surveyInput.chooseColumn({ index: 1, name: 'Q1_NPS_GROUP' });
    expect($surveyReport.get()).toBeNull();
    expect(surveyInput.$outcome.get()).toEqual({ kind: 'no-values', reason: 'group-column' });
    surveyInput.chooseColumn({ index: 0, name: 'Q1' });
    expect($surveyReport.get()?.overall?.value).toBeCloseTo(25, 12);
  });

  it('refuses a minimum outside 1–1000 and keeps the last good one', () => {
    setSurveyView({ minAnswers: 5 });
    setSurveyView({ minAnswers: 0 });
    setSurveyView({ minAnswers: 1.5 });
    expect($surveyWorkbench.get().view.minAnswers).toBe(5);
  });

  it('opens a share link in place of the own analysis and goes back to it; a broken link changes nothing', async () => {
    surveyInput.setText(EXPORT);
    setSurveySegment({ index: 1, name: 'Plan' });
    const link = await createSurveyShareLink('https://touchpoint.example');
    expect(link).toMatch(/^https:\/\/touchpoint\.example\/tools\/survey\/#s=1\.[zj]/);
    clearSurveyWorkbench();
    expect($surveyReport.get()).toBeNull();
    await openSurveyShareLink((link ?? '').slice((link ?? '').indexOf('#')));
    expect($surveyShareNotice.get()).toEqual({ kind: 'opened' });
    expect($surveyReport.get()?.segments?.rows.map((row) => row.name)).toEqual(['Pro', 'Free']);
    closeSharedSurvey();
    expect($surveyReport.get()).toBeNull();
    const notice = await openSurveyShareLink('#s=1.zAAAA.abcd');
    expect(notice.kind).toBe('failed');
    expect($surveyWorkbench.get().shared).toBeNull();
  });
});
