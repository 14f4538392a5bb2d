// Runs Lighthouse (mobile settings, Node 24, Debian's Chromium) on the built site and prints the four
// category scores per page. Usage: npm run build && npm run lighthouse [-- /path/ /other/]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';

const run = promisify(execFile);
const LIGHTHOUSE_VERSION = '13.5.0';
const CHROME_FLAGS = CHROMIUM_ARGS.join(' ');
const DEFAULT_PAGES = ['/', '/guides/what-is-customer-experience/'];
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PAGES;

const { url, server } = await startStaticServer('dist');
mkdirSync('.lighthouse', { recursive: true });
const rows = [];
try {
  for (const path of pages) {
    const output = `.lighthouse/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`;
    // Async on purpose: the static server runs in this process and must keep answering Lighthouse.
    await run(
      'npx',
      ['--yes', `lighthouse@${LIGHTHOUSE_VERSION}`, `${url}${path}`, `--chrome-flags=${CHROME_FLAGS}`, '--output=json', `--output-path=${output}`, '--quiet', '--form-factor=mobile'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    rows.push({
      page: path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      SEO: score('seo'),
      LCP: report.audits['largest-contentful-paint']?.displayValue,
      TBT: report.audits['total-blocking-time']?.displayValue,
      CLS: report.audits['cumulative-layout-shift']?.displayValue,
    });
  }
} finally {
  server.close();
}
console.log(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile emulation (reports in .lighthouse/)`);
console.table(rows);
