import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeShareCode } from '../../src/lib/metrics/share-code.ts';
import { expectNoA11yViolations } from './a11y';
import { holdRequests } from './browser';
import { useTestBrowser } from './test-browser';

// client:first-use (src/directives/first-use.ts): a tool's island hydrates when the person first reaches for it,
// and nothing done before that is lost.
const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();
/** React's renderer for the islands: held back, it keeps an island from hydrating for as long as a test needs. */
const RENDERER = /\/_astro\/client\.[\w-]+\.js$/;
// 10, 9, 9, 8, 7, 6, 3, 10: 4 promoters, 2 passives, 2 detractors, NPS 25 (counted by hand).
const NPS_ANSWERS = '10\n9\n9\n8\n7\n6\n3\n10\n';

async function openPage(): Promise<{ page: Page; scripts: string[] }> {
  const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await testBrowser.newPage(context);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return { page, scripts };
}

const island = (page: Page) => page.locator("astro-island").first();
const hydrated = (page: Page) => page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });

describe('tools hydrate on first use', { timeout: 60_000 }, () => {
  it('loads no island code for a first visit that does not use the tool, with the controls usable and accessible', async () => {
    for (const path of ['/tools/nps/', '/tools/journey-map/']) {
      const { page, scripts } = await openPage();
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      await expect(island(page).getAttribute('ssr'), path).resolves.toBe('');
      expect(scripts.filter((url) => RENDERER.test(url)), path).toEqual([]);
      // The server's HTML is the tool: its controls take focus and input before any script of the island runs.
      await expect(page.locator('fieldset.saved-data-gate').first().evaluate((gate) => (gate as HTMLFieldSetElement).disabled), path).resolves.toBe(false);
      await expectNoA11yViolations(page, `${path} before first use`);
      await page.context().close();
    }
  });

  it('keeps what is typed before the island hydrates, and works it out once it has', async () => {
    const { page } = await openPage();
    const renderer = await holdRequests(page, RENDERER);
    await page.goto(`${baseUrl}/tools/nps/`);
    await page.getByLabel('Answers to “How likely are you to recommend us?”, 0 to 10').fill(NPS_ANSWERS);
    // Focus in the island asked for its code; it is held, so the island cannot have hydrated yet.
    await expect.poll(() => renderer.asked.length).toBe(1);
    await expect(island(page).getAttribute('ssr')).resolves.toBe('');
    renderer.release();
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await page.context().close();
  });

  it('shows a choice made before hydration at once, says it is loading, and does the choices after it', async () => {
    const { page } = await openPage();
    const renderer = await holdRequests(page, RENDERER);
    await page.goto(`${baseUrl}/tools/nps/`);
    await page.getByRole('radio', { name: 'Type counts' }).click();
    await page.getByRole('checkbox', { name: 'Compare with another period' }).click();
    // Ticked twice by someone who saw nothing happen would be unticked: the tick shows, as the browser does it.
    await page.getByRole('checkbox', { name: 'Compare with another period' }).click();
    await page.getByRole('checkbox', { name: 'Compare with another period' }).click();
    await expect(island(page).getAttribute('ssr')).resolves.toBe('');
    await expect(page.getByRole('radio', { name: 'Type counts' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Compare with another period' }).isChecked()).resolves.toBe(true);
    await page.getByRole('status').filter({ hasText: 'Loading the tool…' }).waitFor();
    await expect(island(page).getAttribute('aria-busy')).resolves.toBe('true');
    await expectNoA11yViolations(page, 'NPS loading after first use');
    renderer.release();
    await hydrated(page);
    await expect.poll(() => page.getByRole('radio', { name: 'Type counts' }).first().isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Compare with another period' }).isChecked()).toBe(true);
    await page.getByLabel('Answered 10').first().waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the tool…' }).count()).resolves.toBe(0);
    await expect(island(page).getAttribute('aria-busy')).resolves.toBeNull();
    await page.context().close();
  });

  it('keeps every key of typing that goes on while the island hydrates, in order', async () => {
    for (const [path, label, text] of [
      ['/tools/churn-retention/', 'Customers at start (S)', '1250000'],
      ['/tools/journey-map/', 'Persona name', 'Patricia Jones'],
    ] as const) {
      const { page } = await openPage();
      const renderer = await holdRequests(page, RENDERER);
      await page.goto(`${baseUrl}${path}`);
      const field = page.getByLabel(label, { exact: true });
      await field.click();
      // The code arrives part-way through: keys land before hydration, across it and after it (before the fix, a
      // render after hydration emptied the field and later keys went in at its start: '100025', 'icia JonesPatr').
      const typing = field.pressSequentially(text, { delay: 120 });
      await page.waitForTimeout(400);
      renderer.release();
      await typing;
      await hydrated(page);
      await expect.poll(() => field.inputValue(), { message: path }).toBe(text);
      await expect(field.evaluate((element) => (element as HTMLInputElement).selectionStart)).resolves.toBe(text.length);
      await page.context().close();
    }
  });

  it('keeps a figure typed in the planner when a choice beside it follows, before hydration', async () => {
    const { page } = await openPage();
    const renderer = await holdRequests(page, RENDERER);
    await page.goto(`${baseUrl}/tools/nps/`);
    await page.getByLabel('Promoters you expect (%)').fill('50');
    await page.getByRole('radio', { name: 'A fall' }).click();
    renderer.release();
    await hydrated(page);
    // A fall of 10 from 50% / 20%: promoters 45%, detractors 25%; (z₀.₉₇₅ + z₀.₈)² × (0.61 + 0.66) / 0.1² = 996.81
    // → 997 per group (z = 1.959963984540054, 0.8416212335729143). The figure was lost before: 903, from 40%.
    await page
      .getByText('You need 997 answers in each of two groups (1,994 answers in all) to detect a fall of 10 points (promoters 45%, detractors 25%)', { exact: false })
      .first()
      .waitFor();
    await expect(page.getByLabel('Promoters you expect (%)').inputValue()).resolves.toBe('50');
    await page.context().close();
  });

  it('reads a file chosen or dropped before hydration', async () => {
    const { page } = await openPage();
    const renderer = await holdRequests(page, RENDERER);
    await page.goto(`${baseUrl}/tools/nps/`);
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from(`score\n${NPS_ANSWERS}`) });
    renderer.release();
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await page.context().close();

    // A drop on the answers box: without the directive holding it, the browser would open the file in the tab.
    const dropped = await openPage();
    const held = await holdRequests(dropped.page, RENDERER);
    await dropped.page.goto(`${baseUrl}/tools/nps/`);
    const box = dropped.page.getByLabel('Answers to “How likely are you to recommend us?”, 0 to 10');
    const transfer = await dropped.page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, `score\n${NPS_ANSWERS}10\n`);
    await box.dispatchEvent('dragenter', { dataTransfer: transfer });
    await box.dispatchEvent('dragover', { dataTransfer: transfer });
    await box.dispatchEvent('drop', { dataTransfer: transfer });
    held.release();
    // 9 answers: 5 promoters, 2 detractors: (5 - 2) / 9 = 33.3, shown as 33.
    await expect.poll(() => dropped.page.getByTestId('nps-value').innerText()).toBe('33');
    expect(dropped.page.url()).toBe(`${baseUrl}/tools/nps/`);
    await dropped.page.context().close();
  });

  it('hydrates at once, with no use, when there is saved data or a link to show', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/tools/nps/`);
    await page.getByLabel('Answers to “How likely are you to recommend us?”, 0 to 10').fill(NPS_ANSWERS);
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await page.reload();
    await hydrated(page);
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');

    await page.context().close();

    // A fresh browser opening a share link: the link is read with nothing done on the page.
    // 30 promoters, 10 passives, 10 detractors: (30 - 10) / 50 = NPS 40.
    const code = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 30, passives: 10, detractors: 10 } } });
    const fresh = await openPage();
    await fresh.page.goto(`${baseUrl}/tools/nps/#c=${code}`);
    await hydrated(fresh.page);
    await expect.poll(() => fresh.page.getByTestId('nps-value').innerText()).toBe('40');
    await fresh.page.context().close();
  });

  it('starts a journey map chosen before hydration, and covers the first-visit builder for a returning visitor', async () => {
    const { page } = await openPage();
    const renderer = await holdRequests(page, RENDERER);
    await page.goto(`${baseUrl}/tools/journey-map/`);
    await page.getByRole('radio', { name: /^Service complaint/ }).click();
    await page.getByLabel('Persona name').fill('Pat');
    await page.getByRole('button', { name: 'Create map' }).click();
    await expect(island(page).getAttribute('ssr')).resolves.toBe('');
    renderer.release();
    await page.locator('#jm-view-heading').waitFor();
    // The Service complaint template's scenario.
    await expect(page.locator('#jm-map-heading').innerText()).resolves.toBe('Getting a billing error fixed');

    // Back with a saved map: until it is read, "Loading your journey maps…" shows, not "No journey maps… yet".
    const again = await holdRequests(page, RENDERER);
    await page.reload();
    await expect(page.getByText('Loading your journey maps…').isVisible()).resolves.toBe(true);
    await expect(page.getByText('No journey maps in this browser yet.', { exact: false }).isVisible()).resolves.toBe(false);
    again.release();
    await page.locator('#jm-view-heading').waitFor();
    await expect(page.getByText('Loading your journey maps…').isVisible()).resolves.toBe(false);
    // The Service complaint template's scenario.
    await expect(page.locator('#jm-map-heading').innerText()).resolves.toBe('Getting a billing error fixed');
    await page.context().close();
  });

  it('says so, and keeps the controls disabled, when the tool cannot load', async () => {
    const { page } = await openPage();
    // As if offline before the site was cached: the import fails, and so does Astro's retry a second later (an
    // aborted request would fail the test for its console line).
    await page.route(/\/_astro\/client\.[\w-]+\.js(\?.*)?$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("offline")' }));
    await page.goto(`${baseUrl}/tools/nps/`);
    await page.getByLabel('Answers to “How likely are you to recommend us?”, 0 to 10').fill('10');
    const alert = page.getByRole('alert').filter({ hasText: 'This tool could not be loaded. Check your connection and try again.' });
    await alert.waitFor();
    // The focus is on the message, not dropped to the page's start with the disabled field.
    await expect(alert.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(page.locator('fieldset.saved-data-gate').first().evaluate((gate) => (gate as HTMLFieldSetElement).disabled)).resolves.toBe(true);
    await expect(page.getByLabel('Answers to “How likely are you to recommend us?”, 0 to 10').isDisabled()).resolves.toBe(true);
    await page.context().close();
  });
});
