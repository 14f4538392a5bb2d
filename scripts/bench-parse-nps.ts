// Benchmark: parse a pasted column of 1,000,000 NPS answers and compute the NPS.
//
//   node scripts/bench-parse-nps.ts        (Node 24 strips the types; `npm run bench`)
//
// The paste is what a spreadsheet column looks like when copied: one answer per
// line, a byte-order mark, a few blank lines and "N/A" cells. It is timed with
// LF line ends (about 2.3 MB) and with Excel's CRLF (about 3.3 MB). Each case is
// warmed up, then run several times, round-robin with its reference; per case it prints:
//   parse + NPS      our parseScores + calculateNps on the text: best and median ms, MB/s at the median
//   byte loop        a plain loop over the same text's UTF-8 bytes counting digits and line feeds: the floor
//   ours / byte loop the median ratio, target <= 2× (PASS or MISS; a MISS does not fail the run)
//   naive, PapaParse, d3-dsv
//                    split + Number + filter, Papa.parse and d3-dsv's csvParseRows, each then Number() and
//                    whole 0..10 kept: the same NPS by other means, for comparison (median ms, MB/s)
//   speed-up / budget
//                    naive median / ours; the run fails (throws) if our median is over the 150 ms budget,
//                    or if any of them computes a different NPS.

import { calculateNps } from '../src/lib/metrics/nps.ts';
import { parseScores } from '../src/lib/metrics/parse-scores.ts';
import { NPS_SCALE } from '../src/lib/metrics/score-scale.ts';
import { countDigitsAndLineFeeds, getInstalledVersion, readNpsWithD3Dsv, readNpsWithPapaParse } from './bench-baselines.ts';
import type { Measurement } from './bench-timing.ts';
import { describeLoad, describeTarget, formatFixed, getBest, getMedian, measureInterleaved } from './bench-timing.ts';
import { drawNpsScore } from './draw-nps-score.ts';
import { createRandom } from './seeded-random.ts';

const RESPONSES = 1_000_000;
const LIBRARY_RUN_COUNTS = { warmUps: 5, runs: 15 } as const;
const BASELINE_RUN_COUNTS = { warmUps: 1, runs: 5 } as const;
const BUDGET_MS = 150;
const MAX_RATIO_TO_BYTE_LOOP = 2;
const BLANK_SHARE = 0.002;
const NOT_AVAILABLE_SHARE = 0.001;

/** Build the pasted column. */
function generatePaste(lineEnd: string): string {
  const random = createRandom(20240601);
  const lines: string[] = [];
  let responses = 0;
  while (responses < RESPONSES) {
    const draw = random();
    if (draw < BLANK_SHARE) {
      lines.push('');
      continue;
    }
    if (draw < BLANK_SHARE + NOT_AVAILABLE_SHARE) {
      lines.push('N/A');
      responses += 1;
      continue;
    }
    lines.push(String(drawNpsScore(random)));
    responses += 1;
  }
  return `\ufeff${lines.join(lineEnd)}${lineEnd}`;
}

/** Parse with the library and compute the NPS from the counts. */
function runLibrary(text: string): number {
  const parsed = parseScores(text, NPS_SCALE);
  if (parsed.kind !== 'parsed') throw new Error('benchmark paste parsed as empty');
  const result = calculateNps(parsed.counts);
  if (!result.ok) throw new Error(`benchmark NPS failed: ${result.error.kind}`);
  return result.value.nps;
}

/** The obvious approach: split lines, convert with Number, filter, count. */
function runNaive(text: string): number {
  const scores = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(Number)
    .filter((value) => Number.isInteger(value) && value >= 0 && value <= 10);
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  return ((promoters - detractors) * 100) / scores.length;
}

/** One comparison line: median ms and MB/s at the median. */
function describeComparison(measurement: Measurement, megabytes: number): string {
  const median = getMedian(measurement.durations);
  return `  ${measurement.name}: median ${formatFixed(median)} ms (${formatFixed(megabytes / (median / 1000), 0)} MB/s)`;
}

/** Throw unless every baseline computed the library's NPS. */
function assertSameNps(library: Measurement, others: readonly Measurement[]): void {
  for (const other of others) {
    if (Math.abs(library.result - other.result) > 1e-9) {
      throw new Error(`NPS differs: library ${String(library.result)}, ${other.name} ${String(other.result)}`);
    }
  }
}

const papaName = `PapaParse ${getInstalledVersion('papaparse')}`;
const d3Name = `d3-dsv ${getInstalledVersion('d3-dsv')} csvParseRows`;
console.log(`load average before: ${describeLoad()}`);
const failures: string[] = [];
for (const [name, lineEnd] of [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const) {
  const text = generatePaste(lineEnd);
  const bytes = new TextEncoder().encode(text);
  const megabytes = bytes.length / 1_000_000;
  const [library, byteLoop] = measureInterleaved(
    [
      { name: 'parse + NPS', run: () => runLibrary(text) },
      { name: 'byte loop (digit + LF count)', run: () => countDigitsAndLineFeeds(bytes) },
    ],
    LIBRARY_RUN_COUNTS,
  ) as [Measurement, Measurement];
  const [naive, papa, d3] = measureInterleaved(
    [
      { name: 'naive split + Number + filter', run: () => runNaive(text) },
      { name: papaName, run: () => readNpsWithPapaParse(text, 0, 0) },
      { name: d3Name, run: () => readNpsWithD3Dsv(text, 0, 0) },
    ],
    BASELINE_RUN_COUNTS,
  ) as [Measurement, Measurement, Measurement];
  assertSameNps(library, [naive, papa, d3]);
  const typical = getMedian(library.durations);
  console.log(`${name}: ${String(RESPONSES)} responses, ${formatFixed(megabytes, 2)} MB, NPS ${formatFixed(library.result, 2)}`);
  console.log(`  parse + NPS: best ${formatFixed(getBest(library.durations))} ms, median ${formatFixed(typical)} ms (${formatFixed(megabytes / (typical / 1000), 0)} MB/s)`);
  console.log(`  byte loop (digit + LF count): best ${formatFixed(getBest(byteLoop.durations))} ms, median ${formatFixed(getMedian(byteLoop.durations))} ms`);
  console.log(describeTarget('ours / byte loop', library, byteLoop, MAX_RATIO_TO_BYTE_LOOP));
  for (const baseline of [naive, papa, d3]) console.log(describeComparison(baseline, megabytes));
  console.log(`  speed-up over naive: ${formatFixed(getMedian(naive.durations) / typical)}×; budget ${String(BUDGET_MS)} ms: ${typical < BUDGET_MS ? 'met' : 'MISSED'}`);
  if (!(typical < BUDGET_MS)) failures.push(`${name} median ${formatFixed(typical)} ms`);
}
console.log(`load average after: ${describeLoad()}`);
if (failures.length > 0) throw new Error(`over the ${String(BUDGET_MS)} ms budget: ${failures.join(', ')}`);
