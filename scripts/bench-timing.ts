/**
 * Timing for the benchmark scripts. Contenders run round-robin (one run of each, then the next round), so a
 * burst of load from another process on this shared machine slows all of them alike instead of one.
 */
import { loadavg } from 'node:os';

/** Something to time; `run` returns a number so the engine cannot drop its work, and so it can be checked. */
export type Contender = { readonly name: string; readonly run: () => number };

/** One contender's timings: durations in ms, fastest first, and what its last run returned. */
export type Measurement = { readonly name: string; readonly durations: readonly number[]; readonly result: number };

/** How often to run: `warmUps` untimed rounds (for the JIT), then `runs` timed rounds. */
export type RunCounts = { readonly warmUps: number; readonly runs: number };

/** `gc()` when node was started with --expose-gc: collect the last run's garbage before timing the next one. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Time each contender `runs` times, interleaved, after `warmUps` untimed rounds. */
export function measureInterleaved(contenders: readonly Contender[], counts: RunCounts): Measurement[] {
  const durations = contenders.map((): number[] => []);
  const results = contenders.map(() => Number.NaN);
  for (let round = 0; round < counts.warmUps + counts.runs; round += 1) {
    contenders.forEach((contender, index) => {
      collectGarbage();
      const started = performance.now();
      results[index] = contender.run();
      const elapsed = performance.now() - started;
      if (round >= counts.warmUps) durations[index]?.push(elapsed);
    });
  }
  return contenders.map((contender, index) => ({
    name: contender.name,
    durations: (durations[index] ?? []).sort((left, right) => left - right),
    result: results[index] ?? Number.NaN,
  }));
}

/** The median of durations sorted fastest first. */
export function getMedian(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The fastest of durations sorted fastest first. */
export function getBest(sorted: readonly number[]): number {
  return sorted[0] ?? Number.NaN;
}

/** A number with fixed decimals, for the printed lines. */
export const formatFixed = (value: number, decimals = 1): string => value.toFixed(decimals);

/** The heading of the table `describeMeasurement` writes rows of. */
export function describeTableHeading(nameWidth: number): string {
  return `  ${'contender'.padEnd(nameWidth)} ${'median ms'.padStart(10)} ${'best ms'.padStart(9)} ${'MB/s'.padStart(6)}  result`;
}

/** One table row: median and best in ms, throughput in MB/s at the median, and the run's result. */
export function describeMeasurement(measurement: Measurement, megabytes: number, nameWidth: number, result: string): string {
  const median = getMedian(measurement.durations);
  const columns = [
    measurement.name.padEnd(nameWidth),
    formatFixed(median).padStart(10),
    formatFixed(getBest(measurement.durations)).padStart(9),
    formatFixed(megabytes / (median / 1000), 0).padStart(6),
  ];
  return `  ${columns.join(' ')}  ${result}`;
}

/** A ratio line against a target: ours over a reference, by median (and by best), PASS when the median ratio is within. */
export function describeTarget(label: string, ours: Measurement, reference: Measurement, limit: number): string {
  const byMedian = getMedian(ours.durations) / getMedian(reference.durations);
  const byBest = getBest(ours.durations) / getBest(reference.durations);
  const verdict = byMedian <= limit ? 'PASS' : 'MISS';
  return `  ${label}: ${formatFixed(byMedian, 2)}× by median (${formatFixed(byBest, 2)}× by best), target <= ${String(limit)}×: ${verdict}`;
}

/** The 1, 5 and 15 minute load averages, to judge how busy the shared machine was. */
export function describeLoad(): string {
  return loadavg()
    .map((load) => formatFixed(load, 2))
    .join(', ');
}
