import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import type { Answer, AnswerSet } from '../../src/lib/assessment/answer-set.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../src/lib/assessment/assessment-record.ts';
import { encodeShareCode } from '../../src/lib/assessment/share-code.ts';
import { encodeTeamShareCode } from '../../src/lib/assessment/team-share-code.ts';
import { getQuestionIds } from '../../src/lib/assessment/questions-in-mode.ts';
import { expectNoA11yViolations } from './a11y';
import { findSeriousA11yViolations, hydrateIslands } from './browser';
import { useTestBrowser } from './test-browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

async function openPage(options: { storage?: Record<string, unknown> } = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await testBrowser.newContext();
  if (options.storage !== undefined) {
    await context.addInitScript((entries) => {
      // Only seed once, so a reload reads what the page itself saved.
      if (sessionStorage.getItem('seeded') !== null) return;
      sessionStorage.setItem('seeded', '1');
      for (const [key, data] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify({ v: 1, data }));
    }, options.storage);
  }
  return { page: await testBrowser.newPage(context), context };
}

/** Waits until the page's island has hydrated (Astro drops the `ssr` attribute then). */
async function hydrated(page: Page): Promise<void> {
  await hydrateIslands(page);
}

/** Answers in share-code notation (1–5, d, n, -), one character per question of the mode. */
function makeAnswerSet(mode: 'full' | 'quick', notation: string): AnswerSet {
  const ids = getQuestionIds(QUESTION_BANK, mode);
  const codes = notation.replaceAll(' ', '');
  const answers: Record<string, Answer> = {};
  ids.forEach((id, index) => {
    const code = codes[index];
    if (code === 'd') answers[id] = { kind: 'dont-know' };
    else if (code === 'n') answers[id] = { kind: 'not-applicable', reason: 'We have no stores' };
    else if (code !== undefined && '12345'.includes(code)) answers[id] = { kind: 'level', level: Number(code) as 1 | 2 | 3 | 4 | 5 };
  });
  return { bankVersion: QUESTION_BANK.version, mode, answers };
}

const FINISHED = makeAnswerSet('full', '2323 3333 3233 4434 212d 3333 2223 2232');

function finishedProgress(answerSet: AnswerSet) {
  return {
    'touchpoint:assessment-progress': {
      ...answerSet,
      view: 'results',
      step: 0,
      completedAt: '2026-03-01T10:00:00.000Z',
    },
  };
}

/** Clicks a button that downloads a file and returns the file's name and text. */
async function download(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName, exact: true }).click()]);
  const saved: Download = file;
  const path = await saved.path();
  return { name: saved.suggestedFilename(), text: await readFile(path, 'utf8') };
}

function jsonFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Answers every question of the current step with the given option index (0–4 levels, 5 don't know). */
async function answerStep(page: Page, option: number): Promise<void> {
  const groups = page.locator('fieldset.question');
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) await groups.nth(index).getByRole('radio').nth(option).check();
}

describe('the CX maturity self-assessment in Chromium', () => {
  it('renders the introduction on the server, before any script runs', async () => {
    const context = await testBrowser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/assessment/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Before you start' }).count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('About 10 minutes');
    expect(text).toContain('Nothing leaves your browser');
  });

  it('is answered from the keyboard, saves as it goes, resumes after a reload and shows results', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Start the assessment' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves to the step heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-step-heading');
    await expect(page.getByRole('heading', { level: 2 }).first().innerText()).resolves.toContain('Strategy & leadership');

    // Keyboard: Tab into the first radio group, arrows choose an answer.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    const firstGroup = page.locator('fieldset.question').first();
    await expect(firstGroup.getByRole('radio').nth(1).isChecked()).resolves.toBe(true);

    await answerStep(page, 2);
    await page.getByRole('button', { name: /^Next:/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-step-heading');
    await answerStep(page, 1);

    await page.reload();
    await page.getByRole('heading', { name: /Customer understanding & personas/ }).waitFor();
    await expect(page.locator('fieldset.question').first().getByRole('radio').nth(1).isChecked()).resolves.toBe(true);
    await page.getByText('8 of 32 questions answered').first().waitFor();

    // Two more dimensions, then jump to the last one, leave the rest unanswered, and finish.
    await page.getByRole('button', { name: /^Next:/ }).click();
    await answerStep(page, 3);
    await page.getByRole('button', { name: /^Next:/ }).click();
    await answerStep(page, 5);
    await page.locator('fieldset.question').first().getByRole('radio').nth(0).check();
    await page.locator('fieldset.question').nth(1).getByRole('radio').nth(0).check();
    await page.getByRole('navigation', { name: 'Dimensions' }).getByRole('button', { name: /Governance/ }).click();
    await answerStep(page, 3);
    await page.getByRole('button', { name: 'See results', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-results-heading');
    await expect(page.getByRole('status').filter({ hasText: 'Results ready' }).innerText()).resolves.toContain('Overall level');
    const results = await page.locator('.assessment-results').innerText();
    expect(results).toMatch(/overall level/i);
    expect(results).toContain('What to do first');
    expect(results).toContain('How we score');
    expect(results).toContain('Unanswered questions');
    expect(results).not.toMatch(/NaN|Infinity|undefined/);
    await expect.poll(() => page.getByRole('img', { name: /Radar chart/ }).count()).toBe(1);

    // A reload comes back to the results.
    await page.reload();
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
  });

  it('opens a share link read-only in a fresh browser, and imports it only when asked', async () => {
    const { page } = await openPage({ storage: finishedProgress(FINISHED) });
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);
    const shareUrl = await page.getByLabel('Share link').inputValue();
    expect(shareUrl).toMatch(/\/assessment\/#r=A2\.1\.f/);

    const fresh = await openPage();
    await fresh.page.goto(shareUrl);
    await hydrated(fresh.page);
    await fresh.page.getByText('Shared results, read-only.').waitFor();
    await fresh.page.getByRole('heading', { name: 'Shared results' }).waitFor();
    await expect(fresh.page.locator('.overall__level').innerText()).resolves.toContain('Emerging');
    const stored = await fresh.page.evaluate(() => localStorage.getItem('touchpoint:assessment-progress'));
    expect(stored, 'opening a link saves nothing').toBeNull();

    await fresh.page.getByRole('button', { name: 'Import as my assessment' }).click();
    await fresh.page.getByRole('heading', { name: 'Your results' }).waitFor();
    expect(new URL(fresh.page.url()).hash).toBe('');
    const imported = await fresh.page.evaluate(() => localStorage.getItem('touchpoint:assessment-progress'));
    expect(imported).toContain('"view":"results"');
  });

  it('explains a tampered or truncated link and keeps the person’s own answers', async () => {
    const { page } = await openPage({ storage: finishedProgress(FINISHED) });
    const code = encodeShareCode(QUESTION_BANK, FINISHED);
    const before = await (async () => {
      await page.goto(`${baseUrl}/assessment/`);
      await hydrated(page);
      return page.evaluate(() => localStorage.getItem('touchpoint:assessment-progress'));
    })();
    const tampered = code.replace('.f2', '.f5');
    await page.goto(`${baseUrl}/assessment/#r=${tampered}`);
    await hydrated(page);
    await page.getByRole('alert').filter({ hasText: 'check characters do not match' }).waitFor();
    await page.goto(`${baseUrl}/assessment/#r=${code.slice(0, 20)}`);
    await hydrated(page);
    await page.getByRole('alert').filter({ hasText: 'incomplete' }).waitFor();
    await expect(page.evaluate(() => localStorage.getItem('touchpoint:assessment-progress'))).resolves.toBe(before);
    await page.getByRole('button', { name: 'Back to my own assessment' }).click();
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
  });

  it('sends a team code opened on the single page to the team page, and treats an empty #r= as no link', async () => {
    const { page } = await openPage({ storage: finishedProgress(FINISHED) });
    const team = encodeTeamShareCode(QUESTION_BANK, [makeAnswerSet('quick', '1111 1111'), makeAnswerSet('quick', '5555 5555')]);
    await page.goto(`${baseUrl}/assessment/#r=${team}`);
    await hydrated(page);
    const alert = page.getByRole('alert').filter({ hasText: 'This is a team result' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.not.toContain('character');
    await expectNoA11yViolations(page, 'team code on the single page');
    await alert.getByRole('link', { name: 'Open these team results' }).click();
    await page.getByText(/Team results from a link \(2 respondents\), read-only\./).waitFor();

    await page.goto(`${baseUrl}/assessment/#r=`);
    await hydrated(page);
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
  });

  it('combines three links in the team view and flags the disagreement', async () => {
    const { page } = await openPage();
    const links = [
      makeAnswerSet('full', '1111 2222 2222 2222 2222 2222 2222 2222'),
      makeAnswerSet('full', '3333 2222 2222 2222 2222 2222 2222 2222'),
      makeAnswerSet('full', '4444 2222 2222 2222 2222 2222 2222 2222'),
    ].map((answerSet) => `${baseUrl}/assessment/#r=${encodeShareCode(QUESTION_BANK, answerSet)}`);
    await page.goto(`${baseUrl}/assessment/team/`);
    await hydrated(page);
    await page.getByLabel('Share links or codes').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Add from links' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 3 respondents.' }).waitFor();
    await page.getByRole('heading', { name: 'Respondents (3)' }).waitFor();

    const discuss = await page.locator('.discuss-list').innerText();
    expect(discuss).toContain('How clearly is the customer experience you intend to deliver written down and shared?');
    expect(discuss).toContain('answers from 1 Reactive to 4 Embedded');
    const strategyRow = page.getByRole('row', { name: /Strategy & leadership/ }).first();
    await expect(strategyRow.innerText()).resolves.toContain('Disagree');
    const voiceRow = page.getByRole('row', { name: /Voice of the customer/ }).first();
    await expect(voiceRow.innerText()).resolves.toContain('No');

    // Roles give a view by role.
    await page.getByLabel('Role of respondent 1').selectOption('leadership');
    await page.getByLabel('Role of respondent 2').selectOption('front-line');
    await page.getByLabel('Role of respondent 3').selectOption('front-line');
    await page.getByRole('radio', { name: 'By role' }).check();
    await page.getByRole('columnheader', { name: 'Front line' }).first().waitFor();

    // The same link again is reported as a repeat and not counted.
    await page.getByLabel('Share links or codes').fill(links[0] ?? '');
    await page.getByRole('button', { name: 'Add from links' }).click();
    await page.getByText(/Same answers as respondent 1/).waitFor();
    await expect(page.locator('.team-results').innerText()).resolves.toContain('3 respondents counted; 1 repeat left out');

    // The team link opens the same team read-only in a fresh browser.
    const teamUrl = await page.getByLabel('Team link').inputValue();
    const fresh = await openPage();
    await fresh.page.goto(teamUrl);
    await hydrated(fresh.page);
    await fresh.page.getByText(/Team results from a link \(4 respondents\), read-only/).waitFor();
    await expect(fresh.page.locator('.discuss-list').innerText()).resolves.toContain('answers from 1 Reactive to 4 Embedded');
  });

  it('says exactly why a pasted code cannot be used and keeps it in the box', async () => {
    const { page } = await openPage();
    const good = encodeShareCode(QUESTION_BANK, makeAnswerSet('quick', '3333 3333'));
    await page.goto(`${baseUrl}/assessment/team/`);
    await hydrated(page);
    await page.getByLabel('Share links or codes').fill(`${good}\n9.q33333333..AAAA\n0.q33333333..AAAA\nnot-a-code`);
    await page.getByRole('button', { name: 'Add from links' }).click();
    const alert = await page.getByRole('alert').filter({ hasText: 'Not added' }).innerText();
    expect(alert).toContain('made by a newer version of the CX maturity assessment (format 9');
    expect(alert).toContain('made by an older version of the CX maturity assessment (format 0) that this page can no longer read');
    expect(alert).toContain('Entry 4');
    // The problems list each message as a headline with its details (the one message shape of the portable layer).
    await expect(findSeriousA11yViolations(page), 'pasted codes not added').resolves.toEqual([]);
    await expect(page.getByLabel('Share links or codes').inputValue()).resolves.toBe('9.q33333333..AAAA\n0.q33333333..AAAA\nnot-a-code');
    await page.getByRole('heading', { name: 'Respondents (1)' }).waitFor();
  });

  it('runs a quick assessment, asks for a Not applicable reason before results, and continues as the full one', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);
    await page.getByRole('radio', { name: /Quick assessment/ }).check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect.poll(() => page.locator('fieldset.question').count()).toBe(1);
    await page.getByText('0 of 8 questions answered').waitFor();

    // Not applicable needs a reason: results are refused until one is given.
    await page.getByRole('radio', { name: 'Not applicable to us' }).check();
    await page.getByLabel('Why does this not apply? (required)').waitFor();
    await page.getByRole('button', { name: 'See results now' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-problem-summary');
    await expect(page.getByRole('alert').filter({ hasText: 'Fix this before seeing your results' }).innerText()).resolves.toMatch(/reason/i);
    await page.getByRole('radio', { name: 'Don’t know' }).check();

    for (let step = 1; step < 8; step += 1) {
      await page.getByRole('button', { name: /^Next:/ }).click();
      await answerStep(page, 2);
    }
    await page.getByRole('button', { name: 'See results', exact: true }).click();
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    const results = await page.locator('.assessment-results').innerText();
    expect(results).toContain('Quick assessment');
    expect(results).toContain('Not enough answers');
    expect(results).not.toMatch(/NaN|Infinity|undefined/);

    await page.getByRole('button', { name: 'Continue with the full assessment' }).click();
    await page.getByText('8 of 32 questions answered').first().waitFor();
  });

  it('exports JSON and CSV, opens the JSON read-only in a fresh browser, refuses a wrong file, and compares two assessments', async () => {
    const earlier = createAssessmentRecord(makeAnswerSet('full', '2222 3333 3333 3333 2222 3333 3333 3333'), new Date('2026-01-01T10:00:00Z'));
    const later = createAssessmentRecord(FINISHED, new Date('2026-03-01T10:00:00Z'));
    const { page } = await openPage({ storage: { ...finishedProgress(FINISHED), 'touchpoint:assessment-history': [earlier, later] } });
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);

    const json = await download(page, 'Download JSON');
    expect(json.name).toBe('cx-maturity-2026-03-01.json');
    expect(JSON.parse(json.text)).toMatchObject({ format: 'touchpoint-cx-assessment', bankVersion: QUESTION_BANK.version, mode: 'full' });
    const csv = await download(page, 'Download CSV');
    expect(csv.name).toBe('cx-maturity-2026-03-01.csv');
    expect(csv.text).toMatch(/^dimension,question,answer_level,answer,dimension_score,dimension_level,overall_score,overall_level,respondent,role\r\n/);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(33);

    // History: the two finished assessments compared dimension by dimension.
    const comparison = page.getByRole('table', { name: /^Change from/ });
    await expect(comparison.getByRole('row', { name: /Strategy & leadership/ }).innerText()).resolves.toContain('+0.50');
    await expect(comparison.getByRole('row', { name: /Voice of the customer/ }).innerText()).resolves.toContain('−0.33');

    const fresh = await openPage();
    await fresh.page.goto(`${baseUrl}/assessment/`);
    await hydrated(fresh.page);
    const picker = fresh.page.getByLabel('Open an exported file (JSON)');
    await picker.setInputFiles(jsonFile('notes.json', '{"format":"touchpoint-cx-assessment","bankVersion":1,"mode":"full","answers":{},"completedAt":"last week"}'));
    const refusal = await fresh.page.getByRole('alert').filter({ hasText: 'notes.json' }).innerText();
    expect(refusal).toContain('completedAt');
    await expect(findSeriousA11yViolations(fresh.page), 'a refused file').resolves.toEqual([]);
    await expect(fresh.page.evaluate(() => localStorage.getItem('touchpoint:assessment-progress'))).resolves.toBeNull();

    await picker.setInputFiles(jsonFile(json.name, json.text));
    await fresh.page.getByText(`Results from ${json.name}, read-only.`).waitFor();
    await expect(fresh.page.evaluate(() => localStorage.getItem('touchpoint:assessment-progress'))).resolves.toBeNull();
    await fresh.page.getByRole('button', { name: 'Import as my assessment' }).click();
    await fresh.page.getByRole('heading', { name: 'Your results' }).waitFor();
    await expect(fresh.page.locator('.overall__level').innerText()).resolves.toContain('Emerging');
  });

  it('adds several dropped JSON files to the team, names a bad one, and exports the team', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/assessment/team/`);
    await hydrated(page);
    const leader = createAssessmentRecord(makeAnswerSet('full', '1111 2222 2222 2222 2222 2222 2222 2222'), new Date('2026-03-01T10:00:00Z'), {
      label: 'Ana',
      role: 'leadership',
    });
    const agent = createAssessmentRecord(makeAnswerSet('full', '4444 2222 2222 2222 2222 2222 2222 2222'), new Date('2026-03-02T10:00:00Z'), {
      label: 'Ben',
      role: 'front-line',
    });
    // Dropped on the drop zone, as from a file manager.
    await page.locator('.drop-zone').evaluate(
      (zone, files) => {
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [
        { name: 'ana.json', text: exportAssessmentJson(leader) },
        { name: 'budget.json', text: '{"quarter":"Q1","spend":1200}' },
      ],
    );
    await page.getByRole('status').filter({ hasText: 'Added 1 respondent.' }).waitFor();
    await expect(page.getByRole('alert').filter({ hasText: 'Not added' }).innerText()).resolves.toContain('budget.json');
    // Chosen with the file picker.
    await page.getByLabel('Choose JSON files').setInputFiles([jsonFile('ben.json', exportAssessmentJson(agent)), jsonFile('ana-again.json', exportAssessmentJson(leader))]);
    await page.getByRole('status').filter({ hasText: 'Added 2 respondents.' }).waitFor();
    await page.getByText(/Repeats respondent 1 \(same name\): not counted/).waitFor();
    await expect(page.locator('.team-results').innerText()).resolves.toContain('2 respondents counted; 1 repeat left out');
    await page.getByRole('radio', { name: 'By role' }).check();
    await page.getByRole('columnheader', { name: 'Leadership' }).first().waitFor();
    await page.getByRole('columnheader', { name: 'Front line' }).first().waitFor();

    const team = await download(page, 'Download JSON');
    expect(team.name).toMatch(/^cx-maturity-team-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(team.text)).toMatchObject({ format: 'touchpoint-cx-team' });
    const csv = await download(page, 'Download CSV');
    expect(csv.text.split('\r\n')[0]).toContain('median');
  });

  it('has no serious accessibility problems on the intro, a step, results and the team page, in light and dark', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);
    await expectNoA11yViolations(page, 'intro');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.locator('fieldset.question').first().getByRole('radio', { name: 'Not applicable to us' }).check();
    await expectNoA11yViolations(page, 'a step');

    const finished = await openPage({ storage: finishedProgress(FINISHED) });
    await finished.page.goto(`${baseUrl}/assessment/`);
    await hydrated(finished.page);
    await finished.page.getByRole('heading', { name: 'Your results' }).waitFor();
    await expectNoA11yViolations(finished.page, 'results');

    const team = await openPage({
      storage: {
        'touchpoint:assessment-team': {
          respondents: [
            { ...makeAnswerSet('full', '1111 2222 2222 2222 2222 2222 2222 2222'), respondent: { role: 'leadership' } },
            makeAnswerSet('full', '4444 2222 2222 2222 2222 2222 2222 2222'),
          ],
        },
      },
    });
    await team.page.goto(`${baseUrl}/assessment/team/`);
    await hydrated(team.page);
    await team.page.getByRole('heading', { name: 'Team results', exact: true }).waitFor();
    // The dimension level texts are part of the scanned state (strategy median 2.5 reads as level 2, Emerging).
    await team.page.getByRole('heading', { name: 'What the team’s level means in each dimension' }).waitFor();
    await expect(team.page.locator('.team-results .level-list dd').first().innerText()).resolves.toBe(QUESTION_BANK.dimensions[0]?.levelSummaries[1]);
    await expectNoA11yViolations(team.page, 'team');
  });

  it('fits a 320 px screen and prints a clean report', async () => {
    const { page } = await openPage({ storage: finishedProgress(FINISHED) });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    // The narrow chart numbers its axes and stays inside the screen; the wide one is not shown.
    await expect(page.locator('.radar__svg--wide').isVisible()).resolves.toBe(false);
    const chart = await page.locator('.radar__svg--narrow').boundingBox();
    expect(chart).not.toBeNull();
    expect((chart?.x ?? -1) >= 0 && (chart?.x ?? 0) + (chart?.width ?? 999) <= 320).toBe(true);
    await page.getByRole('button', { name: 'Review your answers' }).click();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);

    await page.getByRole('button', { name: 'See results now' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.assessment-actions').isVisible()).resolves.toBe(false);
    await expect(page.locator('.history').isVisible()).resolves.toBe(false);
    await expect(page.locator('.targets').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect.poll(() => page.locator('.step-nav').count()).toBe(0);
    await expect(page.locator('.tool-page__privacy').isVisible()).resolves.toBe(false);
    await expect(page.locator('.results-next').isVisible()).resolves.toBe(false);
    await page.locator('.radar-figure').waitFor();
    await page.getByRole('table', { name: 'Score, level and target per dimension' }).waitFor();
    await page.locator('.overall').waitFor();
    await page.locator('.priorities').waitFor();
    await page.getByRole('heading', { name: 'How we score' }).waitFor();

    const team = await openPage({
      storage: { 'touchpoint:assessment-team': { respondents: [FINISHED, makeAnswerSet('quick', '1234 5432')] } },
    });
    await team.page.setViewportSize({ width: 320, height: 640 });
    await team.page.emulateMedia({ media: 'screen' });
    await team.page.goto(`${baseUrl}/assessment/team/`);
    await hydrated(team.page);
    await team.page.getByRole('heading', { name: 'Team results', exact: true }).waitFor();
    await expect(team.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  });
});
