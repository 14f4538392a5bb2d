import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const CHURN_PAGE = '/tools/churn-retention/';
const CLV_PAGE = '/tools/clv/';
const GUIDE_PAGE = '/guides/churn-retention-and-clv/';

const testBrowser = useTestBrowser();

type OpenOptions = { width?: number; clipboard?: boolean };

async function newContext(options: OpenOptions = {}): Promise<BrowserContext> {
  const context = await testBrowser.newContext({
    colorScheme: 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    ...(options.clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}),
  });
  return context;
}

async function openIn(context: BrowserContext, path: string): Promise<Page> {
  const page = await testBrowser.newPage(context);
  await page.goto(`${baseUrl}${path}`);
  await hydrated(page);
  return page;
}

async function openPage(path: string, options: OpenOptions = {}): Promise<Page> {
  return openIn(await newContext(options), path);
}

/** Waits until every island on the page has hydrated (Astro drops the `ssr` attribute then); guide embeds wait to be seen. */
async function hydrated(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let index = 0; index < count; index += 1) await islands.nth(index).scrollIntoViewIfNeeded();
  await hydrateIslands(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The live region's sentence, once typing has settled. */
function announcement(scope: Page | Locator): Locator {
  return scope.locator('[aria-live="polite"][aria-atomic="true"]').first();
}

/** The error tied to an input through aria-describedby. */
async function errorOf(input: Locator): Promise<string> {
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  if (!errorId) return '';
  return input.page().evaluate((id) => document.getElementById(id)?.textContent ?? '', errorId);
}

async function noHorizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function fillChurnCounts(scope: Page | Locator, start: string, added: string, end: string): Promise<void> {
  await scope.getByLabel('Customers at start (S)', { exact: true }).fill(start);
  await scope.getByLabel('New customers (N)', { exact: true }).fill(added);
  await scope.getByLabel('Customers at end (E)', { exact: true }).fill(end);
}

describe('the churn and retention calculator in Chromium', () => {
  it('works out churn, retention, the other periods and revenue retention from typed figures', async () => {
    const page = await openPage(CHURN_PAGE);
    await page.getByText('Type your customer counts above').waitFor();
    await page.getByLabel('Quarter', { exact: true }).check();
    // Thousands separators either way round.
    await fillChurnCounts(page, '2,000', '300', '2 100');
    const results = page.getByRole('region', { name: 'Results' });
    await page.waitForFunction(() => document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent?.startsWith('Churn 10%'));
    await expect(announcement(page).textContent()).resolves.toBe('Churn 10% per quarter, retention 90%.');
    const customerStats = await results.locator('dl.stat-grid').first().innerText();
    expect(customerStats).toContain('Churn rate per quarter\n10%');
    expect(customerStats).toContain('Customer retention rate per quarter\n90%');
    expect(customerStats).toContain('Customers lost\n200');
    await results.getByText('L = S + N − E = 2,000 + 300 − 2,100 = 200').waitFor();
    const periods = results.getByRole('table', { name: 'Churn and retention per month, quarter and year' });
    await expect(periods.getByRole('row', { name: /^Annual/ }).innerText()).resolves.toMatch(/^Annual\t34\.39%\t65\.61%/);

    await page.getByLabel('Starting recurring revenue').fill('100 000');
    await page.getByLabel('Expansion', { exact: true }).fill('8000');
    await page.getByLabel('Contraction', { exact: true }).fill('3,000');
    await page.getByLabel('Churned revenue').fill('6000');
    // Said once typing pauses: on a busy machine a pause between two fields says the figures so far (97%, 105%)
    // first, then these.
    await expect.poll(() => announcement(page).textContent()).toBe('Churn 10% per quarter, retention 90%. Gross revenue retention 91%, net 99%.');

    // 5% a month compounds to 45.96% a year, not 60%.
    await page.getByLabel('Churn rate to convert', { exact: true }).fill('5');
    const conversion = page.getByRole('region', { name: 'Convert a churn rate between periods' });
    await conversion.getByText('Per year: 1 − (1 − 5%)12 = 45.96%, not 60%').waitFor();
    await expect(conversion.locator('dl').innerText()).resolves.toContain('Churn per year\n45.96%');
  });

  it('names each impossible figure, and why, next to its field and in the summary', async () => {
    const page = await openPage(CHURN_PAGE);
    const start = page.getByLabel('Customers at start (S)', { exact: true });
    const added = page.getByLabel('New customers (N)', { exact: true });
    const end = page.getByLabel('Customers at end (E)', { exact: true });
    const lost = page.getByLabel(/^Customers lost \(L\)/);

    await fillChurnCounts(page, '0', '10', '10');
    await expect.poll(() => errorOf(start)).toContain('Customers at start (S) is 0');
    await expect(start.getAttribute('aria-invalid')).resolves.toBe('true');
    const summary = page.getByRole('group', { name: 'One figure needs a look' });
    await expect(summary.getByRole('link').innerText()).resolves.toContain('Customers at start (S) is 0');
    await expect(announcement(page).textContent()).resolves.toBe('One figure needs a look.');

    await start.fill('100');
    await added.fill('50');
    await end.fill('40');
    await expect.poll(() => errorOf(added)).toContain('New customers (N) is 50, more than Customers at end (E) (40)');

    await end.fill('120');
    await lost.fill('200');
    await expect.poll(() => errorOf(lost)).toContain('Customers lost (L) is 200, more than there ever were');

    await lost.fill('20');
    await expect.poll(() => errorOf(end)).toContain('Customers at end (E) is 120, but S + N − L makes 130');

    await start.fill('12.5');
    await expect.poll(() => errorOf(start)).toContain('is not a whole number');
    await start.fill('abc');
    await expect.poll(() => errorOf(start)).toContain('“abc” is not a number');

    // The summary's link takes the keyboard to the field.
    await page.getByRole('group', { name: /figures? needs? a look/ }).getByRole('link').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id.endsWith('customersAtStart'))).toBe(true);
    expect(page.url()).not.toContain('#');
  });

  it('keeps the figures across a reload, and Clear empties them', async () => {
    const page = await openPage(CHURN_PAGE);
    await fillChurnCounts(page, '1 000', '100', '950');
    await page.waitForFunction(() => localStorage.getItem('touchpoint:churn-calculator')?.includes('950'));
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Customers at start (S)', { exact: true }).inputValue()).resolves.toBe('1 000');
    await expect(page.getByRole('region', { name: 'Results' }).locator('dl').first().innerText()).resolves.toContain('15%');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByLabel('Customers at end (E)', { exact: true }).inputValue()).resolves.toBe('');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Customers at end (E)', { exact: true }).inputValue()).resolves.toBe('');
  });

  it('a share link opened in a fresh browser shows the same results', async () => {
    const page = await openPage(CHURN_PAGE, { clipboard: true });
    await page.getByRole('button', { name: 'Use the worked example' }).click();
    const results = page.getByRole('region', { name: 'Results' });
    // The result blocks load after the first figures (a deferred module): read them once both are drawn.
    await expect.poll(() => results.locator('dl.stat-grid').count()).toBe(2);
    const shown = await results.locator('dl.stat-grid').allInnerTexts();
    await page.getByRole('button', { name: 'Copy results' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Churn rate per quarter (L ÷ S): 10%');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('| Net revenue retention (NRR) | 99% |');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('churn-and-retention.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Customers over one quarter,Churn rate per quarter (L ÷ S),10,%');
    expect(csv).toContain('Revenue over one quarter,Gross revenue retention (GRR),91,%');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.locator('.result-actions__status').textContent()).toBe('Copied the share link to the clipboard.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${baseUrl}${CHURN_PAGE}#c=1\\.churn\\.[a-z0-9.-]+$`));

    const fresh = await openIn(await newContext(), link.slice(baseUrl.length));
    await fresh.getByText('The figures from the share link are filled in below.').waitFor();
    await expect.poll(() => fresh.getByRole('region', { name: 'Results' }).locator('dl.stat-grid').allInnerTexts()).toEqual(shown);
    await expect(fresh.getByLabel('Customers at start (S)', { exact: true }).inputValue()).resolves.toBe('2000');
    // The fragment is taken out of the address once applied, so a reload shows the saved figures.
    expect(fresh.url()).toBe(`${baseUrl}${CHURN_PAGE}`);
  });
});

describe('the CLV calculator in Chromium', () => {
  it('works out the subscription form with the formula and the sensitivity table', async () => {
    const page = await openPage(CLV_PAGE);
    await expect(page.getByLabel('Subscription', { exact: true }).isChecked()).resolves.toBe(true);
    await page.getByLabel('Currency symbol').selectOption('gbp');
    await page.getByLabel('Average revenue per account (ARPA)').fill('1.250,5');
    await page.getByLabel('Gross margin').fill('80');
    await page.getByLabel('Churn rate', { exact: true }).fill('2,5');
    await page.waitForFunction(() => document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent?.startsWith('Customer lifetime value'));
    await expect(announcement(page).textContent()).resolves.toBe('Customer lifetime value £40,016, subscription form.');
    const results = page.getByRole('region', { name: 'Results' });
    await results.getByText('CLV = ARPA × gross margin ÷ churn rate = 1,250.5 × 80% ÷ 2.5% = 40,016').waitFor();
    await results.getByText(/^Subscription form: ARPA × gross margin ÷ churn rate, all per month/).waitFor();
    const churnTable = results.getByRole('table', { name: 'How CLV moves as churn moves' });
    await expect(churnTable.getByRole('row', { name: /^As typed/ }).innerText()).resolves.toMatch(/^As typed\t2\.5%\t£40,016/);
    await expect(churnTable.getByRole('row', { name: /^\+20%/ }).innerText()).resolves.toMatch(/^\+20%\t3%\t£33,346\.67\t−£6,669\.33 \(−16\.67%\)/);
    const marginTable = results.getByRole('table', { name: 'How CLV moves as margin moves' });
    await expect(marginTable.getByRole('row', { name: /^\+20%/ }).innerText()).resolves.toMatch(/^\+20%\t96%\t£48,019\.2/);

    // Zero churn is an error, not infinity.
    await page.getByLabel('Churn rate', { exact: true }).fill('0');
    const churn = page.getByLabel('Churn rate', { exact: true });
    await expect.poll(() => errorOf(churn)).toContain('Churn rate is 0%: a customer who never leaves would be worth an infinite amount');
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/NaN|Infinity|∞/);

    await page.getByLabel('Gross margin').fill('120');
    await expect.poll(() => errorOf(page.getByLabel('Gross margin'))).toContain('Gross margin is 120%: a margin is a share of revenue, at most 100%');
  });

  it('states the discounted variant, with periods converted by compounding, and the simple form with a margin', async () => {
    const page = await openPage(CLV_PAGE);
    await page.getByRole('button', { name: 'Use the worked example' }).click();
    await page.getByLabel('Discounted', { exact: true }).check();
    const results = page.getByRole('region', { name: 'Results' });
    await expect(results.locator('.results__value').textContent()).resolves.toBe('£978.56');
    await results.getByText(/^Discounted form \(Gupta and Lehmann 2003\), margins at the end of each year/).waitFor();
    await results.getByText('Retention rate (r) per year = (97.5%)^12 = 73.8% (compounded from 97.5% per month)').waitFor();
    await results.getByText('CLV = m × r ÷ (1 + i − r) = 480 × 73.8% ÷ (1 + 10% − 73.8%) = 978.56').waitFor();

    await page.getByLabel(/At the start, the first one now/).check();
    await results.getByText(/^Discounted form, margins at the start of each year/).waitFor();
    await expect(results.locator('.results__value').textContent()).resolves.toBe('£1,458.56');

    await page.getByLabel('Simple', { exact: true }).check();
    await results.getByText('CLV = average order value × purchase frequency × lifespan × margin = 40 × 5 × 3 × 30% = 180').waitFor();
    await results.getByText('How CLV moves as churn moves: The simple form has no churn rate: its lifespan stands in for it.').waitFor();
  });

  it('keeps the figures across a reload, and a share link opened in a fresh browser shows the same value', async () => {
    const page = await openPage(CLV_PAGE, { clipboard: true });
    await page.getByLabel('Subscription', { exact: true }).check();
    await page.getByLabel('Average revenue per account (ARPA)').fill('99.9');
    await page.getByLabel('Gross margin').fill('75');
    await page.getByLabel('Churn rate', { exact: true }).fill('3');
    await page.getByLabel('Period of the churn rate').selectOption('year');
    const value = page.getByRole('region', { name: 'Results' }).locator('.results__value');
    await expect.poll(() => value.textContent()).toBe('29,555.65');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Churn rate', { exact: true }).inputValue()).resolves.toBe('3');
    await expect(page.getByLabel('Period of the churn rate').inputValue()).resolves.toBe('year');
    await expect(value.textContent()).resolves.toBe('29,555.65');

    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.locator('.result-actions__status').textContent()).toBe('Copied the share link to the clipboard.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${baseUrl}${CLV_PAGE}#c=1\\.clv\\.`));
    const fresh = await openIn(await newContext(), link.slice(baseUrl.length));
    await fresh.getByText('The figures from the share link are filled in below.').waitFor();
    await expect(fresh.getByRole('region', { name: 'Results' }).locator('.results__value').textContent()).resolves.toBe('29,555.65');
    await expect(fresh.getByLabel('Period of the churn rate').inputValue()).resolves.toBe('year');
  });

  it('refuses a damaged share link and leaves the saved figures alone', async () => {
    const context = await newContext();
    const page = await openIn(context, CLV_PAGE);
    await page.getByLabel('Average revenue per account (ARPA)').fill('10');
    await page.waitForFunction(() => localStorage.getItem('touchpoint:clv-calculator')?.includes('"10"'));
    const damaged = await openIn(context, `${CLV_PAGE}#c=1.clv.zzzz`);
    await expect(damaged.getByRole('alert').filter({ hasText: 'share link' }).textContent()).resolves.toContain('Your own figures were left as they were.');
    await expect(damaged.getByLabel('Average revenue per account (ARPA)').inputValue()).resolves.toBe('10');
  });
});

describe('the calculators embedded in the guide', () => {
  it('both hydrate when scrolled to, with their own ids, and share the figures with the tool pages', async () => {
    const context = await newContext();
    const tool = await openIn(context, CHURN_PAGE);
    await fillChurnCounts(tool, '500', '50', '500');
    await tool.waitForFunction(() => localStorage.getItem('touchpoint:churn-calculator')?.includes('500'));

    const guide = await openIn(context, GUIDE_PAGE);
    const churn = guide.getByRole('region', { name: 'Churn and retention calculator' });
    const clv = guide.getByRole('region', { name: 'Customer lifetime value calculator' });
    await expect(churn.getByLabel('Customers at start (S)', { exact: true }).inputValue()).resolves.toBe('500');
    await expect(churn.locator('dl.stat-grid').first().innerText()).resolves.toContain('10%');
    // The guide keeps its links to the tool pages.
    await expect.poll(() => guide.locator('main a[href="/tools/churn-retention/"]').count()).toBeGreaterThan(0);
    await expect.poll(() => guide.locator('main a[href="/tools/clv/"]').count()).toBeGreaterThan(0);

    await clv.getByLabel('Average revenue per account (ARPA)').fill('100');
    await clv.getByLabel('Gross margin').fill('50');
    await clv.getByLabel('Churn rate', { exact: true }).fill('5');
    await expect.poll(() => clv.locator('.results__value').textContent()).toBe('1,000');
    const ids = await guide.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('axe-core in the light theme and the dark one', () => {
  it('the churn page: empty, with results, and with an impossible figure', async () => {
    const page = await openPage(CHURN_PAGE);
    await expectNoA11yViolations(page, 'churn page, empty');
    await page.getByRole('button', { name: 'Use the worked example' }).click();
    await page.getByRole('region', { name: 'Results' }).locator('dl').first().waitFor();
    await expectNoA11yViolations(page, 'churn page, with results');
    await page.getByLabel(/^Customers lost \(L\)/).fill('5');
    await page.getByLabel('Churn rate to convert', { exact: true }).fill('-3');
    await page.getByRole('group', { name: /figures need a look/ }).waitFor();
    await expectNoA11yViolations(page, 'churn page, with an impossible figure');    // The example again over typed figures: the offer to put them back, then taken.
    await page.getByRole('button', { name: 'Use the worked example' }).click();
    await page.getByText('The worked example replaced your figures.').waitFor();
    await expectNoA11yViolations(page, 'churn page, offering the figures the example replaced');
    await page.getByRole('button', { name: 'Put my own figures back' }).click();
    await expect.poll(() => page.getByLabel('Churn rate to convert', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('-3');
  });

  it('the CLV page: empty, each form with results, and with an impossible figure', async () => {
    const page = await openPage(CLV_PAGE);
    await expectNoA11yViolations(page, 'CLV page, empty');
    await page.getByRole('button', { name: 'Use the worked example' }).click();
    for (const form of ['Simple', 'Subscription', 'Discounted']) {
      await page.getByLabel(form, { exact: true }).check();
      await page.locator('.results__value').waitFor();
      await expectNoA11yViolations(page, `CLV page, ${form} form`);
    }
    await page.getByLabel('Retention rate (r)').fill('100');
    await page.getByLabel('Discount rate (i)').fill('0');
    await page.getByRole('group', { name: 'One figure needs a look' }).waitFor();
    await expectNoA11yViolations(page, 'CLV page, with an impossible figure');
  });

  it('the guide with both calculators embedded and showing results', async () => {
    const page = await openPage(GUIDE_PAGE);
    for (const name of ['Churn and retention calculator', 'Customer lifetime value calculator']) {
      await page.getByRole('region', { name }).getByRole('button', { name: 'Use the worked example' }).click();
    }
    await page.locator('.results__value').waitFor();
    await expectNoA11yViolations(page, 'guide with both calculators showing results');
  });
});

describe('on a 320 px screen', () => {
  it.each([CHURN_PAGE, CLV_PAGE, GUIDE_PAGE])('%s has no horizontal overflow, with results showing', async (path) => {
    const page = await openPage(path, { width: 320 });
    const buttons = page.getByRole('button', { name: 'Use the worked example' });
    for (let index = 0; index < (await buttons.count()); index += 1) await buttons.nth(index).click();
    if (path === CLV_PAGE) await page.getByLabel('Discounted', { exact: true }).check();
    await page.locator('.figure-table').first().waitFor();
    await expect(noHorizontalOverflow(page)).resolves.toBe(0);
  });
});
