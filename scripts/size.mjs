// Prints the JavaScript and CSS each page type downloads, raw and gzipped, from the built site in dist/.
// Follows every script a page loads: inline scripts, <script src>, island component and renderer modules,
// and the static and dynamic imports inside them. Pagefind's files are counted apart: they load only when
// search opens. Usage: npm run build && npm run size
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.DIST ?? 'dist';
const PAGE_TYPES = [
  ['home', '/'],
  ['guides index', '/guides/'],
  ['guide', '/guides/what-is-customer-experience/'],
  ['guide with a calculator', '/guides/net-promoter-score/'],
  ['tag page', '/guides/tags/customer-journey/'],
  ['glossary', '/glossary/'],
  ['tools index', '/tools/'],
  ['NPS calculator', '/tools/nps/'],
  ['CSAT calculator', '/tools/csat/'],
  ['CES calculator', '/tools/ces/'],
  ['survey workbench', '/tools/survey/'],
  ['churn and retention', '/tools/churn-retention/'],
  ['CLV calculator', '/tools/clv/'],
  ['assessment', '/assessment/'],
  ['team assessment', '/assessment/team/'],
  ['persona builder', '/tools/personas/'],
  ['journey map', '/tools/journey-map/'],
  ['search page', '/search/'],
  ['404', '/404.html'],
];

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;
const byteSize = (text) => Buffer.byteLength(text);

function fileForPath(sitePath) {
  const file = sitePath.endsWith('.html') ? join(DIST, sitePath) : join(DIST, sitePath, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Every JS module reachable from an entry URL through static and dynamic imports. */
function collectModules(entryUrl, seen) {
  if (seen.has(entryUrl) || entryUrl.startsWith('/pagefind/')) return;
  const file = join(DIST, entryUrl);
  if (!existsSync(file)) return;
  seen.add(entryUrl);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    collectModules(posix.join(posix.dirname(entryUrl), match[1]), seen);
  }
}

function measurePage(sitePath) {
  const file = fileForPath(sitePath);
  if (!file) return undefined;
  const html = readFileSync(file, 'utf8');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .filter((code) => code.trim().length > 0 && !code.includes('application/ld+json'));
  const modules = new Set();
  const urls = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  for (const url of urls) if (url.startsWith('/')) collectModules(url, modules);
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const styleSheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((url) => !url.startsWith('/pagefind/') && existsSync(join(DIST, url)))
    .map((url) => readFileSync(join(DIST, url), 'utf8'));
  const jsTexts = [...inlineScripts, ...[...modules].map((url) => readFileSync(join(DIST, url), 'utf8'))];
  const cssTexts = [...inlineStyles, ...styleSheets];
  return {
    inlineJs: inlineScripts.reduce((sum, code) => sum + byteSize(code), 0),
    jsRaw: jsTexts.reduce((sum, text) => sum + byteSize(text), 0),
    jsGzip: jsTexts.reduce((sum, text) => sum + gzipSize(text), 0),
    cssRaw: cssTexts.reduce((sum, text) => sum + byteSize(text), 0),
    cssGzip: cssTexts.reduce((sum, text) => sum + gzipSize(text), 0),
    modules: modules.size,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
for (const [name, path] of PAGE_TYPES) {
  const size = measurePage(path);
  if (size) rows.push({ 'page type': name, path, ...size });
}
console.log('JavaScript and CSS per page type (what a reader downloads; Pagefind counted separately)\n');
console.table(
  rows.map((row) => ({
    'page type': row['page type'],
    'JS raw': kb(row.jsRaw),
    'JS gzip': kb(row.jsGzip),
    'inline JS': `${row.inlineJs} B`,
    'JS modules': row.modules,
    'CSS raw': kb(row.cssRaw),
    'CSS gzip': kb(row.cssGzip),
  })),
);

const pagefindDir = join(DIST, 'pagefind');
if (existsSync(pagefindDir)) {
  const ui = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind.js'].filter((name) => existsSync(join(pagefindDir, name)));
  console.log('\nLoaded only when search opens:');
  for (const name of ui) {
    const text = readFileSync(join(pagefindDir, name));
    console.log(`  ${name}: ${kb(text.length)} raw, ${kb(gzipSync(text).length)} gzip`);
  }
}

const homeHtml = readFileSync(join(DIST, 'index.html'), 'utf8');
const inlineScript = (marker) =>
  [...homeHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1].trim()).find((code) => code.includes(marker));
const themeScript = inlineScript('touchpoint:theme');
const searchLoader = inlineScript('pagefind-ui.js');
if (themeScript) console.log(`\nInline theme script: ${byteSize(themeScript)} B raw, ${gzipSize(themeScript)} B gzip (budget: under 1024 B)`);
if (searchLoader) console.log(`Inline search loader: ${byteSize(searchLoader)} B raw, ${gzipSize(searchLoader)} B gzip (only listens until search opens)`);
const offlineScript = inlineScript('serviceWorker');
if (offlineScript) console.log(`Inline offline script: ${byteSize(offlineScript)} B raw, ${gzipSize(offlineScript)} B gzip (registers the service worker after load)`);
const serviceWorker = join(DIST, 'sw.js');
if (existsSync(serviceWorker)) {
  const text = readFileSync(serviceWorker);
  console.log(`Service worker (loaded by the browser in the background, never by a page): ${kb(text.length)} raw, ${kb(gzipSync(text).length)} gzip`);
}
