// Benchmark: the survey workbench on 1,000,000 rows (a score, a segment of 20 values, a date over two years):
// parse, segment and trend, beside a naive implementation in the same run.
//
//   npm run bench:workbench      (= node --expose-gc scripts/bench-survey-workbench.ts; Node 24 strips the types)
//
// The export is generated in memory from a fixed seed, as a survey tool writes it: `Response ID,Submitted,Plan,
// How likely…`, timestamps `2024-03-05 14:22:31` over 730 days, 20 plans, 0–10 scores with 1 in 200 blank. The
// generator counts answers per plan and per month as it writes them, so every reader's figures are checked.
//
//   ours        the workbench's read of a dropped file in the parse worker: the layout and score column from the
//               file's first 256 KiB, `analyseBreakdown` (scores, segments and days in one pass, the date format
//               decided from every cell) and `buildSurveyReport` (20 segments with tests, 24 months with intervals
//               and control limits); the score input's own first read of the file (its paste report) is timed
//               apart, for reference
//   naive       TextDecoder, split on line breaks and commas, `new Date()` per row, Maps per plan and month, the
//               same NPS per plan and month (no tests): what a first attempt looks like
//
// Prints the median and best of 5 timed runs after 1 warm-up (round-robin), and the 1.5 s target for ours.

import { analyseTableBytes, decodeUtf8Head } from '../src/lib/metrics/analyse-paste.ts';
import { detectPasteLayout } from '../src/lib/metrics/detect-paste-layout.ts';
import { NPS_SCALE } from '../src/lib/metrics/score-scale.ts';
import { analyseBreakdown } from '../src/lib/survey/analyse-breakdown.ts';
import { summariseBreakdown } from '../src/lib/survey/survey-summary.ts';
import { buildSurveyReport } from '../src/lib/survey/survey-report.ts';
import { DEFAULT_SURVEY_VIEW } from '../src/lib/survey/survey-view.ts';
import type { Measurement } from './bench-timing.ts';
import { describeLoad, formatFixed, getBest, getMedian, measureInterleaved } from './bench-timing.ts';
import { generateWorkbenchExport, PLANS, ROWS } from './workbench-export.ts';

const TARGET_MS = 1500;

/**
 * Ours, as the worker reads a dropped file for the workbench: the layout and score column from the file's first
 * 256 KiB (as the score input found them), then `analyseBreakdown` (scores, segments and days in one pass over the
 * bytes) and `buildSurveyReport` (20 segments with their tests, 24 months with intervals and control limits).
 * Returns the NPS of Plan T, after checking every segment and the number of months.
 */
function runOurs(bytes: Uint8Array, planNps: Map<string, number>, months: number): number {
  const head = decodeUtf8Head(bytes);
  if (head === null) throw new Error('not UTF-8');
  const layout = detectPasteLayout(head, NPS_SCALE, 'nps');
  if (layout.kind !== 'table' || layout.suggestedColumn === null) throw new Error('the export was not read as a table with a score column');
  const breakdown = analyseBreakdown(bytes, { layout, scoreColumn: layout.suggestedColumn, scale: NPS_SCALE, labels: {}, segmentColumn: 2, dateColumn: 1, dateOrder: null });
  const summary = summariseBreakdown(breakdown, { kind: 'nps' }, (index) => layout.columns[index]?.name ?? '');
  if (summary === null) throw new Error('no answers');
  const report = buildSurveyReport(summary, { ...DEFAULT_SURVEY_VIEW, period: 'month' });
  const rows = report.segments?.rows ?? [];
  if (rows.length !== PLANS.length) throw new Error(`expected ${String(PLANS.length)} segments, got ${String(rows.length)}`);
  for (const row of rows) {
    const expected = planNps.get(row.name);
    if (expected === undefined || row.estimate === null || Math.abs(row.estimate.value - expected) > 1e-9) throw new Error(`segment ${row.name} is off`);
  }
  if (report.trend?.periods.length !== months) throw new Error(`expected ${String(months)} months, got ${String(report.trend?.periods.length)}`);
  return rows.find((row) => row.name === 'Plan T')?.estimate?.value ?? Number.NaN;
}

/** The score input's own first read of the file (its paste report), which the page does before the workbench's: for reference. */
function runScoreInput(bytes: Uint8Array): number {
  const analysis = analyseTableBytes(bytes, decodeUtf8Head(bytes) ?? '', { scale: NPS_SCALE, readAs: 'list', column: null, metric: 'nps' });
  return analysis?.kind === 'table' && analysis.parse.kind === 'parsed' ? analysis.parse.n : Number.NaN;
}

/** A naive reader: decode, split, Date per row, Maps. */
function runNaive(bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  const byPlan = new Map<string, { n: number; net: number }>();
  const byMonth = new Map<string, { n: number; net: number }>();
  const lines = text.split(/\r?\n/);
  for (let index = 1; index < lines.length; index += 1) {
    const cells = (lines[index] ?? '').split(',');
    if (cells.length < 4 || cells[3] === '') continue;
    const score = Number(cells[3]);
    const date = new Date(`${cells[1] ?? ''}Z`.replace(' ', 'T'));
    const month = `${String(date.getUTCFullYear())}-${String(date.getUTCMonth() + 1)}`;
    const net = score >= 9 ? 1 : score <= 6 ? -1 : 0;
    for (const [map, key] of [
      [byPlan, cells[2] ?? ''],
      [byMonth, month],
    ] as const) {
      const entry = map.get(key) ?? { n: 0, net: 0 };
      entry.n += 1;
      entry.net += net;
      map.set(key, entry);
    }
  }
  const planT = byPlan.get('Plan T');
  return planT ? (planT.net * 100) / planT.n : Number.NaN;
}

const started = performance.now();
const generated = generateWorkbenchExport();
const bytes = new TextEncoder().encode(generated.text);
console.log(
  `Survey workbench export: ${String(ROWS)} rows, ${formatFixed(bytes.length / 1_000_000, 1)} MB, ${String(PLANS.length)} plans, ${String(generated.months)} months; generated in ${formatFixed((performance.now() - started) / 1000, 1)} s`,
);
console.log(`  load average before timing: ${describeLoad()}`);
const [ours, naive, scoreInput] = measureInterleaved(
  [
    { name: 'ours: read, segment, trend, tests', run: () => runOurs(bytes, generated.npsByPlan, generated.months) },
    { name: 'naive: split, Date, Maps (no tests)', run: () => runNaive(bytes) },
    { name: '(score input first read, for reference)', run: () => runScoreInput(bytes) },
  ],
  { warmUps: 1, runs: 5 },
) as [Measurement, Measurement, Measurement];
for (const measurement of [ours, naive, scoreInput]) {
  const result = measurement === scoreInput ? `${String(measurement.result)} answers` : `Plan T NPS ${formatFixed(measurement.result, 3)}`;
  console.log(`  ${measurement.name.padEnd(40)} median ${formatFixed(getMedian(measurement.durations), 0)} ms, best ${formatFixed(getBest(measurement.durations), 0)} ms (${result})`);
}
const median = getMedian(ours.durations);
console.log(`  ours / naive: ${formatFixed(median / getMedian(naive.durations), 2)}×; target ours <= ${String(TARGET_MS)} ms: ${median <= TARGET_MS ? 'PASS' : 'MISS'}`);
console.log(`  load average after timing: ${describeLoad()}`);
if (Math.abs(ours.result - naive.result) > 1e-9) throw new Error('ours and naive disagree on Plan T');
