import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findSeriousA11yViolations, launchBrowser, openWatchedPage } from './browser';

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

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  it.each(PAGES)('%s (%s) has no serious or critical violation', async (_name, path) => {
    const context = await browser.newContext({ colorScheme, serviceWorkers: 'block' });
    const { page, watch } = await openWatchedPage(context);
    await page.goto(`${baseUrl}${path}`);
    if (path.startsWith('/search/')) await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    const violations = await findSeriousA11yViolations(page);
    await context.close();
    expect(violations).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('the open search dialog with results has no serious or critical violation', async () => {
    const context = await browser.newContext({ colorScheme, serviceWorkers: 'block' });
    const { page, watch } = await openWatchedPage(context);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: /Search/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.locator('input').waitFor();
    await dialog.locator('input').fill('journey');
    await dialog.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    const violations = await findSeriousA11yViolations(page);
    await context.close();
    expect(violations).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
