// Benchmark: read 1,000,000 survey timestamps to day numbers.
//
//   node_modules/.bin/node scripts/bench-dates.ts      (Node 24 strips the types)
//
// The timestamps are mostly unique strings, as in a real export: a moment drawn over 2015–2026, written in one
// of the shapes the survey tools export. Per column it prints best and median ms over several runs (round-robin
// with a baseline, so load on this shared machine hits both alike):
//   ISO (Qualtrics, Typeform)        2024-03-04 10:12:56
//   SurveyMonkey                     05/13/2024 04:42:11 PM          (month-day)
//   Google Forms download            2020/10/19 9:17:42 AM GMT+1     (offset: UTC day)
//   ISO with offsets                 2024-03-04T10:12:56.123+02:00
//   mixed                            a quarter of each, shuffled
// and a floor: a loop that only adds up every character code of the same cells (what any reader must at least
// touch), so the ratio ours / floor says how we do whatever the load; for the ISO-with-offset column also
// `Math.floor(Date.parse(cell) / 86400000)` as a baseline (it reads that shape exactly). The run fails if a
// column's sum of days differs from the sum computed from the drawn moments with Date.UTC, and sets exit code 1
// if the mixed column's median CPU time (steadier than the wall clock on a shared machine) is over the 150 ms budget.

import { createDateReader } from '../src/lib/survey/read-date.ts';
import type { DateReader } from '../src/lib/survey/read-date.ts';
import type { Measurement } from './bench-timing.ts';
import { describeLoad, formatFixed, getBest, getMedian, measureInterleaved } from './bench-timing.ts';
import { threadCpuUsage } from 'node:process';
import { createRandom } from './seeded-random.ts';

const CELLS = 1_000_000;
const BUDGET_MS = 150;
const RUN_COUNTS = { warmUps: 3, runs: 9 } as const;
const MS_PER_DAY = 86_400_000;
const FIRST_MOMENT = Date.UTC(2015, 0, 1);
const LAST_MOMENT = Date.UTC(2026, 11, 31);

type Shape = 'iso' | 'surveymonkey' | 'google-forms' | 'iso-offset';
type Column = { readonly cells: string[]; readonly expectedSum: number };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Write one moment in a shape, and the day it should read as. */
function writeMoment(shape: Shape, moment: number, offsetMinutes: number): { cell: string; day: number } {
  // The wall clock at the offset: what a tool writing local time shows.
  const wall = new Date(moment + offsetMinutes * 60_000);
  const [year, month, day] = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()];
  const [hour, minute, second] = [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()];
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const meridiem = hour < 12 ? 'AM' : 'PM';
  const wallDay = Date.UTC(year, month - 1, day) / MS_PER_DAY;
  const utcDay = Math.floor(moment / MS_PER_DAY);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  switch (shape) {
    case 'iso':
      return { cell: `${String(year)}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`, day: wallDay };
    case 'surveymonkey':
      return { cell: `${pad(month)}/${pad(day)}/${String(year)} ${pad(hour12)}:${pad(minute)}:${pad(second)} ${meridiem}`, day: wallDay };
    case 'google-forms':
      return { cell: `${String(year)}/${pad(month)}/${pad(day)} ${String(hour12)}:${pad(minute)}:${pad(second)} ${meridiem} GMT${sign}${String(absolute / 60)}`, day: utcDay };
    case 'iso-offset':
      return {
        cell: `${String(year)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.${pad(wall.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`,
        day: utcDay,
      };
    default:
      return shape satisfies never;
  }
}

function generateColumn(shapes: readonly Shape[], seed: number): Column {
  const random = createRandom(seed);
  const cells: string[] = [];
  let expectedSum = 0;
  for (let index = 0; index < CELLS; index += 1) {
    const shape = shapes[Math.floor(random() * shapes.length)] ?? 'iso';
    const moment = FIRST_MOMENT + Math.floor(random() * (LAST_MOMENT - FIRST_MOMENT));
    const offsetMinutes = (Math.floor(random() * 27) - 12) * 60; // whole hours −12…+14, as Google Forms writes them
    const { cell, day } = writeMoment(shape, moment, offsetMinutes);
    cells.push(cell);
    expectedSum += day;
  }
  return { cells: sliceLikeACsvReader(cells), expectedSum };
}

/**
 * The cells as a CSV reader hands them over: slices of one file text (V8 sliced strings), not the
 * concatenated strings a template literal builds (cons strings, slower to read character by character).
 */
function sliceLikeACsvReader(cells: readonly string[]): string[] {
  const text = cells.join('\n');
  const slices: string[] = [];
  let start = 0;
  for (let position = 0; position <= text.length; position += 1) {
    if (position === text.length || text.charCodeAt(position) === 10) {
      slices.push(text.slice(start, position));
      start = position + 1;
    }
  }
  return slices;
}

/** Read every cell; the sum of days is returned so the work cannot be dropped, and so it can be checked. */
function readAll(cells: readonly string[], read: DateReader): number {
  let sum = 0;
  for (let index = 0; index < cells.length; index += 1) {
    const reading = read(cells[index] ?? '');
    sum += typeof reading === 'number' ? reading : Number.NaN;
  }
  return sum;
}

/** The floor: touch every character once. */
function addCharacterCodes(cells: readonly string[]): number {
  let sum = 0;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? '';
    for (let position = 0; position < cell.length; position += 1) sum += cell.charCodeAt(position);
  }
  return sum;
}

function readAllWithDateParse(cells: readonly string[]): number {
  let sum = 0;
  for (let index = 0; index < cells.length; index += 1) sum += Math.floor(Date.parse(cells[index] ?? '') / MS_PER_DAY);
  return sum;
}

function describe(measurement: Measurement): string {
  return `best ${formatFixed(getBest(measurement.durations))} ms, median ${formatFixed(getMedian(measurement.durations))} ms`;
}

/**
 * CPU time of this thread for one run, in ms (user + system). On this shared two-core machine the wall clock also
 * counts time spent waiting for a core; the thread's CPU time does not, nor the GC helper threads still sweeping
 * up after the column was generated, so it is the steadier figure.
 */
function measureCpu(run: () => number, runs: number): number[] {
  const times: number[] = [];
  for (let round = 0; round < runs; round += 1) {
    const before = threadCpuUsage();
    run();
    const used = threadCpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((left, right) => left - right);
}

console.log(`load average before: ${describeLoad()}`);
const columns: readonly [string, readonly Shape[], number][] = [
  ['ISO (Qualtrics, Typeform)', ['iso'], 1],
  ['SurveyMonkey (month-day, AM/PM)', ['surveymonkey'], 2],
  ['Google Forms download (GMT offset)', ['google-forms'], 3],
  ['ISO with fractions and offsets', ['iso-offset'], 4],
  ['mixed (all four shapes)', ['iso', 'surveymonkey', 'google-forms', 'iso-offset'], 5],
];
let mixedMedian = Number.NaN;
for (const [name, shapes, seed] of columns) {
  const column = generateColumn(shapes, seed);
  const read = createDateReader({ order: 'month-day' });
  const contenders = [
    { name: 'createDateReader', run: () => readAll(column.cells, read) },
    { name: 'floor', run: () => addCharacterCodes(column.cells) },
  ];
  if (shapes.length === 1 && shapes[0] === 'iso-offset') contenders.push({ name: 'Date.parse', run: () => readAllWithDateParse(column.cells) });
  const [ours, floor, baseline] = measureInterleaved(contenders, RUN_COUNTS) as [Measurement, Measurement, Measurement | undefined];
  for (const measurement of [ours, baseline]) {
    if (measurement !== undefined && measurement.result !== column.expectedSum) {
      throw new Error(`${name}, ${measurement.name}: sum of days ${String(measurement.result)}, expected ${String(column.expectedSum)}`);
    }
  }
  console.log(`${name}: ${String(CELLS)} cells, e.g. ${column.cells[0] ?? ''}`);
  const cpu = measureCpu(() => readAll(column.cells, read), RUN_COUNTS.runs);
  console.log(`  createDateReader: wall ${describe(ours)} (${formatFixed((getMedian(ours.durations) * 1e6) / CELLS, 0)} ns a cell); CPU best ${formatFixed(getBest(cpu))} ms, median ${formatFixed(getMedian(cpu))} ms`);
  console.log(`  floor (touch every character): ${describe(floor)}; ours / floor ${formatFixed(getMedian(ours.durations) / getMedian(floor.durations), 2)}× by median`);
  if (baseline !== undefined) console.log(`  Date.parse baseline: ${describe(baseline)}`);
  if (shapes.length > 1) mixedMedian = getMedian(cpu);
}
console.log(`load average after: ${describeLoad()}`);
const met = mixedMedian < BUDGET_MS;
console.log(`budget ${String(BUDGET_MS)} ms for the mixed column: ${met ? 'met' : 'MISSED'} (median CPU time ${formatFixed(mixedMedian)} ms)`);
if (!met) process.exitCode = 1;
