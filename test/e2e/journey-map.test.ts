import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const PAGE = '/tools/journey-map/';
const STORAGE_KEY = 'touchpoint:journey-maps';

const testBrowser = useTestBrowser();

interface OpenOptions {
  readonly width?: number;
  readonly path?: string;
  readonly context?: BrowserContext;
}

async function openContext(options: OpenOptions = {}): Promise<BrowserContext> {
  const context = await testBrowser.newContext({
    colorScheme: 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
  });
  return context;
}

async function openPage(options: OpenOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = options.context ?? (await openContext(options));
  const page = await testBrowser.newPage(context);
  await page.goto(`${baseUrl}${options.path ?? PAGE}`);
  await hydrated(page);
  return { page: page, context };
}

/** Waits until the island has hydrated (Astro drops the `ssr` attribute then) and has read saved maps (their cover is off). */
async function hydrated(page: Page): Promise<void> {
  await hydrateIslands(page);
  await page.waitForFunction(() => document.documentElement.dataset['sharedLink'] === undefined);
  await page.locator('.jm-loading').waitFor({ state: 'detached' });
}

/** Start a map from a template (or blank) for a typed persona name. */
async function createMap(page: Page, template: string, persona?: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${template}`) }).check();
  if (persona !== undefined) await page.getByLabel('Persona name').fill(persona);
  await page.getByRole('button', { name: 'Create map' }).click();
  await mapShown(page);
}

/** Wait for the open map's views: they load after the page's first render, so the title can come first. */
async function mapShown(page: Page): Promise<void> {
  await page.locator('#jm-view-heading').waitFor();
}

/** The maps saved in this browser. */
async function savedMaps(page: Page): Promise<{ id: string; scenario: string; stages: { name: string; [key: string]: unknown }[]; [key: string]: unknown }[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"data":{"maps":[]}}').data.maps, STORAGE_KEY);
}

async function stageHeadings(page: Page): Promise<string[]> {
  await mapShown(page);
  return page.locator('.jm-canvas__stage-name').evaluateAll((headings) => headings.map((heading) => heading.textContent?.replace(/^Stage \d+: /, '') ?? ''));
}

async function activeElementId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

/** The width and height of each PDF page, in points. */
function getPdfPageSizes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`,
  );
}

describe('the journey map builder in Chromium', () => {
  it('builds a map from a template for a persona made in the persona builder, and keeps the edits after a reload', async () => {
    const { page } = await openPage({ path: '/tools/personas/' });
    await page.getByRole('button', { name: 'Busy B2C shopper', exact: true }).click();
    await page.getByRole('form').waitFor();

    await page.goto(`${baseUrl}${PAGE}`);
    await hydrated(page);
    await expect.poll(() => page.getByText('No journey maps in this browser yet').count()).toBe(1);
    const personaSelect = page.getByLabel('Persona', { exact: true });
    await expect(personaSelect.locator('option:checked').textContent()).resolves.toMatch(/^Maya Chen/);
    await page.getByRole('radio', { name: /^E-commerce purchase/ }).check();
    await page.getByRole('button', { name: 'Create map' }).click();
    await expect.poll(() => activeElementId(page)).toBe('jm-map-heading');
    await expect(page.locator('#jm-map-heading').textContent()).resolves.toBe('First purchase online');
    await expect.poll(() => page.getByText('from the persona builder').count()).toBe(1);
    await expect(stageHeadings(page)).resolves.toEqual(['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Advocacy']);

    // Rename a stage.
    await page.getByRole('button', { name: '2. Consideration' }).click();
    await page.getByLabel('Stage name').fill('Comparing shops');
    await expect(stageHeadings(page)).resolves.toEqual(['Awareness', 'Comparing shops', 'Purchase', 'Delivery', 'Advocacy']);

    // Add a pain point and an opportunity: focus goes to the new item's text.
    await page.getByRole('button', { name: 'Add pain point' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Pain point');
    await page.keyboard.type('No price comparison with shipping included');
    const painPoints = page.getByRole('group', { name: 'Pain points' });
    await painPoints.getByLabel('Severity').last().selectOption('high');
    await page.getByRole('button', { name: 'Add opportunity' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Opportunity');
    await page.keyboard.type('Show the total price with shipping on every product');
    const opportunities = page.getByRole('group', { name: 'Opportunities' });
    await opportunities.getByLabel('Owner (team)').last().fill('Pricing');
    await opportunities.getByLabel('Impact').last().selectOption('5');
    await opportunities.getByLabel('Effort').last().selectOption('1');

    const topRow = page.locator('.jm-backlog__table tbody tr').first();
    await expect(topRow.innerText()).resolves.toMatch(/^1\s+25\s+Show the total price with shipping on every product\s+Comparing shops\s+Pricing\s+5 very high\s+1 very low/);
    const canvas = page.getByRole('region', { name: 'Journey map canvas (scrolls sideways)' });
    await expect(canvas.innerText()).resolves.toContain('No price comparison with shipping included');
    await expect.poll(() => page.getByText(/Saved in this browser at/).count()).toBe(1);

    await page.reload();
    await hydrated(page);
    await expect(stageHeadings(page)).resolves.toEqual(['Awareness', 'Comparing shops', 'Purchase', 'Delivery', 'Advocacy']);
    await expect(canvas.innerText()).resolves.toContain('No price comparison with shipping included');
    await expect(topRow.innerText()).resolves.toMatch(/Show the total price with shipping on every product/);
    const [saved] = await savedMaps(page);
    expect(saved?.['personas']).toEqual([expect.objectContaining({ name: 'Maya Chen', personaId: expect.stringMatching(/.+/) })]);
    expect(saved?.stages[1]?.name).toBe('Comparing shops');
  });

  it('exports JSON and imports it in a fresh browser, and never replaces a map without asking', async () => {
    const { page } = await openPage();
    await createMap(page, 'SaaS onboarding', 'Ops lead Olu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this map (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^journey-map-.*\.json$/);
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    const [original] = await savedMaps(page);

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    const markdownText = readFileSync((await markdown.path()) ?? '', 'utf8');
    expect(markdownText).toContain('Getting started with a new software tool');
    expect(markdownText).toContain('Ops lead Olu');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backlog (CSV)' }).click()]);
    const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(csvText.split(/\r?\n/)[0]).toMatch(/Rank.*Priority.*Opportunity.*Stage.*Owner.*Impact.*Effort/);
    const [backlogMarkdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backlog (Markdown)' }).click()]);
    expect(readFileSync((await backlogMarkdown.path()) ?? '', 'utf8')).toMatch(/\| *Rank *\|/);

    const fresh = (await openPage()).page;
    const importFile = async (name: string, text: string) => {
      const [chooser] = await Promise.all([fresh.waitForEvent('filechooser'), fresh.getByRole('button', { name: 'Import maps (JSON)…' }).click()]);
      await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };
    // A file that is not JSON, and one with a bad value: each is named, and nothing is imported.
    await importFile('broken.json', '{"maps": [');
    await expect.poll(() => fresh.getByRole('alert').filter({ hasText: 'This file is not valid JSON' }).count()).toBe(1);
    const bad = JSON.parse(exported) as { maps: { stages: { emotions: unknown[] }[] }[] };
    bad.maps[0]!.stages[0]!.emotions = [{ personaKey: 'nobody', curve: 'as-is', score: 7 }];
    await importFile('bad.json', JSON.stringify(bad));
    const problems = fresh.getByRole('alert').filter({ hasText: 'Nothing was imported. This file has' });
    await expect(problems.innerText()).resolves.toMatch(/−2 to 2/);
    expect(await savedMaps(fresh)).toEqual([]);

    await importFile('journey.json', exported);
    // Wait for the new result: the file is read asynchronously, and the previous failure has the same id.
    await expect(fresh.locator('#jm-import-result').filter({ hasText: /^Import done/ }).innerText()).resolves.toMatch(/^Import done: added 1 map\./);
    await expect(fresh.locator('#jm-map-heading').textContent()).resolves.toBe('Getting started with a new software tool');
    expect(await savedMaps(fresh)).toEqual([original]);

    // The same file again: a question first; cancel changes nothing, "keep both" adds a copy beside it.
    await importFile('journey.json', exported);
    await fresh.getByRole('heading', { name: 'A map in this file is already here' }).waitFor();
    await fresh.getByRole('button', { name: 'Cancel' }).click();
    await expect(fresh.locator('#jm-import-result').innerText()).resolves.toBe('Import cancelled: nothing changed.');
    expect(await savedMaps(fresh)).toEqual([original]);
    await importFile('journey.json', exported);
    await fresh.getByRole('radio', { name: 'Replace the one here' }).check();
    await fresh.getByRole('radio', { name: /^Keep both/ }).check();
    await fresh.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(fresh.locator('#jm-import-result').innerText()).resolves.toMatch(/^Import done: added 1 map\./);
    const maps = await savedMaps(fresh);
    expect(maps).toHaveLength(2);
    expect(maps[0]).toEqual(original);
    expect(maps[1]?.id).not.toBe(original?.id);
  });

  it('shares a map through a link in the URL fragment, and offers it before adding it', async () => {
    const { page } = await openPage();
    await createMap(page, 'Service complaint', 'Pat');
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link = await page.getByLabel(/^Share link/).inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}${PAGE}#map=`));

    const { page: other } = await openPage({ path: link.slice(baseUrl.length) });
    await other.getByRole('heading', { name: 'A journey map was shared with you' }).waitFor();
    expect(await savedMaps(other)).toEqual([]);
    await expectNoA11yViolations(other, 'shared map offer');
    await other.getByRole('button', { name: 'Add to my maps' }).click();
    await expect(other.locator('#jm-map-heading').textContent()).resolves.toBe('Getting a billing error fixed');
    expect(new URL(other.url()).hash).toBe('');
    const [mine] = await savedMaps(page);
    const [theirs] = await savedMaps(other);
    expect({ ...theirs, updatedAt: '' }).toEqual({ ...mine, updatedAt: '' });

    const { page: broken } = await openPage({ path: `${PAGE}#map=1.not-a-real-code` });
    await broken.getByRole('heading', { name: 'The shared map could not be opened' }).waitFor();
    expect(await savedMaps(broken)).toEqual([]);
  });

  it('computes a measured metric per stage from pasted answers or typed totals, and reports bad lines', async () => {
    const { page } = await openPage();
    await createMap(page, 'E-commerce purchase', 'Maya');
    await page.getByRole('button', { name: '3. Purchase' }).click();
    await page.getByLabel('Answers from 1 to 5').fill('5\n4\n2\nseven\n5');
    const result = page.locator('.jm-metric-result');
    await expect(result.innerText()).resolves.toMatch(/CSAT 75% from 4 answers/);
    await expect(result.innerText()).resolves.toMatch(/1 value was left out:\s+Line 4/i);
    const canvas = page.getByRole('region', { name: 'Journey map canvas (scrolls sideways)' });
    await expect(canvas.innerText()).resolves.toMatch(/CSAT 75%/);

    await page.getByRole('button', { name: '5. Advocacy' }).click();
    await page.getByRole('radio', { name: 'Type totals' }).check();
    await page.getByLabel('Promoters (9–10)').fill('50');
    await page.getByLabel('Passives (7–8)').fill('30');
    await page.getByLabel('Detractors (0–6)').fill('20');
    await expect(result.innerText()).resolves.toMatch(/NPS \+30 from 100 answers/);
    await expect(canvas.innerText()).resolves.toMatch(/NPS \+30/);
    await page.getByLabel('Detractors (0–6)').fill('-4');
    await expect.poll(() => page.locator('.jm-metric-result .field__error').count()).toBe(1);
  });

  it('draws an as-is and a to-be curve per persona, with a filter, and calls out the moments that matter', async () => {
    const { page } = await openPage();
    await createMap(page, 'E-commerce purchase', 'Maya');
    await page.getByLabel('Add a persona by name').fill('Sam');
    await page.getByRole('button', { name: 'Add persona' }).click();
    await page.getByRole('button', { name: '1. Awareness' }).click();
    await page.getByLabel('Sam, as is', { exact: true }).selectOption('-2');
    await page.getByLabel('Maya, to be', { exact: true }).selectOption('1');

    const legend = page.getByRole('list', { name: 'Legend' });
    await expect.poll(() => legend.getByRole('listitem').allInnerTexts()).toEqual([
      'Maya, as is (solid line, circles)',
      'Maya, to be (dashed line, circles)',
      'Sam, as is (solid line, squares)',
      'Ring: a moment that matters',
    ]);
    const moments = page.locator('.jm-moments li');
    await expect.poll(() => moments.allInnerTexts()).toEqual([
      'Purchase for Maya (as is): −2 (very negative), the lowest point of the curve',
      'Awareness for Sam (as is): −2 (very negative), the lowest point of the curve',
    ]);
    await expect.poll(() => page.getByRole('img', { name: /Emotion curve of “First purchase online”/ }).count()).toBe(1);

    const filter = page.getByRole('group', { name: 'Show curves' });
    await filter.getByRole('checkbox', { name: 'Sam' }).uncheck();
    await filter.getByRole('checkbox', { name: /^To be/ }).uncheck();
    await expect.poll(() => legend.getByRole('listitem').allInnerTexts()).toEqual(['Maya, as is (solid line, circles)', 'Ring: a moment that matters']);

    await page.getByText('The curve’s numbers as a table').click();
    const data = page.getByRole('table', { name: 'Emotion score per stage, −2 to +2' });
    await expect.poll(() => data.locator('tbody tr').first().innerText()).toMatch(/1\. Awareness\s+0 \(neutral\)/);
  });

  it('keeps the name of a persona deleted in the persona builder, and says it is gone', async () => {
    const { page } = await openPage({ path: '/tools/personas/' });
    await page.getByRole('button', { name: 'B2B decision maker', exact: true }).click();
    await page.getByRole('form').waitFor();
    await page.goto(`${baseUrl}${PAGE}`);
    await hydrated(page);
    await createMap(page, 'B2B procurement');

    await page.goto(`${baseUrl}/tools/personas/`);
    await hydrateIslands(page);
    await page.getByRole('button', { name: 'Delete Daniel Okafor' }).click();
    // The persona builder names the map that uses the persona before deleting it (two-tabs.test.ts checks the warning).
    await page.getByRole('button', { name: 'Delete anyway' }).click();
    await page.getByRole('button', { name: 'Undo delete' }).waitFor();

    await page.goto(`${baseUrl}${PAGE}`);
    await hydrated(page);
    await expect(page.getByRole('note').innerText()).resolves.toMatch(/^“Daniel Okafor” is no longer in the persona builder of this browser/);
    await expect.poll(() => page.getByText('no longer in the persona builder', { exact: true }).count()).toBe(1);
    await expect(page.locator('#jm-open-map option:checked').textContent()).resolves.toBe('Buying a service for the company (Daniel Okafor)');
    await expectNoA11yViolations(page, 'deleted persona');
  });

  it('says when the browser’s storage is full, and keeps the edits on the page', async () => {
    const context = await openContext();
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const { page } = await openPage({ context });
    await createMap(page, 'Blank map', 'Kim');
    await page.evaluate(() => {
      (window as unknown as { storageFull: boolean }).storageFull = true;
    });
    await page.getByRole('textbox', { name: 'Scenario' }).fill('Renewing a subscription');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'storage for this site is full' }).count()).toBe(1);
    await expect.poll(() => page.getByText(/Not saved:/).count()).toBe(1);
    await expect(page.locator('#jm-map-heading').textContent()).resolves.toBe('Renewing a subscription');
    await expect(page.getByRole('textbox', { name: 'Scenario' }).inputValue()).resolves.toBe('Renewing a subscription');
  });

  it('renames, adds, removes and reorders stages with the keyboard alone, and shows empty stages plainly', async () => {
    const { page } = await openPage();
    // Create a blank map: type the persona, submit the form with Enter.
    await page.getByLabel('Persona name').focus();
    await page.keyboard.type('Alex');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeElementId(page)).toBe('jm-map-heading');
    await expect(stageHeadings(page)).resolves.toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    // An empty stage reads "nothing yet" to screen readers, a dash to the eye.
    const firstGoals = page.locator('.jm-canvas__cell--goals').first();
    await expect(firstGoals.innerText()).resolves.toMatch(/—/);
    await expect(firstGoals.textContent()).resolves.toMatch(/nothing yet/);

    // The canvas and the curve are reachable with Tab (they scroll inside themselves).
    await expect(page.getByRole('region', { name: 'Journey map canvas (scrolls sideways)' }).getAttribute('tabindex')).resolves.toBe('0');

    // Edit a stage from the canvas: the stage editor opens with its name focused.
    await page.getByRole('button', { name: 'Edit stage Consideration' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Stage name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Comparing');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('← Move left');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Move right
    await expect(stageHeadings(page)).resolves.toEqual(['Awareness', 'Purchase', 'Comparing', 'Retention', 'Advocacy']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move right →');
    await expect(page.locator('[aria-live="polite"]').first().innerText()).resolves.toBe('Moved “Comparing” to position 3 of 5.');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space'); // Move left
    await page.keyboard.press('Space'); // Move left again
    await expect(stageHeadings(page)).resolves.toEqual(['Comparing', 'Awareness', 'Purchase', 'Retention', 'Advocacy']);
    // At the first place "Move left" is disabled; focus moved to "Move right" instead of getting lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move right →');

    // Add a stage after this one: its name field takes focus.
    await page.getByRole('button', { name: 'Add a stage after this one' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('New stage');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Research');
    await expect(stageHeadings(page)).resolves.toEqual(['Comparing', 'Research', 'Awareness', 'Purchase', 'Retention', 'Advocacy']);

    // Remove the (empty) stage at once, then undo from the keyboard.
    await page.getByRole('button', { name: 'Remove stage' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeElementId(page)).toBe('jm-undo-stage');
    await expect(stageHeadings(page)).resolves.toEqual(['Comparing', 'Awareness', 'Purchase', 'Retention', 'Advocacy']);
    await page.keyboard.press('Enter');
    await expect(stageHeadings(page)).resolves.toEqual(['Comparing', 'Research', 'Awareness', 'Purchase', 'Retention', 'Advocacy']);

    // A stage with content asks first.
    await page.getByRole('button', { name: '1. Comparing' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Customer goals').focus();
    await page.keyboard.type('Find the best deal');
    await page.getByRole('button', { name: 'Remove stage' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-confirm-remove$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Keep it
    await expect(stageHeadings(page)).resolves.toHaveLength(6);

    // The table view holds the same lanes and stages as the canvas.
    await page.getByRole('radio', { name: 'Table' }).focus();
    await page.keyboard.press('Space');
    const table = page.getByRole('table', { name: /^Journey map: Untitled scenario|^Journey map: untitled scenario/ });
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual([
      'Lane',
      '1. Comparing',
      '2. Research',
      '3. Awareness',
      '4. Purchase',
      '5. Retention',
      '6. Advocacy',
    ]);
    await expect(table.locator('tbody th').allInnerTexts()).resolves.toEqual([
      'Customer goals',
      'Actions',
      'Touchpoints and channels',
      'Owners (teams)',
      'Thoughts',
      'Emotion',
      'Pain points',
      'Opportunities',
      'Measured metrics',
    ]);
    await expect(table.locator('tbody tr').first().locator('td').first().innerText()).resolves.toBe('Find the best deal');
  });

  it('keeps several maps, switches between them and follows changes made in another tab', async () => {
    const context = await openContext();
    const { page } = await openPage({ context });
    await createMap(page, 'E-commerce purchase', 'Maya');
    const { page: second } = await openPage({ context });
    await expect(second.locator('#jm-map-heading').textContent()).resolves.toBe('First purchase online');
    // Back to the first tab (a background tab's timers are throttled, as in a real browser).
    await page.bringToFront();

    await page.getByRole('button', { name: 'New map' }).click();
    await expect.poll(() => activeElementId(page)).toBe('jm-new-heading');
    await createMap(page, 'B2B procurement', 'Dana');
    await expect(page.getByLabel(/^Open map/).locator('option').allTextContents()).resolves.toEqual([
      'First purchase online (Maya)',
      'Buying a service for the company (Dana)',
    ]);
    await expect.poll(() => second.getByLabel(/^Open map/).locator('option').count()).toBe(2);
    await page.getByLabel(/^Open map/).selectOption({ label: 'First purchase online (Maya)' });
    await expect(page.locator('#jm-map-heading').textContent()).resolves.toBe('First purchase online');

    // Delete asks first, and can be undone.
    await page.getByRole('button', { name: 'Delete map' }).click();
    await page.locator('#jm-confirm-delete-map').click();
    await expect.poll(() => activeElementId(page)).toBe('jm-undo-delete');
    expect(await savedMaps(page)).toHaveLength(1);
    await page.keyboard.press('Enter');
    expect((await savedMaps(page)).map((map) => map.scenario)).toEqual(['First purchase online', 'Buying a service for the company']);
  });

  it('passes axe in every state of the page, light and dark', async () => {
    const { page } = await openPage();
    await expectNoA11yViolations(page, 'no maps yet');
    await createMap(page, 'E-commerce purchase', 'Maya');
    await expectNoA11yViolations(page, 'map from a template');

    await page.getByRole('button', { name: '3. Purchase' }).click();
    await page.getByLabel('Answers from 1 to 5').fill('5\n4\n9\n1');
    await page.getByLabel('Add a persona by name').fill('Sam');
    await page.getByRole('button', { name: 'Add persona' }).click();
    await page.getByLabel('Maya, to be', { exact: true }).selectOption('1');
    await page.getByRole('button', { name: 'Add pain point' }).click();
    await page.getByText('The curve’s numbers as a table').click();
    await page.getByRole('button', { name: 'Make a share link' }).click();
    await page.getByRole('button', { name: 'Delete map' }).click();
    await expectNoA11yViolations(page, 'metric, several personas, curve data, share link, delete question');

    await page.getByRole('button', { name: 'Keep it' }).first().click();
    await page.getByRole('radio', { name: 'Table' }).check();
    await page.getByRole('button', { name: 'New map' }).click();
    await expectNoA11yViolations(page, 'table view and the new map form');

    const exported = JSON.stringify({ format: 'touchpoint-journey-maps', version: 1, exportedAt: new Date().toISOString(), maps: await savedMaps(page) });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import maps (JSON)…' }).click()]);
    await chooser.setFiles({ name: 'maps.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.locator('#jm-import-question, #jm-import-result').first().waitFor();
    await expectNoA11yViolations(page, 'import question or result');
  });

  it('fits a 320 px screen: the wide map scrolls inside its own labelled region, never the page', async () => {
    const { page } = await openPage({ width: 320 });
    const pageOverflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect(pageOverflow()).resolves.toBe(0);
    await createMap(page, 'B2B procurement', 'Dana');
    await page.getByText('The curve’s numbers as a table').click();
    await page.getByRole('radio', { name: 'Table' }).check();
    await expect(pageOverflow()).resolves.toBe(0);
    await page.getByRole('radio', { name: 'Canvas' }).check();
    await expect(pageOverflow()).resolves.toBe(0);
    const canvas = page.getByRole('region', { name: 'Journey map canvas (scrolls sideways)' });
    await expect(canvas.evaluate((element) => element.scrollWidth > element.clientWidth)).resolves.toBe(true);
    await expect(canvas.getAttribute('tabindex')).resolves.toBe('0');
    await expectNoA11yViolations(page, '320 px');
  });

  it('does not shift the page as it loads, on a phone or a desktop screen', async () => {
    for (const width of [412, 1280]) {
      const context = await openContext({ width });
      const page = await testBrowser.newPage(context);
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // The builder's code arrives after the first paint, as on a slow phone: the page is painted loading first.
      await page.route('**/_astro/*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.goto(`${baseUrl}${PAGE}`);
      await hydrated(page);
      await page.getByRole('button', { name: 'Create map' }).waitFor();
      await expect(page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts), `layout shifts at ${String(width)} px`).resolves.toEqual([]);
    }
  });

  it('wraps long unbroken names on a 320 px screen instead of scrolling the page sideways', async () => {
    const { page } = await openPage({ width: 320 });
    await createMap(page, 'E-commerce purchase', 'Wolfeschlegelsteinhausenbergerdorff-Supercalifragilistic-Mary');
    await page.getByLabel('Scenario', { exact: true }).fill('Averyveryverylongunbrokenscenarionamewithoutanyspacestotestwrapping');
    await expect(page.locator('#jm-map-heading').textContent()).resolves.toMatch(/^Averyvery/);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
  });

  it('reads a damaged share link or a broken saved map in plain words, and moves focus to the message', async () => {
    const { page } = await openPage({ path: `${PAGE}#map=1.not-a-real-code` });
    await page.getByRole('heading', { name: 'The shared map could not be opened' }).waitFor();
    // The message is focused, so a screen reader reads it on arrival (the island renders it after a promise).
    await page.waitForFunction(() => document.activeElement?.id === 'jm-shared-heading');

    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, data: { maps: [{ id: 'a' }, 5] } })), STORAGE_KEY);
    await page.goto(`${baseUrl}${PAGE}`);
    await hydrated(page);
    // The storage notice's wording loads with the notice, a moment after the page.
    await expect.poll(() => page.locator('.jm').innerText(), { timeout: 15_000 }).toContain('personas: is missing');
    const text = await page.locator('.jm').innerText();
    expect(text).toContain('should be an object, not 5');
    expect(text).not.toMatch(/undefined|NaN|Infinity|\[object Object\]/);
  });

  it('prints the map on landscape pages, A4 or A3, without the editing controls', async () => {
    const { page } = await openPage();
    await createMap(page, 'E-commerce purchase', 'Maya');
    // Eight stages: a wide map.
    for (let added = 0; added < 3; added += 1) await page.getByRole('button', { name: 'Add a stage at the end' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.jm-editor').isVisible()).resolves.toBe(false);
    await expect(page.locator('.jm-keep').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Edit stage Awareness' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.jm-print-title').innerText()).resolves.toBe('First purchase online · Maya');
    await expect(page.locator('.jm-backlog').isVisible()).resolves.toBe(true);

    // A4 landscape: 297 mm − 2 × 10 mm margins ≈ 1047 px at 96 px per inch. The map (printed as its table) fits without scrolling.
    await page.setViewportSize({ width: 1047, height: 740 });
    const mapFits = () =>
      page.locator('.jm-print-table').evaluate((element) => ({ overflow: element.scrollWidth - element.clientWidth, width: element.clientWidth }));
    await expect(mapFits()).resolves.toEqual({ overflow: 0, width: expect.any(Number) });
    await expect(page.locator('.jm-canvas-scroll').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1047);

    const a4 = await page.pdf({ preferCSSPageSize: true });
    const a4Sizes = getPdfPageSizes(a4);
    expect(a4Sizes.length).toBeGreaterThan(0);
    expect(new Set(a4Sizes)).toEqual(new Set(['842x595']));

    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Paper (landscape)').selectOption('A3');
    const a3Sizes = getPdfPageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(new Set(a3Sizes)).toEqual(new Set(['1191x842']));
  });

  describe('maps that read, print and scroll (issue 15)', () => {
    const LONG_URL = 'https://example.com/checkout/help/articles/very-long-path-without-any-spaces/delivery-costs-and-returns-policy-2026?utm_source=journey-map';
    const LONG_STAGE = 'Comparing-delivery-options-across-every-marketplace-and-country-today';

    /** A map from the e-commerce template with a long stage name and an opportunity holding a long URL in stage 1. */
    async function makeLongContentMap(page: Page, stages = 5): Promise<void> {
      await createMap(page, 'E-commerce purchase', 'Maya');
      for (let added = 5; added < stages; added += 1) await page.getByRole('button', { name: 'Add a stage at the end' }).click();
      await page.getByRole('button', { name: '1. Awareness' }).click();
      await page.getByLabel('Stage name').fill(LONG_STAGE);
      await page.getByRole('button', { name: 'Add opportunity' }).click();
      // Focus moves to the new field a timer after the click: typed before that, a space presses the button again.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Opportunity');
      await page.keyboard.type(`See ${LONG_URL}`);
      await expect.poll(() => page.locator('.jm-canvas__cell--opportunities').first().innerText(), { timeout: 10_000 }).toContain('utm_source');
    }

    /**
     * Boxes of the canvas: for every row, each cell's box and the widest right edge of what it holds (visually
     * hidden helper text excluded), and each stage header with its name.
     */
    function measureCanvas(page: Page) {
      return page.locator('.jm-canvas').evaluate((canvas) => {
        const box = (element: Element) => {
          const rect = element.getBoundingClientRect();
          return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const contentRight = (cell: Element) =>
          Math.max(
            box(cell).left,
            ...[...cell.querySelectorAll('*')].filter((element) => !element.closest('.visually-hidden')).map((element) => box(element).right),
          );
        const rows = new Map<string, { cell: ReturnType<typeof box>; content: number; overflow: number }[]>();
        for (const cell of canvas.querySelectorAll('.jm-canvas__cell')) {
          const lane = [...cell.classList].find((name) => name.startsWith('jm-canvas__cell--')) ?? '';
          rows.set(lane, [...(rows.get(lane) ?? []), { cell: box(cell), content: contentRight(cell), overflow: cell.scrollWidth - cell.clientWidth }]);
        }
        const headers = [...canvas.querySelectorAll('.jm-canvas__stage')].map((header) => ({
          header: box(header),
          name: box(header.querySelector('.jm-canvas__stage-name') as Element),
        }));
        return { rows: [...rows.values()], headers };
      });
    }

    for (const width of [1280, 375]) {
      it(`keeps a long URL and a long stage name inside their columns at ${String(width)} px`, async () => {
        const { page } = await openPage({ width });
        await makeLongContentMap(page);
        const { rows, headers } = await measureCanvas(page);
        expect(rows).toHaveLength(9);
        for (const row of rows) {
          row.forEach(({ cell, content, overflow }, index) => {
            // Nothing exceeds its column, nothing spills over: content inside its cell, no hidden overflow.
            expect(content).toBeLessThanOrEqual(cell.right + 0.5);
            expect(overflow).toBeLessThanOrEqual(0);
            const next = row[index + 1];
            if (next) expect(cell.right).toBeLessThanOrEqual(next.cell.left + 0.5);
            // Columns keep their width: each cell as wide as its stage's header.
            const header = headers[index]?.header;
            expect(Math.abs(cell.left - (header?.left ?? 0))).toBeLessThan(1);
            expect(Math.abs(cell.right - (header?.right ?? 0))).toBeLessThan(1);
          });
        }
        for (const { header, name } of headers) {
          expect(name.right).toBeLessThanOrEqual(header.right + 0.5);
          expect(name.left).toBeGreaterThanOrEqual(header.left - 0.5);
        }
        // The long URL's column is no wider than its neighbours (12 rem at least, shared evenly).
        const widths = headers.map(({ header }) => Math.round(header.right - header.left));
        expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
        await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);

        // The table view wraps the same way: every cell's content inside its cell.
        await page.getByRole('radio', { name: 'Table' }).check();
        const tableOverflow = await page.locator('.jm-table').evaluate((table) =>
          [...table.querySelectorAll('td, th')].map((cell) => cell.scrollWidth - cell.clientWidth).filter((overflow) => overflow > 0),
        );
        expect(tableOverflow).toEqual([]);
        await expectNoA11yViolations(page, `long content at ${String(width)} px`);
      });
    }

    /** How many pages a PDF has: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
    function countPdfPages(pdf: Buffer): number {
      return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
    }

    // Printable area at 96 px per inch, 10 mm margins: A4 landscape 277 × 190 mm, A3 landscape 400 × 277 mm.
    const PAPERS = [
      { paper: 'A4', width: 1047, height: 718, mediaBox: '842x595' },
      { paper: 'A3', width: 1512, height: 1047, mediaBox: '1191x842' },
    ] as const;

    for (const { paper, width, height, mediaBox } of PAPERS) {
      it(`prints a six-stage map on ${paper} landscape from page 1, with lines, stage markers and headers kept without backgrounds`, async () => {
        const { page } = await openPage();
        await makeLongContentMap(page, 6);
        await page.getByLabel('Paper (landscape)').selectOption(paper);
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width, height });

        const layout = await page.evaluate(() => {
          const table = document.querySelector('.jm-print-table table') as HTMLTableElement;
          const style = (element: Element) => getComputedStyle(element);
          const firstBodyRow = table.tBodies[0]?.rows[0] as HTMLTableRowElement;
          const cells = [...table.querySelectorAll('td')];
          return {
            tableTop: table.getBoundingClientRect().top + window.scrollY,
            firstRowBottom: firstBodyRow.getBoundingClientRect().bottom + window.scrollY,
            tableRight: table.getBoundingClientRect().right,
            theadDisplay: style(table.tHead as Element).display,
            columns: table.tHead?.rows[0]?.cells.length,
            // Lines are borders: a width and a colour that is not transparent.
            borders: cells.map((cell) => ({ width: parseFloat(style(cell).borderTopWidth), colour: style(cell).borderTopColor, line: style(cell).borderTopStyle })),
            markers: [...table.querySelectorAll('.jm-table__number')].map((marker) => ({ width: parseFloat(style(marker).borderTopWidth), text: marker.textContent })),
            // No item clipped: every item inside its cell, no cell overflowing.
            clipped: cells.flatMap((cell) => {
              const box = cell.getBoundingClientRect();
              return [...cell.querySelectorAll('li, p, span:not(.visually-hidden)')]
                .filter((item) => !item.closest('.visually-hidden'))
                .map((item) => item.getBoundingClientRect())
                .filter((item) => item.width > 0 && (item.right > box.right + 0.5 || item.left < box.left - 0.5));
            }).length,
            overflowing: cells.filter((cell) => cell.scrollWidth > cell.clientWidth).length,
          };
        });
        // The title and the map's first lane both fit on page 1 (the map is no longer pushed to page 2).
        expect(layout.tableTop).toBeLessThan(height / 2);
        expect(layout.firstRowBottom).toBeLessThan(height);
        expect(layout.tableRight).toBeLessThanOrEqual(width);
        // A real header row, repeated by the browser on every page the table runs over.
        expect(layout.theadDisplay).toBe('table-header-group');
        expect(layout.columns).toBe(7);
        expect(layout.borders.every(({ width: line, colour, line: kind }) => line > 0 && kind === 'solid' && colour !== 'rgba(0, 0, 0, 0)')).toBe(true);
        expect(layout.markers.map((marker) => marker.text)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
        expect(layout.markers.every((marker) => marker.width > 0)).toBe(true);
        expect(layout.clipped).toBe(0);
        expect(layout.overflowing).toBe(0);

        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
        expect(new Set(getPdfPageSizes(pdf))).toEqual(new Set([mediaBox]));
        // The map, then the curve and the backlog each from a new page: at least three pages, and not a runaway count.
        const pages = countPdfPages(pdf);
        expect(pages).toBeGreaterThanOrEqual(3);
        expect(pages).toBeLessThanOrEqual(paper === 'A4' ? 8 : 6);
      });
    }

    it('scrolls the canvas and the curve sideways on a 375 px phone, says so, and keeps the curve’s labels at 12 px or more', async () => {
      const { page } = await openPage({ width: 375 });
      await createMap(page, 'E-commerce purchase', 'Maya');
      const canvas = page.getByRole('region', { name: 'Journey map canvas (scrolls sideways)' });
      const curve = page.getByRole('region', { name: 'Emotion curve chart (scrolls sideways)' });
      for (const region of [canvas, curve]) {
        // The cue in words, tied to the region for screen readers, and a shadow on the edge with more to see.
        const hintId = await region.getAttribute('aria-describedby');
        expect(hintId).toMatch(/-hint$/);
        await expect(page.locator(`[id="${hintId ?? ''}"]`).innerText()).resolves.toMatch(/Scroll sideways to see all stages/);
        await expect.poll(() => region.evaluate((element) => element.parentElement?.className)).toMatch(/jm-scroll-frame--more-right/);
        // Every stage is reachable: scrolled to the end, the last stage is inside the region.
        await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
        await expect.poll(() => region.evaluate((element) => element.parentElement?.className)).toMatch(/jm-scroll-frame--more-left/);
      }
      const lastStageVisible = await canvas.evaluate((element) => {
        const headers = element.querySelectorAll('.jm-canvas__stage');
        const last = headers[headers.length - 1]?.getBoundingClientRect();
        const frame = element.getBoundingClientRect();
        return last !== undefined && last.right <= frame.right + 1 && last.left >= frame.left;
      });
      expect(lastStageVisible).toBe(true);
      const labels = await curve.evaluate((element) => {
        const svg = element.querySelector('svg') as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const frame = element.getBoundingClientRect();
        return [...svg.querySelectorAll('.jm-curve__label')].map((label) => ({
          text: label.textContent ?? '',
          size: parseFloat(getComputedStyle(label).fontSize) * scale,
          reachable: label.getBoundingClientRect().right <= frame.right + element.scrollWidth,
        }));
      });
      expect(labels.filter((label) => /^\d\./.test(label.text)).map((label) => label.text)).toEqual(['1. Awareness', '2. Consideration', '3. Purchase', '4. Delivery', '5. Advocacy']);
      expect(labels.every((label) => label.size >= 12)).toBe(true);
      // The last stage's label is in view once the curve is scrolled to its end.
      const lastLabelInView = await curve.evaluate((element) => {
        const last = [...element.querySelectorAll('.jm-curve__label')].find((label) => label.textContent === '5. Advocacy')?.getBoundingClientRect();
        const frame = element.getBoundingClientRect();
        return last !== undefined && last.right <= frame.right + 1 && last.left >= frame.left - 1;
      });
      expect(lastLabelInView).toBe(true);
      await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
      await expectNoA11yViolations(page, 'phone, canvas and curve scrolled');
    });

    it('starts a map from an assessment link, tags opportunities, marks example scores and holds two metrics, axe clean in light and dark', async () => {
      const { page: unknown } = await openPage({ path: `${PAGE}?template=onboarding` });
      await expect(unknown.getByRole('alert').innerText()).resolves.toMatch(/no such template/);
      await expectNoA11yViolations(unknown, 'unknown template in a start link');

      const { page } = await openPage({ path: `${PAGE}?template=saas-onboarding&dimension=journeys-touchpoints&guide=customer-journey` });
      await expect.poll(() => activeElementId(page)).toBe('jm-new-heading');
      await expect(page.getByRole('radio', { name: /^SaaS onboarding/ }).isChecked()).resolves.toBe(true);
      const guide = page.locator('.jm-start-link').getByRole('link');
      await expect(guide.getAttribute('href')).resolves.toBe('/guides/customer-journey/');
      expect(readFileSync(`${process.env['DIST_DIR'] ?? 'dist'}/guides/customer-journey/index.html`, 'utf8')).toContain('<h1');
      await expect(page.locator('.jm-start-link').innerText()).resolves.toMatch(/meant to improve Journey mapping & touchpoints/);
      expect(await savedMaps(page)).toEqual([]);
      await expectNoA11yViolations(page, 'start link with template, dimension and guide');

      // Keyboard only: type the persona, then Enter submits the form.
      await page.getByLabel('Persona name').focus();
      await page.keyboard.type('Sam');
      await page.keyboard.press('Enter');
      await mapShown(page);
      expect(new URL(page.url()).search).toBe('');
      await expect.poll(() => page.locator('.jm-canvas__cell--emotion').first().innerText()).toMatch(/example/);

      await page.getByRole('button', { name: '3. Setup' }).click();
      await expect(page.locator('.jm-example-notice').innerText()).resolves.toMatch(/template’s example/);
      const opportunities = page.getByRole('group', { name: 'Opportunities' });
      await opportunities.getByLabel('Improves maturity dimension').first().selectOption('journeys-touchpoints');
      await page.getByLabel('Another metric').selectOption('ces');
      await page.getByRole('button', { name: 'Add metric' }).click();
      await expect.poll(() => page.locator('.jm-metric-editor').count()).toBe(2);
      await expectNoA11yViolations(page, 'example scores, a tagged opportunity and two metrics');

      const [saved] = await savedMaps(page);
      const stage = saved?.stages[2] as unknown as { metrics: { kind: string }[]; opportunities: { dimension?: string }[]; emotionIsExample?: boolean };
      expect(stage.metrics.map((metric) => metric.kind)).toEqual(['ces', 'ces']);
      expect(stage.opportunities[0]?.dimension).toBe('journeys-touchpoints');
      expect(stage.emotionIsExample).toBe(true);
      await page.getByRole('button', { name: 'Keep it as our estimate' }).click();
      await expect.poll(async () => ((await savedMaps(page))[0]?.stages[2] as { emotionIsExample?: boolean }).emotionIsExample).toBeUndefined();
    });
  });
});
