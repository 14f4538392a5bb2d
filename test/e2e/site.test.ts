import type { BrowserContext } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useTestBrowser } from './test-browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();
let context: BrowserContext;

beforeEach(async () => {
  context = await testBrowser.newContext();
});

describe('the site in Chromium', () => {
  it('home page says what the site offers and links to the guides', async () => {
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/`);
    await expect(page.title()).resolves.toBe('Touchpoint');
    const text = await page.locator('main').innerText();
    for (const offer of ['Guides', 'Maturity assessment', 'Persona builder', 'Metric calculators']) {
      expect(text).toContain(offer);
    }
    await page.getByRole('link', { name: 'Read the guides' }).click();
    await page.waitForURL(`${baseUrl}/guides/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Guides');
  });

  it('guides index groups guides, lists learning paths and filters by tag with plain links', async () => {
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/guides/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Learning paths' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Foundations' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'By journey stage' }).count()).toBe(1);
    const allCards = await page.locator('.card').count();
    await page.getByText('Filter by topic').click();
    const tagLink = page.getByRole('navigation', { name: 'Filter guides by topic' }).getByRole('link').nth(1);
    const tagName = (await tagLink.innerText()).split(/\s/)[0] ?? '';
    await tagLink.click();
    await page.waitForURL(/\/guides\/tags\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`Guides tagged ${tagName}`);
    const tagged = await page.locator('.card').count();
    expect(tagged).toBeGreaterThan(0);
    expect(tagged).toBeLessThanOrEqual(allCards);
  });

  it('a first-edition tag page sends the reader to the tag it was merged into', async () => {
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/guides/tags/nps/`);
    await page.waitForURL(`${baseUrl}/guides/tags/metrics/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Guides tagged #metrics');
  });

  it('a guide has its reading aids: reading time, contents, takeaways, sources, previous/next', async () => {
    const page = await testBrowser.newPage(context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/guides/what-is-customer-experience/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^What customer experience is/);
    await expect.poll(() => page.getByText(/\d+ min read/).count()).toBe(1);
    await expect(page.getByRole('heading', { name: 'Key takeaways' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Sources' }).isVisible()).resolves.toBe(true);
    const wideToc = page.locator('nav.toc--wide');
    await expect(wideToc.isVisible()).resolves.toBe(true);
    await expect(page.locator('details.toc--narrow').isVisible()).resolves.toBe(false);
    await expect.poll(() => page.getByRole('link', { name: /Next guide/ }).count()).toBe(1);

    // The contents link jumps to its heading.
    const firstEntry = wideToc.getByRole('link').first();
    const target = (await firstEntry.getAttribute('href')) ?? '';
    await firstEntry.click();
    await page.waitForURL(`**/${target}`);
    await expect(page.locator(target).isVisible()).resolves.toBe(true);

    // On the narrowest phone the contents collapse into a disclosure.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(wideToc.isVisible()).resolves.toBe(false);
    await expect(page.locator('details.toc--narrow').isVisible()).resolves.toBe(true);
    await expect(page.locator('details.toc--narrow').getAttribute('open')).resolves.toBeNull();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(320);
  });

  it('a guide prints without navigation, with link targets written out', async () => {
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/guides/what-is-customer-experience/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
    await expect(page.locator('.guide-footer').isVisible()).resolves.toBe(false);
    const after = await page
      .locator('.sources a')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('http');
  });

  it('search finds a word and opens the result, from the keyboard shortcut', async () => {
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/guides/`);
    const scriptsBefore = await page.locator('script[src*="pagefind"]').count();
    expect(scriptsBefore, 'Pagefind loads only when search opens').toBe(0);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.waitFor();
    const input = dialog.getByRole('searchbox').or(dialog.locator('input')).first();
    await input.waitFor();
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('touchpoints');
    const firstResult = dialog.locator('.pagefind-ui__result-link').first();
    await firstResult.waitFor({ timeout: 15_000 });
    const href = (await firstResult.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/guides\//);
    await firstResult.click();
    await page.waitForURL((url) => url.pathname === new URL(href, baseUrl).pathname);
    await expect(page.locator('article[data-pagefind-body]').innerText()).resolves.toMatch(/touchpoints/i);
  });

  it('the search page works on its own and takes a query from the address', async () => {
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/search/?q=journey`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
  });

  it('the theme toggle switches theme and the choice survives a reload, with no flash', async () => {
    const page = await testBrowser.newPage(context);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${baseUrl}/`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);

    // The saved theme is applied by the inline head script, before the body is parsed: no flash of light. The probe
    // is a same-origin script file, which the content security policy allows (an inline one it would refuse).
    await page.route(`${baseUrl}/theme-probe.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.__themeAtBody = document.documentElement.dataset.theme' }),
    );
    await page.route(`${baseUrl}/guides/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<body[^>]*>/, '$&<script src="/theme-probe.js"></script>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${baseUrl}/guides/`);
    await expect(page.evaluate(() => (window as unknown as { __themeAtBody: string }).__themeAtBody)).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('the theme follows the system preference until the reader chooses', async () => {
    const page = await testBrowser.newPage(context);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}/`);
    await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
  });

  it('an unknown address gets the 404 page with status 404', async () => {
    const page = await testBrowser.newPage(context);
    const response = await page.goto(`${baseUrl}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('We could not find that page');
    await page.getByRole('link', { name: 'Browse all guides' }).click();
    await page.waitForURL(`${baseUrl}/guides/`);
  });

  it('every page type fits a 320 px screen without sideways scrolling', async () => {
    const page = await testBrowser.newPage(context);
    await page.setViewportSize({ width: 320, height: 640 });
    const tooWide: string[] = [];
    for (const path of ['/', '/guides/', '/guides/net-promoter-score/', '/guides/tags/metrics/', '/glossary/', '/tools/', '/search/', '/no-such-page/']) {
      await page.goto(`${baseUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${path}: ${width} px`);
    }
    expect(tooWide).toEqual([]);
  });

  it('the skip link moves focus to the content', async () => {
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/guides/`);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
