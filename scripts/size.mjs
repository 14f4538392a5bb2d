// Prints the JavaScript and CSS each page type downloads from the built site in dist/, and fails (exit 1) when a
// page type is over its budget in size-budgets.json, naming the page and the bytes.
//   - JS before interaction: inline scripts, <script src>, the component and renderer modules of islands that hydrate
//     at load (or in view) and everything they import statically: what loads before the reader does anything.
//     Brotli, each file compressed alone, as a host serves them. This is the budgeted figure of issue 17.
//   - JS on first use: the same plus the modules of islands that hydrate when first used (client:first-use, a
//     fresh visit to a tool page): what the tool needs once the reader reaches for it. Budgeted too, so it cannot
//     grow unnoticed either.
//   - JS in all: the same plus every dynamic import reachable from them (code loaded on a paste, a file, a click).
//   - CSS: inline <style> and stylesheets, brotli.
// Pagefind's files are counted apart: they load only when search opens. Usage: npm run build && npm run size
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { HEAD_SCRIPT, OFFLINE_SCRIPT, SEARCH_LOADER_SCRIPT, THEME_SCRIPT } from '../src/components/site/head-scripts.ts';

const DIST = process.env.DIST ?? 'dist';
const PAGE_TYPES = [
  ['home', '/'],
  ['guides index', '/guides/'],
  ['guide', '/guides/what-is-customer-experience/'],
  ['guide with a calculator', '/guides/net-promoter-score/'],
  ['tag page', '/guides/tags/metrics/'],
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
const brotliSize = (text) => brotliCompressSync(text).length;
const byteSize = (text) => Buffer.byteLength(text);

function fileForPath(sitePath) {
  const file = sitePath.endsWith('.html') ? join(DIST, sitePath) : join(DIST, sitePath, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Static imports (`import "./x.js"`, `from "./x.js"`), and with them dynamic ones (rolldown writes ``import(`./x.js`)``). */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
const ANY_IMPORT = /(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/** Every JS module reachable from an entry URL through `pattern`'s imports. */
function collectModules(entryUrl, seen, pattern) {
  if (seen.has(entryUrl) || entryUrl.startsWith('/pagefind/')) return;
  const file = join(DIST, entryUrl);
  if (!existsSync(file)) return;
  seen.add(entryUrl);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(pattern)) collectModules(posix.join(posix.dirname(entryUrl), match[1]), seen, pattern);
}

function measurePage(sitePath) {
  const file = fileForPath(sitePath);
  if (!file) return undefined;
  const html = readFileSync(file, 'utf8');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .filter((code) => code.trim().length > 0 && !code.includes('application/ld+json'));
  const modules = new Set();
  const initialModules = new Set();
  const firstUseModules = new Set();
  const islandUrls = (tag) => [...tag.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const firstUse = islands.filter((tag) => tag.includes('client="first-use"'));
  const urls = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...islands.filter((tag) => !firstUse.includes(tag)).flatMap(islandUrls),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  for (const url of [...urls, ...firstUse.flatMap(islandUrls)]) {
    if (!url.startsWith('/')) continue;
    collectModules(url, modules, ANY_IMPORT);
    collectModules(url, firstUseModules, STATIC_IMPORT);
    if (urls.includes(url)) collectModules(url, initialModules, STATIC_IMPORT);
  }
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const styleSheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((url) => !url.startsWith('/pagefind/') && existsSync(join(DIST, url)))
    .map((url) => readFileSync(join(DIST, url), 'utf8'));
  const read = (url) => readFileSync(join(DIST, url), 'utf8');
  const jsTexts = [...inlineScripts, ...[...modules].map(read)];
  const initialJsTexts = [...inlineScripts, ...[...initialModules].map(read)];
  const firstUseJsTexts = [...inlineScripts, ...[...firstUseModules].map(read)];
  const cssTexts = [...inlineStyles, ...styleSheets];
  const sum = (texts, size) => texts.reduce((total, text) => total + size(text), 0);
  return {
    initialJsBrotli: sum(initialJsTexts, brotliSize),
    firstUseJsBrotli: firstUse.length > 0 ? sum(firstUseJsTexts, brotliSize) : undefined,
    jsBrotli: sum(jsTexts, brotliSize),
    cssBrotli: sum(cssTexts, brotliSize),
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
console.log('JavaScript and CSS per page type (what a reader downloads, brotli unless said; Pagefind counted separately)\n');
console.table(
  rows.map((row) => ({
    'page type': row['page type'],
    'JS before interaction': kb(row.initialJsBrotli),
    'JS on first use': row.firstUseJsBrotli === undefined ? '' : kb(row.firstUseJsBrotli),
    'JS in all': kb(row.jsBrotli),
    'JS in all, gzip': kb(row.jsGzip),
    'inline JS raw': `${row.inlineJs} B`,
    'JS modules': row.modules,
    CSS: kb(row.cssBrotli),
  })),
);

// Budgets (size-budgets.json): each page type's ceiling is enforced, so no page grows unnoticed; its group's target
// is where issue 17 wants it, printed beside it until met (then the ceiling comes down to the target).
const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const overs = [];
console.log('\nBudgets, KB brotli (ceiling enforced; target printed):');
for (const row of rows) {
  const group = budgets.pageTypes[row['page type']];
  if (!group || !budgets.targets[group.group]) {
    overs.push(`${row['page type']} (${row.path}) has no budget in size-budgets.json`);
    continue;
  }
  const target = budgets.targets[group.group];
  for (const [label, bytes, ceiling, targetKb] of [
    ['JS before interaction', row.initialJsBrotli, group.jsCeiling, target.js],
    ...(row.firstUseJsBrotli === undefined ? [] : [['JS on first use', row.firstUseJsBrotli, group.firstUseCeiling, undefined]]),
    ['CSS', row.cssBrotli, group.cssCeiling, target.css],
  ]) {
    const value = bytes / 1024;
    if (ceiling === undefined) {
      overs.push(`${row['page type']} (${row.path}): ${label} has no ceiling in size-budgets.json`);
      continue;
    }
    const verdict =
      value > ceiling ? 'OVER CEILING' : targetKb === undefined ? `within its ceiling of ${String(ceiling)}` : value > targetKb ? `within its ceiling of ${String(ceiling)}; target ${String(targetKb)} missed` : `target ${String(targetKb)} met`;
    console.log(`  ${row['page type'].padEnd(24)} ${label.padEnd(22)} ${value.toFixed(1).padStart(6)}  ${verdict}`);
    if (value > ceiling) overs.push(`${row['page type']} (${row.path}): ${label} is ${String(bytes)} B brotli, over its ${String(ceiling)} KB ceiling`);
  }
}

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
// The site's own head scripts are one inline script (src/components/site/head-scripts.ts): its parts' sizes from
// their sources, the whole as the built page holds it.
if (homeHtml.includes(HEAD_SCRIPT)) {
  console.log(`\nInline head script: ${byteSize(HEAD_SCRIPT)} B raw, ${brotliSize(HEAD_SCRIPT)} B brotli, as one script; its parts, raw:`);
  console.log(`  theme ${byteSize(THEME_SCRIPT)} B (budget: under 1024 B), search loader ${byteSize(SEARCH_LOADER_SCRIPT)} B (only listens until search opens), offline ${byteSize(OFFLINE_SCRIPT)} B (registers the service worker after load)`);
  if (byteSize(THEME_SCRIPT) >= 1024) overs.push(`the inline theme script is ${String(byteSize(THEME_SCRIPT))} B, over its 1024 B budget`);
} else {
  overs.push('the home page does not hold the head script of src/components/site/head-scripts.ts');
}
const serviceWorker = join(DIST, 'sw.js');
if (existsSync(serviceWorker)) {
  const text = readFileSync(serviceWorker);
  console.log(`Service worker (loaded by the browser in the background, never by a page): ${kb(text.length)} raw, ${kb(gzipSync(text).length)} gzip`);
}

if (overs.length > 0) {
  console.error(`\nOver budget:\n${overs.map((line) => `  ${line}`).join('\n')}`);
  process.exitCode = 1;
}
