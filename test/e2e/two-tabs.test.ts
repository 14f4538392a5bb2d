/**
 * Two tabs of one browser editing the same persona (issue 15: "17 of one tab's 20 typed characters were kept
 * and 0 of the other's, with no warning"), plus the persona editor's other workshop fixes: collapsible
 * sections on a phone, ?template= offers, and the warning before deleting a persona that maps use.
 * Every choice is made from the keyboard.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const PAGE = '/tools/personas/';
const testBrowser = useTestBrowser();

async function hydrated(page: Page): Promise<void> {
  await hydrateIslands(page);
}

async function openTab(context: BrowserContext, path: string): Promise<Page> {
  const page = await testBrowser.newPage(context);
  await page.goto(`${baseUrl}${path}`);
  await hydrated(page);
  return page;
}

/** The name a keyboard user hears for the focused element (its text, or its label). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim();
  });
}

/** Move focus with Tab (or Shift+Tab) until the focused element is called `name`, as a keyboard user would. */
async function tabTo(page: Page, name: string, direction: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press(direction);
  }
  throw new Error(`“${name}” was not reached with ${direction}`);
}

/** Personas saved in this browser context (tabs share the storage). */
async function savedPersonas(page: Page): Promise<{ id: string; name: string; summary: string }[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('touchpoint:personas') ?? '{"data":{"personas":[]}}').data.personas);
}

const count = (text: string, character: string) => [...text].filter((each) => each === character).length;

/** Start a persona from a template with the keyboard; returns the editor's address. */
async function startFromTemplate(page: Page, template: string): Promise<string> {
  await page.getByRole('button', { name: template, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('form').waitFor();
  return page.url().slice(baseUrl.length);
}

describe('two tabs editing one persona', () => {
  it('loses no typed character silently: the clash is shown in each tab, and "keep both" keeps every character', async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await openTab(context, PAGE);
    const editor = await startFromTemplate(first, 'Busy B2C shopper');
    const firstSummary = first.getByLabel('One-line summary');
    await firstSummary.fill('');
    const second = await openTab(context, editor);
    const secondSummary = second.getByLabel('One-line summary');
    await expect.poll(() => secondSummary.inputValue()).toBe('');

    // Both tabs type into the summary at once. The second tab's first keystrokes are made while it has not yet
    // heard of the first tab's (its page is busy), which is the race that lost characters before.
    await firstSummary.focus();
    await secondSummary.focus();
    const busy = second.evaluate(() => {
      const until = Date.now() + 600;
      while (Date.now() < until);
      const input = document.activeElement as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      for (let typed = 0; typed < 3; typed++) {
        setValue?.call(input, `${input.value}b`);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await first.keyboard.type('aaaaa', { delay: 20 });
    await busy;
    await Promise.all([first.keyboard.type('aaaaa', { delay: 20 }), second.keyboard.type('bbbbbbb', { delay: 20 })]);

    // Each tab still shows every character typed in it: the field being typed in was never overwritten.
    await expect.poll(async () => count(await firstSummary.inputValue(), 'a')).toBe(10);
    await expect.poll(async () => count(await secondSummary.inputValue(), 'b')).toBe(10);
    // And the clash is said, not settled silently.
    const clash = (page: Page) => page.getByRole('region', { name: 'Changed in another tab' });
    await expect.poll(async () => (await clash(first).count()) + (await clash(second).count())).toBeGreaterThan(0);
    const clashed = (await clash(first).count()) > 0 ? first : second;
    await expect(clash(clashed).innerText()).resolves.toMatch(/One-line summary[\s\S]*Yours:[\s\S]*Other tab:/);
    await expectNoA11yViolations(clashed, 'the two-tab conflict');

    // Settle every clash from the keyboard with "Keep both as copies". When the two tabs settle at nearly the same
    // moment, each saves before hearing of the other's choice, and the clash comes back in the tab that settled
    // first (its version is then only on its screen, never dropped): it is asked again, and answered again here.
    const keepBoth = async (page: Page) => {
      await page.getByLabel('One-line summary').focus();
      await tabTo(page, 'Keep both as copies', 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => clash(page).count()).toBe(0);
    };
    for (const page of [first, second]) if ((await clash(page).count()) > 0) await keepBoth(page);
    // Whatever was settled, every character typed in either tab is saved in some persona.
    const mostSaved = async () => {
      for (const page of [first, second]) if ((await clash(page).count()) > 0) await keepBoth(page);
      const summaries = (await savedPersonas(first)).map((persona) => persona.summary);
      return { a: Math.max(...summaries.map((summary) => count(summary, 'a'))), b: Math.max(...summaries.map((summary) => count(summary, 'b'))) };
    };
    await expect.poll(mostSaved, { timeout: 30_000 }).toEqual({ a: 10, b: 10 });
    expect((await savedPersonas(first)).some((persona) => persona.name.endsWith('(other tab)'))).toBe(true);
  });

  it('keeps the editor open when the persona is deleted in the other tab, and restores it from the keyboard', async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const editing = await openTab(context, PAGE);
    await startFromTemplate(editing, 'Subscription customer');
    const list = await openTab(context, PAGE);
    await list.getByRole('button', { name: 'Delete Priya Nair' }).focus();
    await list.keyboard.press('Enter');
    await expect.poll(async () => (await savedPersonas(list)).length).toBe(0);

    const deleted = editing.getByRole('region', { name: 'Deleted in another tab' });
    await deleted.waitFor();
    await expect(editing.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Priya Nair');
    await expectNoA11yViolations(editing, 'a persona deleted in another tab');
    // Typed while the choice is open: kept, and saved with the restore.
    await editing.getByLabel('One-line summary').fill('Kept after a deletion elsewhere');
    await tabTo(editing, 'Keep it (restore)', 'Shift+Tab');
    await editing.keyboard.press('Enter');
    await expect.poll(() => deleted.count()).toBe(0);
    await list.getByRole('heading', { name: 'Priya Nair', level: 3 }).waitFor();
    expect((await savedPersonas(list)).map((persona) => persona.summary)).toEqual(['Kept after a deletion elsewhere']);
  });
});

describe('the persona editor on a phone', () => {
  it('gets much shorter when its sections are collapsed from the keyboard, and stays accessible', async () => {
    const context = await testBrowser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await openTab(context, PAGE);
    await startFromTemplate(page, 'Busy B2C shopper');
    const formHeight = () => page.getByRole('form').evaluate((form) => form.getBoundingClientRect().height);
    const open = await formHeight();
    await tabTo(page, 'Collapse all sections');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Identity' }).getAttribute('aria-expanded')).toBe('false');
    const collapsed = await formHeight();
    expect(collapsed).toBeLessThan(open / 10);
    await expectNoA11yViolations(page, 'the persona form with its sections collapsed, 375 px');
    // One section back open, from its heading button.
    await tabTo(page, 'What drives them');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'What drives them' }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByRole('button', { name: 'Add goal' }).isVisible()).toBe(true);
    expect(await formHeight()).toBeLessThan(open);
  });
});

describe('links and warnings around the persona builder', () => {
  it('offers a template from ?template= with its related guide, and creates it only when confirmed', async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openTab(context, `${PAGE}?template=b2b-decision-maker&guide=b2b-customer-experience`);
    await expect.poll(() => focusedName(page)).toBe('Start a persona from the “B2B decision maker” template?');
    expect(await savedPersonas(page)).toEqual([]);
    const guide = page.getByRole('link', { name: 'B2B customer experience', exact: false }).first();
    await expect(guide.getAttribute('href')).resolves.toBe('/guides/b2b-customer-experience/');
    await expectNoA11yViolations(page, 'a template offered by link');
    await tabTo(page, 'Create from “B2B decision maker”');
    await page.keyboard.press('Enter');
    await page.getByRole('form').waitFor();
    await expect.poll(async () => (await savedPersonas(page)).map((persona) => persona.name)).toEqual(['Daniel Okafor']);
    expect(new URL(page.url()).search).toBe('');
  });

  it('names an unknown template and shows the list', async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openTab(context, `${PAGE}?template=space-tourist`);
    await expect.poll(() => focusedName(page)).toBe('No persona template called “space-tourist”');
    await page.getByRole('button', { name: 'Busy B2C shopper', exact: true }).waitFor();
    expect(await savedPersonas(page)).toEqual([]);
    await expectNoA11yViolations(page, 'an unknown template in the link');
  });

  it('names the journey maps that use a persona before deleting it', async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openTab(context, PAGE);
    await startFromTemplate(page, 'First-time visitor');
    const [persona] = await savedPersonas(page);
    // A map made in the journey map builder that follows this persona (stored as version 1 wrote it).
    await page.evaluate((personaId) => {
      const stage = (id: string, name: string) => ({ id, name, goals: '', actions: '', thoughts: '', touchpoints: [], emotions: [], painPoints: [], opportunities: [], metric: null });
      const map = {
        id: 'map-first-visit',
        scenario: 'First visit to the shop',
        personas: [{ key: 'p1', personaId, name: 'Sam Rivera' }],
        stages: [stage('s1', 'Discover'), stage('s2', 'Buy')],
        customChannels: [],
        createdAt: '2026-03-01T10:00:00.000Z',
        updatedAt: '2026-03-01T10:00:00.000Z',
      };
      localStorage.setItem('touchpoint:journey-maps', JSON.stringify({ v: 1, data: { maps: [map], activeMapId: map.id, setAside: [] } }));
    }, persona?.id ?? '');
    await tabTo(page, 'Delete', 'Tab');
    await page.keyboard.press('Enter');
    const warning = page.getByRole('region', { name: /Delete “Sam Rivera”\? A journey map uses it/ });
    await warning.waitFor();
    await expect(warning.getByRole('link', { name: 'First visit to the shop' }).count()).resolves.toBe(1);
    await expect.poll(() => focusedName(page)).toBe('Delete “Sam Rivera”? A journey map uses it');
    await expectNoA11yViolations(page, 'the warning before deleting a persona maps use');
    await tabTo(page, 'Keep the persona');
    await page.keyboard.press('Enter');
    await expect.poll(() => warning.count()).toBe(0);
    expect(await savedPersonas(page)).toHaveLength(1);
    await tabTo(page, 'Delete', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Delete anyway');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await savedPersonas(page)).length).toBe(0);
  });

  it('says a persona file with an empty list holds no personas', async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openTab(context, PAGE);
    await page.getByRole('button', { name: 'Import JSON' }).click();
    await page.getByLabel('Or paste JSON').fill('{"format":"touchpoint-personas","version":1,"personas":[]}');
    await page.getByRole('button', { name: 'Check pasted text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'holds no personas' }).innerText()).resolves.toBe(
      'The pasted text holds no personas (its list is empty). Nothing was imported and nothing changed.',
    );
  });
});
