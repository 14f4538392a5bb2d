import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import type { AnswerSet } from '../../src/lib/assessment/answer-set.ts';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { getQuestionIds } from '../../src/lib/assessment/questions-in-mode.ts';
import { findSeriousA11yViolations, hydrateIslands } from './browser';
import { useTestBrowser } from './test-browser';

// The content security policy with every page type and every tool in use: no violation may be reported, and a
// script injected into a page must be refused. Each page records the violations its document reports (the
// `securitypolicyviolation` event) from before any page script runs, and the console's CSP messages.

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

/** A 40 × 30 red PNG, as a photo to pick. */
const SMALL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAKUlEQVR4nO3NoQ0AAAwCMP5/ensBh2lS31wysVnFYrFYLBaLxWKxWFx5Pp2rjeB5c/4AAAAASUVORK5CYII=',
  'base64',
);

interface Watched {
  readonly page: Page;
  /** Console messages about the content security policy, over every document the page loaded. */
  readonly cspMessages: string[];
  /** URLs of the workers the page started. */
  readonly workers: string[];
}

type ViolationWindow = Window & { __cspViolations?: string[] };

/** Runs in every document before its own scripts: keeps what each reported violation says. */
function recordViolations(): void {
  const violations: string[] = [];
  (window as ViolationWindow).__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.effectiveDirective} refused ${event.blockedURI || 'an inline item'} (${event.sample})`);
  });
}

async function openContext(): Promise<BrowserContext> {
  const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await context.addInitScript(recordViolations);
  return context;
}

function watch(page: Page): Watched {
  const watched: Watched = { page, cspMessages: [], workers: [] };
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) watched.cspMessages.push(message.text());
  });
  page.on('worker', (worker) => watched.workers.push(worker.url()));
  return watched;
}

/** A watched page (uncaught errors fail the test) in a fresh context, opened at `path`, islands hydrated. */
async function open(path: string, context?: BrowserContext): Promise<Watched> {
  const page = await testBrowser.newPage(context ?? (await openContext()));
  const watched = watch(page);
  await goTo(watched, path);
  return watched;
}

async function goTo({ page }: Watched, path: string): Promise<void> {
  await page.goto(path.startsWith('http') ? path : `${baseUrl}${path}`);
  await hydrateIslands(page, { exceptOutOfView: true });
}

/** No violation in the current document, and no CSP message in the console of any document so far. */
async function expectNoViolations({ page, cspMessages }: Watched, where: string): Promise<void> {
  // Reports are queued as tasks: let the last ones arrive.
  await page.waitForTimeout(100);
  const violations = await page.evaluate(() => (window as ViolationWindow).__cspViolations);
  expect(violations, `violations recorded on ${where}`).toEqual([]);
  expect(cspMessages, `CSP messages in the console up to ${where}`).toEqual([]);
}

async function readPolicy(page: Page): Promise<string> {
  const metas = page.locator('meta[http-equiv="content-security-policy"]');
  await expect(metas.count()).resolves.toBe(1);
  return (await metas.getAttribute('content')) ?? '';
}

async function download(page: Page, buttonName: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).first().click()]);
  return file.suggestedFilename();
}

/**
 * Paste over 100,000 characters of 0–10 answers into the NPS calculator, which reads them in its worker
 * (src/workers/parse-scores.worker.ts), and wait for the result. A real paste event, as the score calculator test
 * sends: the island takes a long paste from the event, not from the box.
 */
async function pasteLargeNpsAnswers(watched: Watched): Promise<void> {
  await watched.page.evaluate(() => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', '0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n'.repeat(6000));
    const box = document.querySelector('textarea');
    box?.focus();
    box?.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  await watched.page.getByTestId('nps-value').waitFor({ timeout: 30_000 });
  expect(watched.workers.some((url) => /parse-scores\.worker/.test(url)), 'the paste was read in the worker').toBe(true);
}

/** The headers public/_headers asks a host to add to every response (its `/*` block; the README's "Headers for your host"). */
function readHostHeaders(): Record<string, string> {
  const lines = readFileSync('public/_headers', 'utf8').split('\n');
  const start = lines.indexOf('/*');
  const end = lines.findIndex((line, index) => index > start && /^\S/.test(line));
  const block = lines.slice(start + 1, end === -1 ? undefined : end);
  const headers = block.filter((line) => /^\s+\S/.test(line)).map((line) => line.trim().split(/:\s*/, 2));
  return Object.fromEntries(headers.map(([name = '', value = '']) => [name.toLowerCase(), value]));
}

/** The share link a calculator copies to the clipboard. */
async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy share link' }).first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#c=');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Every kind of page, with an island's hydration waited for where there is one. */
const PAGES = [
  '/',
  '/guides/',
  '/guides/net-promoter-score/',
  '/guides/tags/accessibility/',
  '/glossary/',
  '/tools/',
  '/tools/nps/',
  '/tools/csat/',
  '/tools/ces/',
  '/tools/churn-retention/',
  '/tools/clv/',
  '/tools/personas/',
  '/tools/journey-map/',
  '/tools/survey/',
  '/assessment/',
  '/assessment/team/',
  '/search/',
  '/no-such-page/',
];

// Each test walks a whole tool through several pages: two minutes each holds on a busy two-core machine.
describe('the content security policy in Chromium', { timeout: 120_000 }, () => {
  it('is on every page type, strict for scripts, with no-referrer, and nothing on any page breaks it', async () => {
    const watched = await open('/');
    for (const path of PAGES) {
      await goTo(watched, path);
      const policy = await readPolicy(watched.page);
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "img-src 'self' data: blob:", "worker-src 'self'"]) {
        expect(policy, path).toContain(directive);
      }
      expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, path).not.toContain('unsafe-inline');
      await expect(watched.page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe('no-referrer');
      await expectNoViolations(watched, path);
    }
    // Eighteen pages, one after another: more than the default minute on a busy machine.
  }, 180_000);

  it('refuses an injected inline script, inline event handler and style attribute, and reports each', async () => {
    const context = await openContext();
    // Not a watched page: the refusals this test provokes are logged as console errors.
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tools/nps/`);
    const outcome = await page.evaluate(async () => {
      const state = window as ViolationWindow & { __injected?: number };
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," alt="" onerror="window.__injected = 2"><p id="styled" style="color: rgb(255, 0, 0)">x</p>';
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        injected: state.__injected,
        colour: getComputedStyle(document.getElementById('styled') as HTMLElement).color,
        violations: state.__cspViolations ?? [],
      };
    });
    expect(outcome.injected, 'no injected code ran').toBeUndefined();
    expect(outcome.colour).not.toBe('rgb(255, 0, 0)');
    expect(outcome.violations.map((violation) => violation.split(' ')[0]).sort()).toEqual(['script-src-attr', 'script-src-elem', 'style-src-attr']);
  });

  it('with the headers a host is asked to add, search and the calculator worker still work, and no page can be framed', async () => {
    const hostHeaders = readHostHeaders();
    expect(Object.keys(hostHeaders).sort()).toEqual(['content-security-policy', 'referrer-policy', 'x-content-type-options']);
    const context = await openContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...hostHeaders } });
    });
    const watched = await open('/tools/nps/', context);
    const { page } = watched;
    await pasteLargeNpsAnswers(watched);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.locator('input').first().waitFor();
    await expect.poll(() => dialog.locator('input').first().evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('journey');
    await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await expectNoViolations(watched, 'the NPS page with the host headers');

    // frame-ancestors 'none': a page that frames the site gets nothing from it. (Not a watched page: Chromium
    // logs the refusal as an error.)
    const framer = await context.newPage();
    await framer.goto(`${baseUrl}/robots.txt`);
    await framer.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    }, `${baseUrl}/guides/`);
    await framer.waitForTimeout(1000);
    const framed = framer.frames().find((frame) => frame !== framer.mainFrame());
    expect(framed, 'the frame exists').toBeDefined();
    const showsSite = await framed?.evaluate(() => document.querySelector('main#main') !== null).catch(() => false);
    expect(showsSite, 'the framed page shows nothing of the site').toBe(false);
  });

  it('the theme toggle and the search dialog work, with Pagefind’s WebAssembly in its worker and on the page', async () => {
    const watched = await open('/guides/');
    const { page } = watched;
    const before = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    await page.locator('[data-theme-toggle]').first().click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(before ? 'light' : 'dark');

    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.locator('input').first().waitFor();
    await expect.poll(() => dialog.locator('input').first().evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('churn');
    await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    expect(watched.workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js')), 'Pagefind searched in its worker').toBe(true);
    await expectNoViolations(watched, 'the search dialog');
    await expect(findSeriousA11yViolations(page)).resolves.toEqual([]);

    // Pagefind falls back to the page when its worker cannot start: WebAssembly must compile there too.
    await goTo(watched, '/glossary/');
    // A string, not a function: vitest would rewrite a dynamic import() inside a function it compiles.
    const found = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const search = await pagefind.search('churn');
      return search.results.length;
    })()`);
    expect(found).toBeGreaterThan(0);
    await expectNoViolations(watched, 'Pagefind on the page');

    await goTo(watched, '/search/?q=journey');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await expectNoViolations(watched, 'the search page');
  });

  it('the NPS, CSAT and CES calculators read a large paste in their worker, share and download', async () => {
    const watched = await open('/tools/nps/');
    const { page } = watched;
    await pasteLargeNpsAnswers(watched);
    await expect(download(page, 'Download CSV')).resolves.toMatch(/\.csv$/);
    const link = await copyShareLink(page);
    await expectNoViolations(watched, 'the NPS calculator');
    await goTo(watched, link);
    await page.getByTestId('nps-value').waitFor();
    await expectNoViolations(watched, 'an NPS share link');

    await goTo(watched, '/tools/csat/');
    await page.locator('textarea').first().fill('5\n4\n4\n2\n3\n');
    await page.getByTestId('csat-value').waitFor();
    await expectNoViolations(watched, 'the CSAT calculator');

    await goTo(watched, '/tools/ces/');
    await page.locator('textarea').first().fill('7\n6\n5\n2\n');
    await page.getByTestId('ces-value').waitFor();
    await expectNoViolations(watched, 'the CES calculator');

    // The guide embeds the calculator, hydrated when scrolled to.
    await goTo(watched, '/guides/net-promoter-score/');
    await page.locator('astro-island').first().scrollIntoViewIfNeeded();
    await page.getByTestId('nps-value').waitFor();
    await expectNoViolations(watched, 'the NPS guide with its calculator');
  });

  it('the churn and CLV calculators work out, download and share', async () => {
    const watched = await open('/tools/churn-retention/');
    const { page } = watched;
    await page.getByRole('button', { name: 'Use the worked example' }).click();
    await page.getByRole('region', { name: 'Results' }).locator('dl.stat-grid').first().waitFor();
    await expect(download(page, 'Download CSV')).resolves.toBe('churn-and-retention.csv');
    const link = await copyShareLink(page);
    await expectNoViolations(watched, 'the churn calculator');
    await goTo(watched, link);
    await page.getByText('The figures from the share link are filled in below.').waitFor();
    await expectNoViolations(watched, 'a churn share link');

    await goTo(watched, '/tools/clv/');
    await page.getByRole('button', { name: 'Use the worked example' }).click();
    await page.getByRole('region', { name: 'Results' }).locator('.results__value').waitFor();
    await expect(download(page, 'Download CSV')).resolves.toMatch(/\.csv$/);
    await expectNoViolations(watched, 'the CLV calculator');
  });

  it('the persona builder takes a photo, exports and opens a share link', async () => {
    const watched = await open('/tools/personas/');
    const { page } = watched;
    await page.getByRole('button', { name: 'Busy B2C shopper', exact: true }).click();
    await page.getByRole('form').waitFor();
    // The photo is kept as a data: URL and shown through img-src.
    await page.getByLabel('Photo (optional)').setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: SMALL_PNG });
    await page.locator('.pb-avatar-field img').waitFor();
    await expect(page.locator('.pb-avatar-field img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).resolves.toBeGreaterThan(0);
    await expect(download(page, 'Export JSON')).resolves.toMatch(/\.json$/);
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('input[readonly]')].some((input) => (input as HTMLInputElement).value.includes('#share=')));
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await expectNoViolations(watched, 'the persona builder');
    await goTo(watched, link);
    await page.getByRole('heading', { name: 'A persona shared with you' }).waitFor();
    await expectNoViolations(watched, 'a persona share link');
  });

  it('the journey map builder switches paper size, exports and opens a share link', async () => {
    const watched = await open('/tools/journey-map/');
    const { page } = watched;
    await page.locator('.jm-loading').waitFor({ state: 'detached' });
    await page.getByRole('radio', { name: /^Service complaint/ }).check();
    await page.getByLabel('Persona name').fill('Pat');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.locator('#jm-view-heading').waitFor();
    // The builder's own <style> element for the paper size is allowed by hash, A4 and A3 alike.
    await page.getByLabel('Paper (landscape)').selectOption('A3');
    await expect(page.locator('.jm style').textContent()).resolves.toContain('A3 landscape');
    await expect(download(page, 'Download Markdown')).resolves.toMatch(/\.md$/);
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link = await page.getByLabel(/^Share link/).inputValue();
    await expectNoViolations(watched, 'the journey map builder');
    await goTo(watched, link);
    await page.getByRole('heading', { name: 'A journey map was shared with you' }).waitFor();
    await expectNoViolations(watched, 'a journey map share link');
  });

  it('the survey workbench reads an export in its worker, charts and downloads, reads the comments, and opens both kinds of link', async () => {
    const watched = await open('/tools/survey/');
    const { page } = watched;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const exportFile = readFileSync('test/fixtures/comments/typeform-comments.csv');
    await page.locator('input[type=file]').first().setInputFiles({ name: 'typeform-comments.csv', mimeType: 'text/csv', buffer: exportFile });
    await expect.poll(() => page.locator('.survey-workbench__headline').innerText(), { timeout: 30_000 }).toContain('240 answers');
    await page.getByLabel('Segment (plan, region, channel…)').selectOption({ label: 'Which plan are you on? (e.g. Basic)' });
    const segments = page.locator('section[aria-labelledby="survey-segments"]');
    await segments.waitFor({ timeout: 15_000 });
    await expect(download(page, 'Download CSV')).resolves.toMatch(/\.csv$/);
    await expect(download(page, 'Download Markdown')).resolves.toMatch(/\.md$/);
    // The chart as a picture: its SVG drawn on a canvas through an image (img-src data: blob:).
    const [png] = await Promise.all([page.waitForEvent('download'), segments.getByRole('button', { name: /Download PNG/ }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#s=');
    const analysisLink = await page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole('button', { name: 'Read the comments' }).click();
    await page.getByRole('heading', { name: 'What customers are saying' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Theme name').fill('Refunds');
    await page.getByLabel('Rules, one per line').fill('refund*');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await page.getByRole('button', { name: 'Copy codebook link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#k=');
    const codebookLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(watched.workers.some((url) => /parse-scores\.worker/.test(url)), 'the export was read in the worker').toBe(true);
    await expectNoViolations(watched, 'the survey workbench and its comments view');

    // Each link in a fresh browser, as the person it was sent to opens it.
    const analysis = await open(analysisLink);
    await analysis.page.getByText('You are looking at an analysis someone shared').waitFor({ timeout: 15_000 });
    await expectNoViolations(analysis, 'a survey analysis link');
    const codebook = await open(codebookLink);
    await codebook.page.getByText(/Opened a shared codebook/).waitFor({ timeout: 30_000 });
    await expectNoViolations(codebook, 'a codebook link');
  });

  it('the assessment opens a share link, imports, downloads, and the team page combines links', async () => {
    const makeLink = (offset: number): string => {
      const ids = getQuestionIds(QUESTION_BANK, 'full');
      const answers = Object.fromEntries(ids.map((id, index) => [id, { kind: 'level' as const, level: (((index + offset) % 5) + 1) as 1 | 2 | 3 | 4 | 5 }]));
      const answerSet: AnswerSet = { bankVersion: QUESTION_BANK.version, mode: 'full', answers };
      return `${baseUrl}/assessment/#r=${encodeShareCode(QUESTION_BANK, answerSet)}`;
    };
    const link = makeLink(0);
    const watched = await open('/assessment/');
    const { page } = watched;
    await goTo(watched, link);
    await page.getByRole('heading', { name: 'Shared results' }).waitFor();
    await page.getByRole('button', { name: 'Import as my assessment' }).click();
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    await expect(download(page, 'Download CSV')).resolves.toMatch(/\.csv$/);
    await expectNoViolations(watched, 'the assessment results');

    await goTo(watched, '/assessment/team/');
    await page.getByLabel('Share links or codes').fill(`${link}\n${makeLink(2)}`);
    await page.getByRole('button', { name: 'Add from links' }).click();
    await page.getByRole('heading', { name: 'Respondents (2)' }).waitFor();
    await expectNoViolations(watched, 'the team page');
  });
});
