import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emulateColorScheme, findSeriousA11yViolations, launchBrowser, openWatchedPage, type AxeViolation } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** One page of every type the site has. */
const PAGES = [
  ['home', '/'],
  ['guides index', '/guides/'],
  ['guide', '/guides/what-is-customer-experience/'],
  ['guide with an SVG figure, heuristic markers and a limits box', '/guides/touchpoints-and-journey-mapping/'],
  ['tag page', '/guides/tags/journey-mapping/'],
  ['glossary', '/glossary/'],
  ['tools index', '/tools/'],
  ['search page', '/search/?q=customer'],
  ['404', '/no-such-page/'],
  // Every method guide: each carries a figure (an inline SVG) made for it, whose colours follow the theme.
  ...readdirSync(new URL('../../content/guides/', import.meta.url))
    .filter((file) => file.endsWith('.mdx') && /^method: true$/m.test(readFileSync(new URL(`../../content/guides/${file}`, import.meta.url), 'utf8')))
    .map((file) => [`method guide with its figure`, `/guides/${file.replace(/\.mdx$/, '')}/`] as const),
] as const;

/**
 * The serious or critical violations on a page opened in the dark scheme (every rule), then switched to the light one
 * (the rules that read colours: nothing else changes with the scheme). Other browser tests open pages in light
 * and switch to dark, so both ways of arriving at a scheme are covered.
 */
async function findViolationsInBothSchemes(page: Page): Promise<{ dark: AxeViolation[]; light: AxeViolation[] }> {
  const dark = await findSeriousA11yViolations(page);
  await emulateColorScheme(page, 'light');
  return { dark, light: await findSeriousA11yViolations(page, 'colour') };
}

describe('axe-core in the dark theme and the light one', () => {
  it.each(PAGES)('%s (%s) has no serious or critical violation', async (_name, path) => {
    const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block' });
    const { page, watch } = await openWatchedPage(context);
    await page.goto(`${baseUrl}${path}`);
    if (path.startsWith('/search/')) await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    const violations = await findViolationsInBothSchemes(page);
    await context.close();
    expect(violations).toEqual({ dark: [], light: [] });
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('the open search dialog with results has no serious or critical violation', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block' });
    const { page, watch } = await openWatchedPage(context);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: /Search/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.locator('input').waitFor();
    await dialog.locator('input').fill('journey');
    await dialog.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    const violations = await findViolationsInBothSchemes(page);
    await context.close();
    expect(violations).toEqual({ dark: [], light: [] });
    expect(watch.errors).toEqual([]);
  });

  it('a guide’s wide tables on a 320 px screen scroll from the keyboard, in boxes named after them', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block', viewport: { width: 320, height: 800 } });
    const { page, watch } = await openWatchedPage(context);
    await page.goto(`${baseUrl}/guides/cx-maturity/`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    // The table wider than the screen: Tab reaches its box, and the arrow key scrolls it.
    const wide = page.getByRole('region', { name: /^Table: / }).filter({ has: page.locator('table') });
    const index = await wide.evaluateAll((boxes) => boxes.findIndex((box) => box.scrollWidth > box.clientWidth + 20));
    expect(index).toBeGreaterThanOrEqual(0);
    const box = wide.nth(index);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const violations = await findViolationsInBothSchemes(page);
    await context.close();
    expect(violations).toEqual({ dark: [], light: [] });
    expect(watch.errors).toEqual([]);
  });
});
