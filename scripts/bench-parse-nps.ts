// Benchmark: parse a pasted column of 1,000,000 NPS answers and compute the NPS.
//
//   node scripts/bench-parse-nps.ts        (Node 24 strips the types; `npm run bench`)
//
// The paste is what a spreadsheet column looks like when copied: one answer per
// line, a byte-order mark, a few blank lines and "N/A" cells. It is timed with
// LF line ends (about 2.3 MB) and with Excel's CRLF (about 3.3 MB). Each case is
// warmed up, then run several times; we print the best and the median. A naive
// split + Number + filter baseline computes the same NPS for comparison.
// The run fails (throws) if a median is over the 150 ms budget.

import { calculateNps } from '../src/lib/metrics/nps.ts';
import { parseScores } from '../src/lib/metrics/parse-scores.ts';
import { NPS_SCALE } from '../src/lib/metrics/score-scale.ts';
import { createRandom } from './seeded-random.ts';

const RESPONSES = 1_000_000;
const WARM_UP_RUNS = 5;
const TIMED_RUNS = 15;
const BASELINE_RUNS = 5;
const BUDGET_MS = 150;
/** Share of answers per score 0..10, roughly a typical B2C survey. */
const SCORE_WEIGHTS = [0.03, 0.01, 0.02, 0.02, 0.03, 0.06, 0.07, 0.12, 0.18, 0.19, 0.27] as const;
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
    let pick = random();
    let score = 0;
    while (score < SCORE_WEIGHTS.length - 1 && pick >= (SCORE_WEIGHTS[score] ?? 0)) {
      pick -= SCORE_WEIGHTS[score] ?? 0;
      score += 1;
    }
    lines.push(String(score));
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

/** Time a function: warm up, then return the sorted durations in ms and the last result. */
function time(run: () => number, warmUps: number, runs: number): { durations: number[]; result: number } {
  let result = Number.NaN;
  for (let index = 0; index < warmUps; index += 1) result = run();
  const durations: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    result = run();
    durations.push(performance.now() - started);
  }
  durations.sort((left, right) => left - right);
  return { durations, result };
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const format = (value: number, decimals = 1): string => value.toFixed(decimals);

const failures: string[] = [];
for (const [name, lineEnd] of [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const) {
  const text = generatePaste(lineEnd);
  const megabytes = new TextEncoder().encode(text).length / 1_000_000;
  const library = time(() => runLibrary(text), WARM_UP_RUNS, TIMED_RUNS);
  const naive = time(() => runNaive(text), 1, BASELINE_RUNS);
  if (Math.abs(library.result - naive.result) > 1e-9) {
    throw new Error(`NPS differs: library ${String(library.result)}, naive ${String(naive.result)}`);
  }
  const best = library.durations[0] ?? Number.NaN;
  const typical = median(library.durations);
  const naiveTypical = median(naive.durations);
  console.log(`${name}: ${String(RESPONSES)} responses, ${format(megabytes, 2)} MB, NPS ${format(library.result, 2)}`);
  console.log(`  parse + NPS: best ${format(best)} ms, median ${format(typical)} ms (${format(megabytes / (typical / 1000), 0)} MB/s)`);
  console.log(`  naive split + Number + filter: median ${format(naiveTypical)} ms (${format(megabytes / (naiveTypical / 1000), 0)} MB/s)`);
  console.log(`  speed-up over naive: ${format(naiveTypical / typical)}×; budget ${String(BUDGET_MS)} ms: ${typical < BUDGET_MS ? 'met' : 'MISSED'}`);
  if (!(typical < BUDGET_MS)) failures.push(`${name} median ${format(typical)} ms`);
}
if (failures.length > 0) throw new Error(`over the ${String(BUDGET_MS)} ms budget: ${failures.join(', ')}`);
