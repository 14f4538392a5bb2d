import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { GUIDE_LINKS } from '../../src/components/persona-builder/guide-links';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const PAGE = '/tools/personas/';
/** A 40 × 30 red PNG. */
const SMALL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAKUlEQVR4nO3NoQ0AAAwCMP5/ensBh2lS31wysVnFYrFYLBaLxWKxWFx5Pp2rjeB5c/4AAAAASUVORK5CYII=',
  'base64',
);

const testBrowser = useTestBrowser();

async function openPage(options: { width?: number; path?: string; island?: boolean } = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: options.width ?? 1280, height: 900 }, acceptDownloads: true });
  const page = await testBrowser.newPage(context);
  await page.goto(`${baseUrl}${options.path ?? PAGE}`);
  if (options.island !== false) await hydrated(page);
  return { page: page, context };
}

/** Waits until the island has hydrated (Astro drops the `ssr` attribute then). */
async function hydrated(page: Page): Promise<void> {
  await hydrateIslands(page);
}

async function startFromTemplate(page: Page, template: string): Promise<void> {
  await page.getByRole('button', { name: template, exact: true }).click();
  await page.getByRole('form').waitFor();
}

/** The personas saved in this browser. */
async function savedPersonas(page: Page): Promise<{ id: string; name: string; [key: string]: unknown }[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('touchpoint:personas') ?? '{"data":{"personas":[]}}').data.personas);
}

/** Pages in a PDF (each page object has `/Type /Page`). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('the persona builder in Chromium', () => {
  it('creates a persona from a template, edits it with evidence, and keeps it after a reload', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'Busy B2C shopper');
    // Focus moves to the new persona's heading, and the address says which persona is open.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Editing Maya Chen');
    expect(page.url()).toMatch(/#edit=[a-z2-9]{10}$/);

    await page.getByLabel('Name', { exact: true }).fill('Maya Lee');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Goal 4');
    await page.keyboard.type('Plan meals for the week on Sunday');
    await page.getByLabel('Evidence for goal 4').selectOption('research');
    await page.getByLabel('Source for goal 4').fill('Interviews (8), March');

    const preview = page.getByRole('region', { name: 'Card preview' });
    await expect.poll(() => preview.getByRole('heading', { name: 'Maya Lee' }).count()).toBe(1);
    await expect(preview.innerText()).resolves.toContain('Research: Interviews (8), March');
    await expect(preview.innerText()).resolves.toMatch(/4% evidence-backed: 1 of 26 statements/);
    await expect.poll(() => page.getByText(/Saved in this browser at/).count()).toBe(1);

    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Maya Lee');
    await expect(page.getByLabel('Goal 4', { exact: true }).inputValue()).resolves.toBe('Plan meals for the week on Sunday');
    await expect(page.getByLabel('Evidence for goal 4').inputValue()).resolves.toBe('research');
    const [saved] = await savedPersonas(page);
    expect(saved?.name).toBe('Maya Lee');
  });

  it('exports JSON and imports it into a fresh browser as the same persona', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'B2B decision maker');
    await page.getByLabel('One-line summary').fill('Edited before export: “quotes” & <angle brackets>');
    await page.getByLabel('Photo (optional)').setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: SMALL_PNG });
    await page.locator('.pb-avatar-field img').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('persona-daniel-okafor.json');
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    const [original] = await savedPersonas(page);
    expect(String((original?.['avatar'] as { image: string }).image)).toMatch(/^data:image\/(webp|jpeg);base64,/);

    const fresh = await openPage();
    await expect.poll(() => fresh.page.getByText('No personas yet').count()).toBe(1);
    await fresh.page.getByRole('button', { name: 'Import JSON' }).click();
    await fresh.page.getByLabel('JSON file').setInputFiles({ name: 'persona-daniel-okafor.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    // Reading a file is asynchronous: wait for the review rather than counting at once.
    await fresh.page.getByRole('heading', { name: /1 persona ready to import/ }).waitFor();
    await fresh.page.getByRole('button', { name: 'Import 1 persona' }).click();
    await expect(fresh.page.getByText(/Import done: added “Daniel Okafor”/).first().isVisible()).resolves.toBe(true);
    expect(await savedPersonas(fresh.page)).toEqual([original]);

    // Importing the same file again asks before touching the persona; "Replace" is an explicit choice.
    await fresh.page.getByRole('button', { name: 'Import JSON' }).click();
    await fresh.page.getByLabel('JSON file').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await fresh.page.getByRole('group', { name: '“Daniel Okafor” is already here' }).waitFor();
    await expect(fresh.page.getByRole('radio', { name: /Keep both/ }).isChecked()).resolves.toBe(true);
    await fresh.page.getByRole('radio', { name: /Skip/ }).check();
    await fresh.page.getByRole('button', { name: 'Import 1 persona' }).click();
    expect(await savedPersonas(fresh.page)).toEqual([original]);
  });

  it('Merge keeps the newer local edit, fills what is empty here and adds the file’s new statements (issue 15’s case)', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'B2B decision maker');
    // The file: an older summary, a quote, and a goal this browser will not have.
    await page.getByLabel('One-line summary').fill('Older summary, from the file');
    await page.getByLabel('Representative quote').fill('Show me the numbers first.');
    await page.getByRole('button', { name: 'Add goal' }).click();
    // Focus moves to the new goal a timer after the click: typed before that, a space presses "Add goal" again.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toMatch(/^Goal \d+$/);
    await page.keyboard.type('Goal only in the file');
    await expect.poll(() => page.getByText(/Saved in this browser at/).count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    // Then, here: a newer summary, the quote emptied, the goal removed.
    await page.getByLabel('One-line summary').fill('Newer summary, edited here after the export');
    await page.getByLabel('Representative quote').fill('');
    const goals = page.getByRole('textbox', { name: /^Goal \d+$/ });
    const goalCount = await goals.count();
    await page.getByLabel(`Goal ${String(goalCount)}`, { exact: true }).fill('');
    await expect.poll(async () => (await savedPersonas(page))[0]?.['summary']).toBe('Newer summary, edited here after the export');

    await page.getByRole('link', { name: 'All personas' }).click();
    await page.getByRole('button', { name: 'Import JSON' }).click();
    await page.getByLabel('JSON file').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByRole('group', { name: '“Daniel Okafor” is already here' }).waitFor();
    await page.getByRole('radio', { name: /^Merge/ }).check();
    await page.getByRole('button', { name: 'Import 1 persona' }).click();
    await expect.poll(async () => (await savedPersonas(page)).length).toBe(1);
    const [merged] = await savedPersonas(page);
    expect(merged?.['summary']).toBe('Newer summary, edited here after the export');
    expect(merged?.['quote']).toBe('Show me the numbers first.');
    expect(JSON.stringify(merged?.['goals'])).toContain('Goal only in the file');
  });

  it('names each problem of a bad import and imports nothing it cannot read', async () => {
    const { page } = await openPage();
    await page.getByRole('button', { name: 'Import JSON' }).click();
    await page.getByLabel('JSON file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Maya, parent, 35') });
    await expect(page.getByRole('alert').innerText()).resolves.toBe(
      '“notes.txt”: This file is not valid JSON (it may be cut off, or not an export of the persona builder). Nothing was imported.',
    );
    await page.getByLabel('Or paste JSON').fill(
      JSON.stringify([{ name: 'Good one' }, { name: 'Maya', painPoints: [{ text: 'Slow', severity: 'awful' }], quote: 'x'.repeat(300) }]),
    );
    await page.getByRole('button', { name: 'Check pasted text' }).click();
    const review = page.locator('.pb-review');
    await expect(review.innerText()).resolves.toContain('1 persona cannot be imported');
    await expect(review.innerText()).resolves.toContain('Persona 2 (“Maya”)');
    await expect(review.innerText()).resolves.toContain('Representative quote is 300 characters long; the limit is 240.');
    await expect(review.innerText()).resolves.toContain(
      'Pain points and frustrations, item 1, severity should be one of "low", "medium", "high", "critical"; got "awful".',
    );
    await page.getByRole('button', { name: 'Import 1 persona' }).click();
    expect((await savedPersonas(page)).map((persona) => persona.name)).toEqual(['Good one']);
    await expect(page.getByText(/1 persona with problems not imported/).first().isVisible()).resolves.toBe(true);
  });

  it('prints one card per page on A4 and Letter, without the form or the site chrome', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'Subscription customer');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.pb-screen').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'Persona builder', level: 1 }).isVisible()).resolves.toBe(false);
    const printed = page.locator('.pb-print .pb-card');
    await expect.poll(() => printed.count()).toBe(1);
    await expect(printed.isVisible()).resolves.toBe(true);
    await expect(printed.innerText()).resolves.toContain('Priya Nair');
    for (const format of ['A4', 'Letter'] as const) {
      expect(countPdfPages(await page.pdf({ format })), format).toBe(1);
    }

    // From the list, every shown persona prints, each template on exactly one page of its own.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'All personas' }).click();
    for (const template of ['Busy B2C shopper', 'B2B decision maker', 'First-time visitor']) {
      await startFromTemplate(page, template);
      await page.getByRole('link', { name: 'All personas' }).click();
    }
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.pb-print .pb-card').count()).toBe(4);
    for (const format of ['A4', 'Letter'] as const) {
      expect(countPdfPages(await page.pdf({ format })), format).toBe(4);
    }
  });

  it('shares a persona by link: the photo is left out, the recipient chooses to add it', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'First-time visitor');
    await page.getByLabel('Photo (optional)').setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: SMALL_PNG });
    await page.locator('.pb-avatar-field img').waitFor();
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect.poll(() => page.getByText('The photo is not included').count()).toBe(1);
    const linkField = page.getByRole('textbox', { name: 'Share link' });
    await page.waitForFunction(() => [...document.querySelectorAll('input[readonly]')].some((input) => (input as HTMLInputElement).value.includes('#share=')));
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/tools\/personas\/#share=1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(3000);

    const other = await openPage({ path: `${PAGE}${link.slice(link.indexOf('#'))}` });
    await other.page.getByRole('heading', { name: 'A persona shared with you' }).waitFor();
    await expect(other.page.getByRole('heading', { name: 'Sam Rivera' }).first().isVisible()).resolves.toBe(true);
    await expect.poll(() => other.page.locator('.pb-screen .pb-card img').count()).toBe(0);
    expect(await savedPersonas(other.page)).toEqual([]);
    await other.page.getByRole('button', { name: 'Add to my personas' }).click();
    await other.page.getByRole('form').waitFor();
    expect((await savedPersonas(other.page)).map((persona) => persona.name)).toEqual(['Sam Rivera']);

    const broken = await openPage({ path: `${PAGE}${link.slice(link.indexOf('#'), -20)}` });
    await expect(broken.page.getByRole('alert').innerText()).resolves.toContain('This share link is damaged');
  });

  it('refuses a picked file that is not an image, and renders script-like text as text', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'Blank persona');
    await page.getByLabel('Photo (optional)').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect(page.getByRole('alert').innerText()).resolves.toBe('“notes.pdf” is not an image (it is application/pdf). Pick a PNG, JPEG, WebP or GIF photo.');
    await page.getByLabel('Photo (optional)').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
    await page.getByRole('alert').filter({ hasText: '“fake.png” could not be read as an image: it may be damaged. Pick another photo.' }).waitFor();

    const attack = '<img src=x onerror="window.__attacked=1"><script>window.__attacked=1</script>';
    await page.getByLabel('Name', { exact: true }).fill(attack);
    await page.getByLabel('Representative quote').fill(attack);
    await expect(page.getByRole('region', { name: 'Card preview' }).getByRole('heading', { level: 3 }).first().innerText()).resolves.toBe(attack);
    await expect(page.evaluate(() => (window as unknown as { __attacked?: number }).__attacked)).resolves.toBeUndefined();
    await expect.poll(() => page.locator('.pb-card img').count()).toBe(0);
  });

  it('when storage is full, says so, keeps the persona on the page and offers an export', async () => {
    const context = await testBrowser.newContext();
    await context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'touchpoint:personas') throw new DOMException('full', 'QuotaExceededError');
        original.call(this, key, value);
      };
    });
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}${PAGE}`);
    await hydrated(page);
    await startFromTemplate(page, 'Busy B2C shopper');
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('storage for this site is full');
    await expect.poll(() => page.getByText(/Not saved:/).count()).toBe(1);
    await page.getByLabel('Name', { exact: true }).fill('Still here');
    await expect.poll(() => page.getByRole('region', { name: 'Card preview' }).getByRole('heading', { name: 'Still here' }).count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all personas now' }).click()]);
    const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { personas: { name: string }[] };
    expect(file.personas.map((persona) => persona.name)).toEqual(['Still here']);
  });

  it('lists, searches, duplicates, deletes with undo and compares personas from the keyboard', async () => {
    const { page } = await openPage();
    for (const template of ['Busy B2C shopper', 'B2B decision maker', 'Subscription customer']) {
      await startFromTemplate(page, template);
      await page.getByRole('link', { name: 'All personas' }).click();
    }
    await page.getByLabel('Search personas').fill('operations');
    await expect(page.getByRole('status').filter({ hasText: 'shown' }).innerText()).resolves.toBe('1 of 3 personas shown');
    await page.getByLabel('Search personas').fill('');

    await page.getByRole('button', { name: 'Delete Daniel Okafor' }).press('Enter');
    // Polled: the maps that use a persona are checked first, from a store that may still be loading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo delete');
    await page.keyboard.press('Enter');
    expect((await savedPersonas(page)).map((persona) => persona.name)).toEqual(['Maya Chen', 'Daniel Okafor', 'Priya Nair']);

    await page.getByRole('checkbox', { name: 'Compare Maya Chen' }).press('Space');
    await page.getByRole('checkbox', { name: 'Compare Priya Nair' }).press('Space');
    await page.getByRole('button', { name: 'Compare selected (2)' }).press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Compare 2 personas' }).count()).toBe(1);
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader').getByRole('link').allInnerTexts()).resolves.toEqual(['Maya Chen', 'Priya Nair']);
    await expect(table.getByRole('row', { name: /Segment/ }).innerText()).resolves.toContain('Value-conscious subscribers');
  });

  it('puts the card preview below the form on a narrow screen, with no sideways scrolling', async () => {
    const { page } = await openPage({ width: 320 });
    await startFromTemplate(page, 'Busy B2C shopper');
    // Measured again until the page has settled: parts of the form that load after it opens change its height.
    const previewBelowForm = async () => {
      const form = await page.getByRole('form').boundingBox();
      const preview = await page.getByRole('region', { name: 'Card preview' }).boundingBox();
      return form !== null && preview !== null && preview.y >= form.y + form.height - 1;
    };
    await expect.poll(previewBelowForm).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(320);
  });

  it('keeps the list and a comparison within 320 px too', async () => {
    const { page } = await openPage({ width: 320 });
    for (const template of ['Busy B2C shopper', 'B2B decision maker']) {
      await startFromTemplate(page, template);
      await page.getByRole('link', { name: 'All personas' }).click();
    }
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await scrollWidth(), 'list').toBeLessThanOrEqual(320);
    await page.getByRole('checkbox', { name: 'Compare Maya Chen' }).check();
    await page.getByRole('checkbox', { name: 'Compare Daniel Okafor' }).check();
    await page.getByRole('button', { name: 'Compare selected (2)' }).click();
    // The table scrolls inside its own focusable region; the page itself does not scroll sideways.
    expect(await scrollWidth(), 'comparison').toBeLessThanOrEqual(320);
  });

  it('a click on the next button counts when leaving an empty statement shows its problem (the button does not move under the pointer)', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'Blank persona');
    await page.getByRole('button', { name: 'Add goal', exact: true }).click();
    // Focus is in the new, empty goal: pressing the next button blurs it, and its "is empty" line appears above.
    const addJob = page.getByRole('button', { name: 'Add job story', exact: true });
    await addJob.scrollIntoViewIfNeeded();
    const box = await addJob.boundingBox();
    if (box === null) throw new Error('no button');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // A person holds the button about a tenth of a second.
    await page.waitForTimeout(120);
    await page.mouse.up();
    await expect.poll(async () => ((await savedPersonas(page))[0]?.['jobs'] as unknown[] | undefined)?.length).toBe(1);
    // The problem shows once the click is done.
    await expect.poll(() => page.getByText('is empty; fill it in or remove it').count()).toBeGreaterThan(0);
  });

  it('wraps a research source on a 320 px screen rather than scroll the page sideways', async () => {
    const { page } = await openPage({ width: 320 });
    await startFromTemplate(page, 'Busy B2C shopper');
    await page.getByLabel(/^Evidence for/).first().selectOption({ label: 'Backed by research' });
    // 80 characters, the limit.
    await page.getByLabel(/^Source for/).first().fill('Customer interviews, March 2025, and the support ticket review of the spring qtr');
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('wraps a long unbroken name on a 320 px screen, in the editor heading and on the card', async () => {
    const { page } = await openPage({ width: 320 });
    await startFromTemplate(page, 'Busy B2C shopper');
    await page.getByLabel('Name', { exact: true }).fill('Wolfeschlegelsteinhausenbergerdorff-Supercalifragilistic');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Wolfeschlegel/ }).count()).toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(320);
  });

  it('moves focus to the list, not the page, when the undo bar is dismissed', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'Busy B2C shopper');
    await page.getByRole('link', { name: 'All personas' }).click();
    await page.getByRole('button', { name: 'Delete Maya Chen' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo delete');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Undo delete' }).count()).toBe(0);
    await page.waitForFunction(() => document.activeElement !== document.body);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Your personas');
  });

  it('shows a change made in another tab without a reload', async () => {
    const { page, context } = await openPage();
    const otherPage = await testBrowser.newPage(context);
    await otherPage.goto(`${baseUrl}${PAGE}`);
    await hydrated(otherPage);
    await startFromTemplate(page, 'Subscription customer');
    await otherPage.getByRole('heading', { name: 'Priya Nair', level: 3 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Priya Shah');
    await otherPage.getByRole('heading', { name: 'Priya Shah', level: 3 }).waitFor();
    await otherPage.getByRole('button', { name: 'Delete Priya Shah' }).click();
    // The editor here stays open and says so (two-tabs.test.ts checks the choice it offers).
    await page.getByRole('region', { name: 'Deleted in another tab' }).waitFor();
  });

  it('exports every persona as Markdown from the list', async () => {
    const { page } = await openPage();
    for (const template of ['Busy B2C shopper', 'First-time visitor']) {
      await startFromTemplate(page, template);
      await page.getByRole('link', { name: 'All personas' }).click();
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all as Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^personas-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path()) ?? '', 'utf8');
    expect(markdown.match(/^# .+$/gm)).toEqual(['# Maya Chen', '# Sam Rivera']);
  });

  it('keeps a saved persona it cannot read aside, to download or discard, with the others still listed', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'Busy B2C shopper');
    // Damage storage by hand: a second persona without an id or a valid priority.
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('touchpoint:personas') ?? '') as { data: { personas: unknown[] } };
      saved.data.personas.push({ name: 'Half-written', priority: 'urgent' });
      localStorage.setItem('touchpoint:personas', JSON.stringify(saved));
    });
    await page.goto(`${baseUrl}${PAGE}`);
    await hydrated(page);
    const notice = page.getByRole('alert').filter({ hasText: 'One saved persona could not be read, so it is kept aside.' });
    await expect(notice.innerText()).resolves.toContain('Half-written');
    await page.getByRole('heading', { level: 3, name: 'Maya Chen' }).waitFor();
    await expectNoA11yViolations(page, 'set-aside notice');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download persona 1, “Half-written”' }).click()]);
    expect(download.suggestedFilename()).toBe('persona-kept-aside-1.json');
    expect(JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'))).toEqual({ name: 'Half-written', priority: 'urgent' });
    await page.getByRole('button', { name: 'Discard persona 1, “Half-written”' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect((await savedPersonas(page)).map((persona) => persona.name)).toEqual(['Maya Chen']);
  });

  it('links its tips to sections that exist in the personas guide', async () => {
    const { page } = await openPage({ path: GUIDE_LINKS.guide, island: false });
    for (const link of Object.values(GUIDE_LINKS)) {
      const fragment = link.split('#')[1];
      if (!fragment) continue;
      await expect(page.locator(`[id="${fragment}"]`).count(), link).resolves.toBe(1);
    }
  });
});

describe('axe-core on the persona builder in the light theme and the dark one', () => {
  it('the list, the form with its card, the import panel and a comparison have no serious violation', async () => {
    const { page } = await openPage();
    await expectNoA11yViolations(page, 'empty list');
    await startFromTemplate(page, 'Busy B2C shopper');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByLabel('Representative quote').fill('x'.repeat(260));
    await page.getByRole('button', { name: 'Share link' }).click();
    await expectNoA11yViolations(page, 'form, card, problems and share panel');
    await page.getByRole('link', { name: 'All personas' }).click();
    await startFromTemplate(page, 'B2B decision maker');
    await page.getByRole('link', { name: 'All personas' }).click();
    await page.getByRole('button', { name: 'Import JSON' }).click();
    await page.getByLabel('Or paste JSON').fill('[{"name": ""}]');
    await page.getByRole('button', { name: 'Check pasted text' }).click();
    await page.getByRole('button', { name: 'Delete Maya Chen' }).click();
    await expectNoA11yViolations(page, 'list with import panel and undo');
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await page.getByRole('checkbox', { name: 'Compare Maya Chen' }).check();
    await page.getByRole('checkbox', { name: 'Compare Daniel Okafor' }).check();
    await page.getByRole('button', { name: 'Compare selected (2)' }).click();
    await expectNoA11yViolations(page, 'comparison');
  });

  it('a persona card opened from a share link has no serious violation', async () => {
    const { page } = await openPage();
    await startFromTemplate(page, 'B2B decision maker');
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('input[readonly]')].some((input) => (input as HTMLInputElement).value.includes('#share=')));
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const shared = await openPage({ path: `${PAGE}${link.slice(link.indexOf('#'))}` });
    await shared.page.getByRole('heading', { name: 'A persona shared with you' }).waitFor();
    await expectNoA11yViolations(shared.page, 'shared card');
  });
});
