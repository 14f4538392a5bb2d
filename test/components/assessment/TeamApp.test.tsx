// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { TeamApp } from '../../../src/components/assessment/TeamApp.tsx';
import { createAssessmentRecord, exportAssessmentJson } from '../../../src/lib/assessment/assessment-record.ts';
import { encodeResultShareCode } from '../../../src/lib/assessment/result-share-code.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { decodeTeamShareCode, encodeTeamShareCode } from '../../../src/lib/assessment/team-share-code.ts';
import { $teamState } from '../../../src/stores/assessment-team.ts';
import { answers, GUIDE_TITLES, loadTeamViews, releaseAssessmentState, resetAssessmentState, seedFinished } from './setup.ts';

// The list, the results and the readers of links come after the first render (TeamViews.test.tsx covers the wait).
beforeAll(loadTeamViews);

let storage: ReturnType<typeof resetAssessmentState>;

beforeEach(() => {
  storage = resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
  vi.restoreAllMocks();
});

const LOW = answers('full', '1111 2222 2222 2222 2222 2222 2222 2222');
const MIDDLE = answers('full', '3333 2222 2222 2222 2222 2222 2222 2222');
const HIGH = answers('full', '4444 2222 2222 2222 2222 2222 2222 2222');
const link = (answerSet: typeof LOW) => `https://touchpoint.example/assessment/#r=${encodeShareCode(QUESTION_BANK, answerSet)}`;

async function paste(text: string): Promise<void> {
  const user = userEvent.setup();
  await user.click(screen.getByRole('textbox', { name: 'Share links or codes' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Add from links' }));
}

describe('the team page', () => {
  it('shows the five widest disagreements first, the rest behind “Show all”, and names only on request', async () => {
    const user = userEvent.setup();
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    // Eight questions where Ana and Bea are 4 levels apart, Cy always at 3: every one has spread 4 and the same
    // standard deviation (levels 1, 5, 3), so bank order decides; the rest agree at 2.
    const ana = answers('full', '1111 1111 2222 2222 2222 2222 2222 2222');
    const bea = answers('full', '5555 5555 2222 2222 2222 2222 2222 2222');
    const cy = answers('full', '3333 3333 2222 2222 2222 2222 2222 2222');
    const named = (answerSet: typeof LOW, label: string, role?: 'leadership' | 'front-line') =>
      `https://touchpoint.example/assessment/#r=${encodeResultShareCode(QUESTION_BANK, answerSet, { label, ...(role === undefined ? {} : { role }) })}`;
    await paste([named(ana, 'Ana', 'leadership'), named(bea, 'Bea', 'front-line'), named(cy, 'Cy')].join('\n'));
    // The names and roles came with the links.
    expect((screen.getByRole('textbox', { name: 'Name of respondent 1' }) as HTMLInputElement).value).toBe('Ana');
    const discuss = screen.getByRole('heading', { name: 'Discuss these first' }).closest('section') as HTMLElement;
    expect(discuss.textContent).toContain('The 5 questions, of 8 with answers 2 or more levels apart, where answers are furthest apart.');
    expect(within(discuss).getAllByRole('listitem')).toHaveLength(5);
    expect(discuss.textContent).toContain('1 answered 1 Reactive, 1 answered 3 Defined, 1 answered 5 Customer-led.');
    expect(discuss.textContent).not.toContain('Ana');

    await user.click(within(discuss).getByRole('checkbox', { name: 'Show who gave each answer' }));
    expect(discuss.textContent).toContain('Ana (Leadership) answered 1 Reactive; Cy answered 3 Defined; Bea (Front line) answered 5 Customer-led.');

    const more = within(discuss).getByRole('button', { name: 'Show all 8' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(within(discuss).getAllByRole('listitem')).toHaveLength(8);
    expect(within(discuss).getByRole('button', { name: 'Show the first 5 only' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('asks for a link when the box is empty, without counting it as an item that could not be read', async () => {
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Share links or codes' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Add from links' }));
    expect(document.getElementById('team-add-status')?.textContent).toBe('Paste at least one share link or code first.');
    expect(screen.queryByText(/could not be read/)).toBeNull();
    expect($teamState.get().respondents).toEqual([]);
  });

  it('combines three links and flags the questions the team disagrees on', async () => {
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    await paste([link(LOW), link(MIDDLE), link(HIGH)].join('\n'));
    expect(screen.getByText('Added 3 respondents.')).toBeTruthy();
    expect(storage.data.get('touchpoint:assessment-team')).toContain('"respondents"');
    const discuss = screen.getByRole('heading', { name: 'Discuss these first' }).closest('section') as HTMLElement;
    expect(discuss.textContent).toContain('On 4 questions the answers are 2 or more levels apart');
    // The top line: 3 people × 32 questions, all with a level.
    expect(document.querySelector('.team-results > p')?.textContent).toContain('Across everyone: 96 of 96 questions answered with a level.');
    expect(discuss.textContent).toContain('answers from 1 Reactive to 4 Embedded, 3 levels apart, 3 respondents with a level');
    // Who answered what, anonymous by default.
    expect(discuss.textContent).toContain('1 answered 1 Reactive, 1 answered 3 Defined, 1 answered 4 Embedded.');
    const table = screen.getByRole('table', { name: 'Team score per dimension' });
    expect(within(table).getByRole('row', { name: /Strategy & leadership/ }).textContent).toContain('Disagree');
    expect(within(table).getByRole('row', { name: /Voice of the customer/ }).textContent).toContain('No');
    expect(within(table).getByRole('row', { name: /Strategy & leadership/ }).textContent).toContain('1–4');
    const questions = screen.getByRole('table', { name: 'Answers per question in Strategy & leadership' });
    expect(within(questions).getAllByRole('row')[1]?.textContent).toContain('3 of 3');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('ranks the team’s priorities with disagreement breaking the tie', async () => {
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    await paste([link(LOW), link(MIDDLE), link(HIGH)].join(' '));
    const [first] = document.querySelectorAll('.team-results .priority');
    expect(first?.textContent).toContain('Strategy & leadership');
    expect(first?.textContent).toContain('Individual scores are 3 points apart (1 to 4).');
  });

  it('says what the team’s level looks like in each dimension, in that dimension’s words, from the band of a half-step median', async () => {
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    // Strategy scores 2 and 3: median 2.5, which is below the Defined edge (2.6), so 2 Emerging.
    await paste([link(answers('full', '2222 2222 2222 2222 2222 2222 2222 2222')), link(answers('full', '3333 2222 2222 2222 2222 2222 2222 2222'))].join('\n'));
    const levels = screen.getByRole('heading', { name: 'What the team’s level means in each dimension' }).closest('section') as HTMLElement;
    const terms = levels.querySelectorAll('dt');
    const texts = levels.querySelectorAll('dd');
    expect(terms).toHaveLength(8);
    expect(terms[0]?.textContent).toBe('Strategy & leadership: 2 Emerging (median 2.5)');
    expect(texts[0]?.textContent).toBe(QUESTION_BANK.dimensions[0]?.levelSummaries[1]);
    expect(terms[3]?.textContent).toBe('Measurement & metrics: 2 Emerging (median 2)');
    expect(texts[3]?.textContent).toBe(QUESTION_BANK.dimensions[3]?.levelSummaries[1]);
    // Every dimension is at level 2, yet no two read alike and none is the general Emerging paragraph.
    const shown = [...texts].map((text) => text.textContent);
    expect(new Set(shown).size).toBe(8);
    expect(shown).not.toContain(QUESTION_BANK.levels[1]?.description);
  });

  it('keeps what it cannot read in the box with a message per entry', async () => {
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    const good = encodeShareCode(QUESTION_BANK, MIDDLE);
    await paste(`${good}\n${good.slice(0, 10)}`);
    expect(screen.getByText(/Added 1 respondent\. 1 item could not be read/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('This code is incomplete');
    expect((screen.getByRole('textbox', { name: 'Share links or codes' }) as HTMLTextAreaElement).value).toBe(good.slice(0, 10));
  });

  it('reports the same respondent twice and leaves the repeat out', async () => {
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    await paste([link(LOW), link(HIGH), link(LOW)].join('\n'));
    expect(screen.getByText('Same answers as respondent 1 and no name to tell them apart: not counted')).toBeTruthy();
    expect(document.querySelector('.team-results')?.textContent).toContain('2 respondents counted; 1 repeat left out');
  });

  it('names respondents, gives them roles and shows a view by role', async () => {
    const user = userEvent.setup();
    $teamState.set({ respondents: [LOW, MIDDLE, HIGH] });
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    expect((screen.getByRole('radio', { name: 'By role' }) as HTMLInputElement).disabled).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'Name of respondent 1' }), 'Ana{Enter}');
    expect($teamState.get().respondents[0]?.respondent).toEqual({ label: 'Ana' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of respondent 1' }), 'leadership');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of respondent 3' }), 'front-line');
    expect($teamState.get().respondents[0]?.respondent).toEqual({ label: 'Ana', role: 'leadership' });
    await user.click(screen.getByRole('radio', { name: 'By role' }));
    const table = screen.getByRole('table', { name: /by role/ });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Dimension', 'Leadership', 'Front line', 'No role given']);
    expect(within(table).getByRole('row', { name: /Strategy & leadership/ }).textContent).toContain('1 (1; n=1)');
  });

  it('saves a name as it is typed, keeps a space between words, and tidies a trailing space when the field is left', async () => {
    const user = userEvent.setup();
    $teamState.set({ respondents: [LOW, HIGH] });
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    const field = screen.getByRole('textbox', { name: 'Name of respondent 1' }) as HTMLInputElement;
    await user.type(field, 'Ana ');
    // Saved without Enter or leaving the field, so a reload now keeps it; the store trims, the field keeps the space.
    expect($teamState.get().respondents[0]?.respondent).toEqual({ label: 'Ana' });
    expect(field.value).toBe('Ana ');
    await user.type(field, 'Lima');
    expect($teamState.get().respondents[0]?.respondent).toEqual({ label: 'Ana Lima' });
    await user.type(field, ' ');
    await user.tab();
    expect(field.value).toBe('Ana Lima');
    // Changed elsewhere (another tab): the field follows.
    act(() => $teamState.set({ respondents: [{ ...LOW, respondent: { label: 'Bea' } }, HIGH] }));
    expect(field.value).toBe('Bea');
  });

  it('removes a respondent with undo', async () => {
    const user = userEvent.setup();
    $teamState.set({ respondents: [LOW, HIGH] });
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    await user.click(screen.getByRole('button', { name: 'Remove respondent 1' }));
    expect($teamState.get().respondents).toEqual([HIGH]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect($teamState.get().respondents).toEqual([LOW, HIGH]);
    // The Undo button is gone: focus goes to the list it changed, not to the page's start.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Respondents (2)' }));
  });

  it('keeps keyboard focus on the page while asking before removing everyone', async () => {
    const user = userEvent.setup();
    $teamState.set({ respondents: [LOW, HIGH] });
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    await user.click(screen.getByRole('button', { name: 'Remove all respondents' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep them' }));
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove all respondents' }));
    await user.click(screen.getByRole('button', { name: 'Remove all respondents' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove all' }));
    expect($teamState.get().respondents).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Add respondents' }));
  });

  it('adds exported files, and the person’s own finished results', async () => {
    const user = userEvent.setup();
    seedFinished(MIDDLE);
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    const files = [
      new File([exportAssessmentJson(createAssessmentRecord(LOW, new Date('2026-03-01T10:00:00Z'), { role: 'front-line' }))], 'ana.json'),
      new File(['not json'], 'notes.json'),
    ];
    await user.upload(screen.getByLabelText('Choose JSON files'), files);
    await screen.findByText(/Added 1 respondent\. 1 item could not be read/);
    expect(screen.getByRole('alert').textContent).toContain('notes.json: This file is not valid JSON');
    await user.click(screen.getByRole('button', { name: 'Add my own results' }));
    expect($teamState.get().respondents).toEqual([{ ...LOW, respondent: { role: 'front-line' } }, MIDDLE]);
  });

  it('shares the team as a link that carries every respondent', () => {
    $teamState.set({ respondents: [{ ...LOW, respondent: { label: 'Ana', role: 'leadership' } }, HIGH] });
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    const value = (screen.getByRole('textbox', { name: 'Team link' }) as HTMLInputElement).value;
    expect(value.startsWith(`${window.location.origin}/assessment/team/#t=T2~l~`)).toBe(true);
    const decoded = decodeTeamShareCode(QUESTION_BANK, value.slice(value.indexOf('#t=') + 3));
    expect(decoded.ok && decoded.value).toEqual([{ ...LOW, respondent: { label: 'Ana', role: 'leadership' } }, HIGH]);
  });

  it('opens a team link read-only and adds it only when asked', async () => {
    const user = userEvent.setup();
    $teamState.set({ respondents: [MIDDLE] });
    window.history.replaceState(null, '', `/assessment/team/#t=${encodeTeamShareCode(QUESTION_BANK, [LOW, HIGH])}`);
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    expect(screen.getByText(/Team results from a link \(2 respondents\), read-only\./)).toBeTruthy();
    expect($teamState.get().respondents).toEqual([MIDDLE]);
    await user.click(screen.getByRole('button', { name: 'Add these 2 respondents to my team list' }));
    expect($teamState.get().respondents).toEqual([MIDDLE, LOW, HIGH]);
    expect(window.location.hash).toBe('');
  });

  it('accepts one person’s code under the team key as a respondent to add', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', `/assessment/team/#t=${encodeShareCode(QUESTION_BANK, LOW)}`);
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add this respondent to my team list' }));
    expect($teamState.get().respondents).toEqual([LOW]);
  });

  it('explains a broken team link and leaves the list alone', () => {
    $teamState.set({ respondents: [MIDDLE] });
    window.history.replaceState(null, '', '/assessment/team/#t=T1~x~~1.q3');
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    expect(screen.getByRole('alert').textContent).toContain('Respondent 1: “x” is not a known role.');
    expect($teamState.get().respondents).toEqual([MIDDLE]);
  });
});

describe('the team radar', () => {
  it('draws one line per role on request, with a legend and a table of the same medians', async () => {
    const user = userEvent.setup();
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    const named = (answerSet: typeof LOW, role: 'leadership' | 'front-line') =>
      `https://touchpoint.example/assessment/#r=${encodeResultShareCode(QUESTION_BANK, answerSet, { role })}`;
    await paste([named(LOW, 'leadership'), named(HIGH, 'front-line'), named(MIDDLE, 'front-line')].join('\n'));
    expect(screen.queryByRole('table', { name: 'Median score per dimension by role (the lines on the chart)' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'One per role' }));
    const table = screen.getByRole('table', { name: 'Median score per dimension by role (the lines on the chart)' });
    // Strategy by hand: leadership 1 (LOW); front line the median of 4 and 3 = 3.5.
    expect(within(table).getByRole('row', { name: /Strategy & leadership/ }).textContent).toBe('1. Strategy & leadership13.5');
    const chart = screen.getAllByRole('img', { name: /Radar chart of the median score of each role/ })[0] as unknown as SVGElement;
    expect(chart.querySelectorAll('.radar__series--group-1, .radar__series--group-2')).toHaveLength(2);
    // The front line's markers are squares, not colour alone.
    expect(chart.querySelector('.radar__series--group-2 rect')).not.toBeNull();
    expect(document.querySelector('.radar__legend')?.textContent).toBe('LeadershipFront line');
  });
});
