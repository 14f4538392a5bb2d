// Runs Lighthouse (mobile preset, Node 24, Debian's Chromium) three times on each page type of the built site,
// served brotli-compressed as a host would, and prints every run and the median per page type against issue
// 17's goals: performance >= 98, TBT <= 150 ms, CLS 0, and 100 for accessibility, best practices and SEO.
// Run it on an idle machine: Lighthouse's simulated throttling multiplies whatever else the CPU is doing.
// On a React page part of the TBT is Lighthouse's own: with its inspector attached, evaluating react-dom makes V8
// collect source positions for the errors React creates at load (about 45 ms of main thread here, under 5 ms with
// no inspector attached, as a reader's browser runs it). See the closing note of the session that found it.
//   npm run build && npm run lighthouse [-- /path/ /other/]
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';

const run = promisify(execFile);
const LIGHTHOUSE_VERSION = '13.5.0';
const RUNS = 3;
const CHROME_FLAGS = CHROMIUM_ARGS.join(' ');
// Every page type of issue 17: home, guides index, a guide, glossary, tools index, each calculator, the survey
// workbench, personas, journey map, assessment and team.
const PAGE_TYPES = [
  '/', '/guides/', '/guides/what-is-customer-experience/', '/glossary/', '/tools/', '/tools/nps/', '/tools/csat/', '/tools/ces/',
  '/tools/churn-retention/', '/tools/clv/', '/tools/survey/', '/tools/personas/', '/tools/journey-map/', '/assessment/', '/assessment/team/',
];
const GOALS = { performance: 98, accessibility: 100, 'best practices': 100, SEO: 100, tbtMs: 150, cls: 0 };
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : PAGE_TYPES;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { url, server } = await startStaticServer(process.env.DIST ?? 'dist', { compress: true });
mkdirSync('.lighthouse', { recursive: true });
console.log(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset, ${String(RUNS)} runs per page; load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
const medians = [];
try {
  for (const path of pages) {
    const runs = [];
    for (let attempt = 1; attempt <= RUNS; attempt += 1) {
      const output = `.lighthouse/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${String(attempt)}.json`;
      // Async on purpose: the static server runs in this process and must keep answering Lighthouse.
      await run(
        'npx',
        ['--yes', `lighthouse@${LIGHTHOUSE_VERSION}`, `${url}${path}`, `--chrome-flags=${CHROME_FLAGS}`, '--output=json', `--output-path=${output}`, '--quiet', '--form-factor=mobile'],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(readFileSync(output, 'utf8'));
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const result = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        SEO: score('seo'),
        tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? Number.NaN),
        cls: Number((report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
        lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      };
      runs.push(result);
      console.log(`${path} run ${String(attempt)}: ${JSON.stringify(result)}`);
    }
    const row = { page: path };
    for (const key of Object.keys(runs[0])) row[key] = median(runs.map((result) => result[key]));
    const misses = [
      row.performance < GOALS.performance && 'performance',
      row.accessibility < GOALS.accessibility && 'accessibility',
      row['best practices'] < GOALS['best practices'] && 'best practices',
      row.SEO < GOALS.SEO && 'SEO',
      row.tbtMs > GOALS.tbtMs && 'TBT',
      row.cls > GOALS.cls && 'CLS',
    ].filter(Boolean);
    row.goals = misses.length === 0 ? 'met' : `missed: ${misses.join(', ')}`;
    medians.push(row);
  }
} finally {
  server.close();
}
console.log(`\nMedian of ${String(RUNS)} runs per page (reports in .lighthouse/); goals: performance >= 98, TBT <= 150 ms, CLS 0, 100 for the rest`);
console.table(medians);
