/**
 * Print the real false-alarm rate (size) at nominal 5 % and 1 % of the comparison engine, next to the tests it
 * replaces or falls back to: NPS against the old plain Wald test, shares against the pooled z test alone, means
 * against Welch's t alone. Exact enumeration of every pair of outcomes where that is small enough (outcomes below
 * 1e-10 under every population skipped, the bound printed), else seeded simulation. Output is the Markdown table
 * in src/lib/metrics/README.md. Run: npm run measure:false-alarms (about a minute or two).
 */
import {
  MEAN_POPULATIONS,
  NPS_POPULATIONS,
  SHARE_POPULATIONS,
  SIZES,
  engineNpsPValue,
  engineSharePValue,
  getEngineMeanPValue,
  getExactFalseAlarmRates,
  plainWaldNpsPValue,
  pooledZSharePValue,
  simulateFalseAlarmRates,
  welchOnlyMeanPValue,
} from './false-alarm-rate.ts';
import type { PValueOfSamples, Population } from './false-alarm-rate.ts';

const ALPHAS = [0.05, 0.01] as const;
const SIMULATED_DRAWS = 40_000;
const SEED = 20_261_202;
/** Above this many outcome pairs a cell is simulated instead of enumerated. */
const MAX_ENUMERATED_PAIRS = 2_000_000;

const percent = (rate: number) => `${(rate * 100).toFixed(1)}`;

function countCompositions(n: number, categories: number): number {
  let result = 1;
  for (let index = 1; index < categories; index += 1) result = (result * (n + index)) / index;
  return Math.round(result);
}

function measure(title: string, populations: readonly Population[], tests: readonly { name: string; pValue: PValueOfSamples }[]): void {
  console.log(`\n### ${title}\n`);
  console.log(`| true population | n₁ vs n₂ | method | ${tests.map((test) => `${test.name} 5 % / 1 %`).join(' | ')} |`);
  console.log(`| --- | --- | --- | ${tests.map(() => '---').join(' | ')} |`);
  for (const [firstSize, secondSize] of SIZES) {
    const categories = populations[0]?.shares.length ?? 0;
    const pairs = countCompositions(firstSize, categories) * countCompositions(secondSize, categories);
    const started = Date.now();
    if (pairs <= MAX_ENUMERATED_PAIRS) {
      const results = tests.map((test) => getExactFalseAlarmRates(firstSize, secondSize, populations, ALPHAS, test.pValue));
      populations.forEach((population, index) => {
        const cells = results.map((result) => (result.rates[index] ?? []).map(percent).join(' / '));
        const missed = Math.max(...results.map((result) => result.missedProbability));
        console.log(`| ${population.label} | ${String(firstSize)} vs ${String(secondSize)} | exact${missed > 0 ? ` (±${missed.toExponential(0)})` : ''} | ${cells.join(' | ')} |`);
      });
    } else {
      populations.forEach((population, index) => {
        const cells = tests.map((test) => simulateFalseAlarmRates(firstSize, secondSize, population.shares, ALPHAS, test.pValue, SIMULATED_DRAWS, SEED + index).map((cell) => percent(cell.rate)).join(' / '));
        console.log(`| ${population.label} | ${String(firstSize)} vs ${String(secondSize)} | simulated, ${String(SIMULATED_DRAWS / 1000)}k draws (±0.2) | ${cells.join(' | ')} |`);
      });
    }
    console.error(`${title} ${String(firstSize)} vs ${String(secondSize)}: ${String(Date.now() - started)} ms`);
  }
}

measure('NPS', NPS_POPULATIONS, [
  { name: 'old plain Wald', pValue: plainWaldNpsPValue },
  { name: 'engine', pValue: engineNpsPValue },
]);
measure('Shares (e.g. CSAT top-2-box)', SHARE_POPULATIONS, [
  { name: 'pooled z alone', pValue: pooledZSharePValue },
  { name: 'engine', pValue: engineSharePValue },
]);
for (const points of [5, 7]) {
  measure(
    `Means, ${String(points)}-point scale`,
    MEAN_POPULATIONS.filter((population) => population.shares.length === points),
    [
      { name: 'Welch alone', pValue: welchOnlyMeanPValue },
      { name: 'engine', pValue: getEngineMeanPValue(points) },
    ],
  );
}
