import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Answer, AnswerSet } from '../../src/lib/assessment/answer-set.ts';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { getQuestionIds } from '../../src/lib/assessment/questions-in-mode.ts';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

// "Save picture" on the persona card, the journey map, the assessment results and the team view: every file is
// opened and checked (an SVG that parses, its size for the format, the view's words as real <text>; a PNG's
// signature and pixel size), nothing is requested off the site, the content security policy reports nothing,
// and Print / PDF prints the picture alone on one page of its size.

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

/** Each format's SVG size (width, height attributes and viewBox) and PNG size, from src/lib/picture/page-formats.ts. */
const FORMATS = {
  slide: { label: 'Slide (16:9)', width: '1920', height: '1080', viewBox: '0 0 1920 1080', png: [1920, 1080] },
  'a4-landscape': { label: 'A4 landscape', width: '297mm', height: '210mm', viewBox: '0 0 1123 794', png: [2246, 1588] },
  'a4-portrait': { label: 'A4 portrait', width: '210mm', height: '297mm', viewBox: '0 0 794 1123', png: [1588, 2246] },
} as const;
type FormatId = keyof typeof FORMATS;

type WatchedWindow = Window & { __cspViolations?: string[]; __printed?: PrintState[] };
interface PrintState {
  readonly printing: boolean;
  readonly viewBox: string | null | undefined;
  readonly pageRules: string[];
  readonly visibleInPrint: number;
}

interface Watched {
  readonly page: Page;
  /** Every URL the page requested. */
  readonly requests: string[];
}

/** Runs in every document before its own scripts: keeps each content security policy violation it reports. */
function recordViolations(): void {
  const violations: string[] = [];
  (window as WatchedWindow).__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} refused ${event.blockedURI || 'an inline item'}`));
}

async function openContext(storage?: Record<string, unknown>): Promise<BrowserContext> {
  const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(recordViolations);
  if (storage !== undefined) {
    await context.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded') !== null) return;
      sessionStorage.setItem('seeded', '1');
      for (const [key, data] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify({ v: 1, data }));
    }, storage);
  }
  return context;
}

async function open(path: string, storage?: Record<string, unknown>): Promise<Watched> {
  const page = await testBrowser.newPage(await openContext(storage));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${baseUrl}${path}`);
  await hydrateIslands(page);
  return { page, requests };
}

/** Nothing requested off the site (only its own origin, blob: and data:), and no CSP violation reported. */
async function expectStayedOnSite({ page, requests }: Watched): Promise<void> {
  const origin = new URL(baseUrl).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  await expect.poll(() => page.evaluate(() => (window as WatchedWindow).__cspViolations)).toEqual([]);
}

/** The "Save picture" group whose buttons save `title` (a button's name is "SVG : title, size": the hidden text is a block). */
function group(page: Page, title: string) {
  const escaped = title.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return page.getByRole('group', { name: 'Save picture' }).filter({ has: page.getByRole('button', { name: new RegExp(`^SVG\\W+${escaped},`) }) });
}

async function saveFile(page: Page, title: string, format: FormatId, kind: 'SVG' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
  const buttons = group(page, title);
  await buttons.getByLabel('Picture size').selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), buttons.getByRole('button', { name: new RegExp(`^${kind}\\W`) }).click()]);
  const file = { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  // PICTURE_DUMP=/some/folder keeps the files to look at by eye.
  const dump = process.env.PICTURE_DUMP;
  if (dump) await writeFile(join(dump, file.name), file.bytes);
  return file;
}

interface SvgFacts {
  readonly parses: boolean;
  readonly width: string | null;
  readonly height: string | null;
  readonly viewBox: string | null;
  readonly title: string | null | undefined;
  readonly text: string;
  readonly textElements: number;
  readonly foreignObjects: number;
  readonly scripts: number;
  readonly externalHrefs: string[];
}

/** Parse the SVG with the browser's own XML parser and read what a viewer would show. */
async function readSvg(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = file.documentElement;
    const hrefs = [...file.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? '');
    return {
      parses: file.querySelector('parsererror') === null && root.localName === 'svg',
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      title: root.querySelector(':scope > title')?.textContent,
      text: [...file.querySelectorAll('text')].map((element) => element.textContent).join('\n'),
      textElements: file.querySelectorAll('text').length,
      foreignObjects: file.getElementsByTagName('foreignObject').length,
      scripts: file.getElementsByTagName('script').length,
      externalHrefs: hrefs.filter((href) => !href.startsWith('data:') && !href.startsWith('#')),
    };
  }, svg);
}

/** A PNG's signature and its IHDR width and height (bytes 16–23, big-endian). */
function readPngSize(bytes: Buffer): { signature: boolean; width: number; height: number } {
  const signature = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && bytes.subarray(12, 16).toString('latin1') === 'IHDR';
  return { signature, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Save the SVG in every format and the PNG in two, and check each file; then Print / PDF. Returns the text of the
 * slide SVG for view-specific checks.
 */
async function checkEveryExport(watched: Watched, title: string, fileStem: string): Promise<string> {
  const { page } = watched;
  let slideText = '';
  for (const format of Object.keys(FORMATS) as FormatId[]) {
    const expected = FORMATS[format];
    const svgFile = await saveFile(page, title, format, 'SVG');
    expect(svgFile.name).toBe(`${fileStem}-${format}.svg`);
    const facts = await readSvg(page, svgFile.bytes.toString('utf8'));
    expect(facts, `${format} SVG`).toMatchObject({ parses: true, width: expected.width, height: expected.height, viewBox: expected.viewBox, foreignObjects: 0, scripts: 0, externalHrefs: [] });
    expect(facts.title).toContain(title);
    expect(facts.textElements).toBeGreaterThan(5);
    if (format === 'slide') slideText = facts.text;
    await expect.poll(() => group(page, title).locator('.picture-export__status').innerText()).toBe(`Saved ${fileStem}-${format}.svg`);
  }
  for (const format of ['slide', 'a4-landscape'] as const) {
    const pngFile = await saveFile(page, title, format, 'PNG');
    expect(pngFile.name).toBe(`${fileStem}-${format}.png`);
    const [width, height] = FORMATS[format].png;
    expect(readPngSize(pngFile.bytes), `${format} PNG`).toEqual({ signature: true, width, height });
  }
  await checkPrint(page, title);
  await expectStayedOnSite(watched);
  return slideText;
}

/**
 * Print / PDF with window.print replaced by a recorder: while "printing", the page holds the picture in its print
 * container with an @page rule for its size, and a PDF made then has one page; afterprint puts everything back.
 */
async function checkPrint(page: Page, title: string): Promise<void> {
  await page.evaluate(() => {
    const printed: PrintState[] = [];
    (window as WatchedWindow).__printed = printed;
    window.print = () => {
      printed.push({
        printing: document.documentElement.classList.contains('picture-printing'),
        viewBox: document.querySelector('.picture-print > svg')?.getAttribute('viewBox'),
        pageRules: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
        visibleInPrint: document.querySelectorAll('.picture-print').length,
      });
    };
  });
  const buttons = group(page, title);
  await buttons.getByLabel('Picture size').selectOption('a4-landscape');
  await buttons.getByRole('button', { name: /^Print \/ PDF\W/ }).click();
  // The drawing code loads on the first save: wait for the print call rather than reading at once.
  await expect.poll(() => page.evaluate(() => (window as WatchedWindow).__printed?.length ?? 0)).toBe(1);
  const [state] = (await page.evaluate(() => (window as WatchedWindow).__printed)) ?? [];
  // The CSSOM writes the rule back in lower case.
  expect(state).toEqual({ printing: true, viewBox: FORMATS['a4-landscape'].viewBox, pageRules: ['@page { size: a4 landscape; margin: 0px; }'], visibleInPrint: 1 });
  // What the print dialog would save: one A4 page.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length, 'pages in the PDF').toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => page.evaluate(() => [document.documentElement.classList.contains('picture-printing'), document.querySelectorAll('.picture-print').length, document.adoptedStyleSheets.length])).toEqual([false, 0, 0]);
}

/** Answers in share-code notation (1–5, d, n), one character per question, as test/e2e/assessment.test.ts does. */
function makeAnswerSet(notation: string): AnswerSet {
  const ids = getQuestionIds(QUESTION_BANK, 'full');
  const codes = notation.replaceAll(' ', '');
  const answers: Record<string, Answer> = {};
  ids.forEach((id, index) => {
    const code = codes[index];
    if (code === 'd') answers[id] = { kind: 'dont-know' };
    else if (code !== undefined && '12345'.includes(code)) answers[id] = { kind: 'level', level: Number(code) as 1 | 2 | 3 | 4 | 5 };
  });
  return { bankVersion: QUESTION_BANK.version, mode: 'full', answers };
}

/** A 40 × 30 red PNG, as a persona photo (the one test/e2e/personas.test.ts uses). */
const SMALL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAKUlEQVR4nO3NoQ0AAAwCMP5/ensBh2lS31wysVnFYrFYLBaLxWKxWFx5Pp2rjeB5c/4AAAAASUVORK5CYII=',
  'base64',
);

const HOSTILE = 'Ana </text><script>alert(1)</script> & co';

describe('pictures for the deck in Chromium', () => {
  it('saves the persona card as SVG and PNG for a slide and A4, with hostile text kept as text', async () => {
    const watched = await open('/tools/personas/');
    const { page } = watched;
    await page.getByRole('button', { name: 'Busy B2C shopper', exact: true }).click();
    await page.getByRole('form').waitFor();
    await page.getByLabel('One-line summary').fill(HOSTILE);
    const title = 'Persona: Maya Chen';
    await group(page, title).waitFor();
    const text = await checkEveryExport(watched, title, 'persona-maya-chen');
    expect(text).toContain('Maya Chen');
    // The summary, written as text: the parser read it back as the characters typed, no element was made.
    expect(text.replaceAll('\n', ' ')).toContain(HOSTILE);
    await expectNoA11yViolations(page, 'persona editor after saving a picture');
  });

  it('saves the journey map canvas with its emotion curve', async () => {
    const watched = await open('/tools/journey-map/');
    const { page } = watched;
    await page.getByRole('radio', { name: /^E-commerce purchase/ }).check();
    await page.getByLabel('Persona name').fill('Maya');
    await page.getByRole('button', { name: 'Create map' }).click();
    // The map's views (and its picture buttons) load after the page's first render.
    await page.locator('#jm-view-heading').waitFor();
    const scenario = (await page.locator('#jm-map-heading').innerText()).trim();
    // The stage's name as shown, without the "Stage 1: " kept for screen readers.
    const firstStage = await page.locator('.jm-canvas__stage-name').first().evaluate((heading) => [...heading.childNodes].filter((node) => !(node instanceof Element && node.matches('.visually-hidden'))).map((node) => node.textContent).join('').trim());
    const title = `Journey map: ${scenario}`;
    await group(page, title).waitFor();
    const stem = `journey-map-${scenario.toLowerCase().replaceAll(/[^a-z0-9]+/gu, '-').replaceAll(/^-|-$/gu, '')}`;
    const text = await checkEveryExport(watched, title, stem);
    expect(text).toContain(scenario);
    expect(text).toContain(firstStage);
    await expectNoA11yViolations(page, 'journey map after saving a picture');
  });

  it('saves the assessment results with the radar, and the team view', async () => {
    const own = makeAnswerSet('2323 3333 3233 4434 212d 3333 2223 2232');
    const watched = await open('/assessment/', {
      'touchpoint:assessment-progress': { ...own, view: 'results', step: 0, completedAt: '2026-03-01T10:00:00.000Z' },
    });
    const { page } = watched;
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    const title = 'Assessment: Your results';
    const text = await checkEveryExport(watched, title, 'assessment-your-results');
    const firstDimension = QUESTION_BANK.dimensions[0]?.name ?? '';
    expect(text).toContain('Your results');
    expect(text).toContain(firstDimension);
    // The radar came as SVG, its axis numbers and legend as text, not as an image.
    expect(text).toMatch(/^Today$/mu);
    expect(text).toMatch(/^Target$/mu);
    await expectNoA11yViolations(page, 'assessment results after saving a picture');

    const team = await open('/assessment/team/');
    const links = ['1111 2222 2222 2222 2222 2222 2222 2222', '4444 2222 2222 2222 2222 2222 2222 2222'].map((notation) => `${baseUrl}/assessment/#r=${encodeShareCode(QUESTION_BANK, makeAnswerSet(notation))}`);
    await team.page.getByLabel('Share links or codes').fill(links.join('\n'));
    await team.page.getByRole('button', { name: 'Add from links' }).click();
    await team.page.getByRole('heading', { name: 'Respondents (2)' }).waitFor();
    const teamHeading = (await team.page.locator('.team-results > h2').innerText()).trim();
    const teamTitle = teamHeading;
    const teamText = await checkEveryExport(team, teamTitle, `${teamHeading.toLowerCase().replaceAll(/[^a-z0-9]+/gu, '-').replaceAll(/^-|-$/gu, '')}`);
    expect(teamText).toContain(teamHeading);
    expect(teamText).toContain(firstDimension);
    await expectNoA11yViolations(team.page, 'team view after saving a picture');
  });

  it('exports the page in light colours when the dark theme is shown, with the persona photo inside the file', async () => {
    const watched = await open('/tools/personas/');
    const { page } = watched;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Busy B2C shopper', exact: true }).click();
    await page.getByRole('form').waitFor();
    await page.getByLabel('Photo (optional)').setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: SMALL_PNG });
    await page.locator('.pb-editor__preview .pb-card img').waitFor();
    const file = await saveFile(page, 'Persona: Maya Chen', 'slide', 'SVG');
    // The photo travels as a data: URL: the file needs nothing from anywhere.
    expect(file.bytes.toString('utf8')).toMatch(/<image href="data:image\/[a-z]+;base64,[A-Za-z0-9+/=]+"/u);
    // The light page background (--color-bg light, #fbfaf7 = rgb(251, 250, 247)) fills the picture.
    expect(file.bytes.toString('utf8')).toContain('<rect width="100%" height="100%" fill="rgb(251, 250, 247)"/>');
    // And the page is left in its dark theme.
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(18, 20, 23)');
    await expectStayedOnSite(watched);
  });
});
