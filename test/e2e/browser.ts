import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; test tools cannot download browsers here. The measuring scripts use it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The browser tests' Chromium: its headless shell (Debian's chromium-headless-shell, the same engine without the
 * browser's UI layer, which Playwright itself runs for headless tests) when installed: a new context, page and page
 * load took 0.78 s there against 1.03 s; otherwise CHROMIUM_PATH. TEST_CHROMIUM_PATH chooses another.
 */
export const TEST_CHROMIUM_PATH =
  process.env['TEST_CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Hold back every request for `url` from a page or a whole context, as a slow network would, until `release`;
 * `asked` lists the requests held (and let through after).
 */
export async function holdRequests(target: Page | BrowserContext, url: string | RegExp): Promise<{ readonly release: () => void; readonly asked: readonly string[] }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await target.route(url, async (route) => {
    asked.push(route.request().url());
    await held;
    await route.continue();
  });
  return { release: () => release(), asked };
}

/**
 * Wait until every island on the page has hydrated. A tool's island hydrates when the person first reaches for it
 * (client:first-use) unless it has saved data or a link to show: a pointer goes over each one first, as a person's
 * would, then the test waits as for any island (a guide's calculator hydrates when it comes into view). With
 * `exceptOutOfView`, those are not waited for, and a page without islands will do.
 */
export async function hydrateIslands(page: Page, { exceptOutOfView = false } = {}): Promise<void> {
  // One polled function (it outlasts a navigation, as a redirect page makes): a pointer over each island yet to hydrate.
  await page.waitForFunction((except) => {
    for (const island of document.querySelectorAll('astro-island[client="first-use"][ssr]')) island.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    const waiting = document.querySelectorAll(except ? 'astro-island[ssr]:not([client="visible"])' : 'astro-island[ssr]').length;
    return waiting === 0 && (except || document.querySelectorAll('astro-island').length > 0);
  }, exceptOutOfView);
}

/** What a page did that a test should fail on: uncaught errors (hydration included) and requests off this machine. */
export interface PageWatch {
  readonly errors: string[];
  readonly externalRequests: string[];
}

/**
 * Open a new page that records uncaught errors, console errors and every request to a host other than
 * 127.0.0.1, so no test passes while a page throws or phones home.
 */
export async function openWatchedPage(context: BrowserContext): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch: PageWatch = { errors: [], externalRequests: [] };
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    // A 404 page load is expected on the not-found test; everything else logged as an error is a failure.
    if (message.type() === 'error' && !message.text().includes('404')) watch.errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') watch.externalRequests.push(request.url());
  });
  return { page, watch };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Switch a loaded page to a colour scheme, with reduced motion so no transition is caught half-way.
 * Chromium sometimes keeps colours resolved through light-dark() from before an in-page switch (text stayed
 * light-theme grey on a dark background): hiding and showing the body makes it recompute every style.
 */
export async function emulateColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.evaluate(() => {
    document.body.style.display = 'none';
    void document.body.offsetHeight;
    document.body.style.display = '';
    void document.body.offsetHeight;
  });
}

/** The axe rules whose outcome depends on colours, the only thing a colour scheme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Run axe-core on the page for WCAG 2.x A/AA rules and return the serious and critical violations.
 *
 * @param rules `'colour'` runs only the rules that read colours: for the same state seen again in the other colour
 *   scheme, where the DOM is the same (a third of a full scan's time).
 */
export async function findSeriousA11yViolations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<AxeViolation[]> {
  // Evaluated through DevTools, which the page's content security policy does not govern: an inline <script> tag
  // (page.addScriptTag) would be refused, as it should be. Once per document: evaluating axe's 550 KB took
  // 0.3-0.6 s.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules === 'colour' ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Only violations are read: axe then skips building the details of every passed and inapplicable check.
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target as string[] })),
    }));
  }, runOnly);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
