// @vitest-environment jsdom
import { act, cleanup, waitFor, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { AssessmentApp } from '../../../src/components/assessment/AssessmentApp.tsx';
import { createAssessmentRecord, exportAssessmentJson } from '../../../src/lib/assessment/assessment-record.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { encodeResultShareCode } from '../../../src/lib/assessment/result-share-code.ts';
import { encodeTeamShareCode } from '../../../src/lib/assessment/team-share-code.ts';
import { $assessmentHistory, $assessmentProgress, $assessmentTargets, startAssessment } from '../../../src/stores/assessment.ts';
import { BANK_SIZE, GUIDE_TITLES, answers, loadAssessmentViews, releaseAssessmentState, resetAssessmentState, seedFinished } from './setup.ts';

let storage: ReturnType<typeof resetAssessmentState>;


beforeAll(loadAssessmentViews);
beforeEach(() => {
  storage = resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
  vi.restoreAllMocks();
});

// The worked example of the CX maturity guide: Voice of the customer 2, 1, 2 and "Don't know".
const FERNHILL = answers('full', '4343 3333 3332 4443 212d 3333 2223 2232');

describe('results', () => {
  it('show the overall level and score with the foundations-first cap explained', () => {
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const overall = document.querySelector('.overall');
    expect(overall?.textContent).toContain('2 Emerging');
    expect(overall?.textContent).toContain('Overall score 2.77 of 5');
    expect(overall?.textContent).toContain('Your score alone would put you at 3 Defined');
    expect(overall?.textContent).toContain('Voice of the customer & closing the loop: 1 Reactive');
  });

  it('draw an accessible radar chart with a table of the same figures and the target shape', () => {
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const charts = screen.getAllByRole('img', { name: /Radar chart of your scores and targets/ });
    expect(charts.length).toBeGreaterThan(0);
    expect(charts[0]?.querySelector('desc')?.textContent).toContain('Voice of the customer & closing the loop: 1.67, Reactive, target Emerging');
    expect(charts[0]?.querySelectorAll('.radar__series--target polygon')).toHaveLength(1);
    const table = screen.getByRole('table', { name: 'Score, level and target per dimension' });
    const voice = within(table).getByRole('row', { name: /Voice of the customer/ });
    expect(voice.textContent).toContain('1.67');
    expect(voice.textContent).toContain('1 Reactive');
    expect(voice.textContent).toContain('2 Emerging');
    expect(voice.textContent).toContain('4 of 4 questions answered, 1 of them “Don’t know”');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('list the top three priorities with next-level advice and guide links, then strengths and levels', () => {
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const priorities = document.querySelectorAll('.priority');
    expect(priorities).toHaveLength(3);
    const first = priorities[0] as HTMLElement;
    expect(within(first).getByRole('heading').textContent).toBe('1. Voice of the customer & closing the loop');
    expect(first.textContent).toContain('Today 1 Reactive (1.67), target 2 Emerging: 1 level to go, 0.13 below where Emerging begins.');
    expect(first.textContent).toContain('Which sources of customer feedback do you listen to?');
    expect(first.textContent).toContain('Next:');
    expect(within(first).getByRole('link', { name: 'Voice of the customer' }).getAttribute('href')).toBe('/guides/voice-of-the-customer/');
    expect(screen.getByRole('heading', { name: 'Strengths to build on' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What your level means in each dimension' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'How we score' }).closest('section')?.textContent).toContain(
      'below 1.8 Reactive; below 2.6 Emerging; below 3.4 Defined; below 4.2 Embedded; 4.2 and above Customer-led.',
    );
  });

  it('describe each dimension’s level in that dimension’s own words, keeping the level’s name', () => {
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const levels = screen.getByRole('heading', { name: 'What your level means in each dimension' }).closest('section') as HTMLElement;
    const voice = [...levels.querySelectorAll('dt')].find((term) => term.textContent?.startsWith('Voice of the customer')) as HTMLElement;
    expect(voice.textContent).toBe('Voice of the customer & closing the loop: 1 Reactive (1.67)');
    const voiceText = voice.nextElementSibling?.textContent;
    expect(voiceText).toBe(QUESTION_BANK.dimensions[4]?.levelSummaries[0]);
    expect(voiceText).toContain('formal complaints');
    // The general level paragraphs appear only in the overall summary, never per dimension.
    const general = new Set(QUESTION_BANK.levels.map((level) => level.description));
    expect([...levels.querySelectorAll('dd')].filter((text) => general.has(text.textContent ?? ''))).toEqual([]);
  });

  it('change the priorities when the person sets a target', async () => {
    const user = userEvent.setup();
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Journey mapping & touchpoints' }), '5');
    expect($assessmentTargets.get()).toEqual({ 'journeys-touchpoints': 5 });
    const first = document.querySelector('.priority') as HTMLElement;
    expect(first.textContent).toContain('Journey mapping & touchpoints');
    expect(first.textContent).toContain('2 levels to go');
    await user.click(screen.getByRole('button', { name: 'Reset all targets to the default' }));
    expect($assessmentTargets.get()).toEqual({});
  });

  it('say why a dimension has no score and how many answers it needs, with a way to answer', async () => {
    const user = userEvent.setup();
    seedFinished(answers('full', '3333 3333 3333 3333 3ddd 3333 3333 ----'));
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(document.body.textContent).toContain(
      'Not enough answers: 4 of 4 questions answered, 3 of them “Don’t know”. Answer at least 2 questions with one of the practices to get a score.',
    );
    const unanswered = screen.getByRole('heading', { name: 'Unanswered questions' }).closest('section') as HTMLElement;
    expect(unanswered.textContent).toContain('4 questions left unanswered');
    await user.click(within(unanswered).getByRole('button', { name: /Answer them/ }));
    expect($assessmentProgress.get()).toMatchObject({ view: 'questions', step: 7 });
  });

  it('explain when more than half the dimensions have no score', () => {
    seedFinished(answers('quick', '3d3d d-d3'));
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(document.querySelector('.overall')?.textContent).toContain('5 of 8 dimensions have no score, which is more than half');
  });

  it('let a quick assessment continue as the full one', async () => {
    const user = userEvent.setup();
    seedFinished(answers('quick', '3333 3333'));
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    await user.click(screen.getByRole('button', { name: 'Continue with the full assessment' }));
    expect($assessmentProgress.get()).toMatchObject({ mode: 'full', view: 'questions' });
    expect(screen.getByText('8 of 32 questions answered')).toBeTruthy();
  });
});

describe('sharing and export', () => {
  it('offers a share link with the answers after the #', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const link = screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement;
    // No name or role given: a format 2 link with an empty person.
    expect(link.value).toBe(`${window.location.origin}/assessment/#r=${encodeResultShareCode(QUESTION_BANK, FERNHILL, undefined)}`);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(link.value);
    expect(screen.getByText('Copied the share link to the clipboard.')).toBeTruthy();
  });

  it('puts a name in the link and the saved answers as it is typed, before the field is left', async () => {
    const user = userEvent.setup();
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    await user.type(screen.getByRole('textbox', { name: 'Name or initials' }), 'Ana ');
    // Still in the field: the saved progress and the link already carry the name (trimmed).
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name or initials' }));
    expect($assessmentProgress.get().respondent).toEqual({ label: 'Ana' });
    const link = screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/assessment/#r=${encodeResultShareCode(QUESTION_BANK, FERNHILL, { label: 'Ana' })}`);
    await user.clear(screen.getByRole('textbox', { name: 'Name or initials' }));
    expect($assessmentProgress.get().respondent).toBeUndefined();
  });

  it('downloads JSON and CSV files', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x')), revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads).toEqual(['cx-maturity-2026-03-01.json', 'cx-maturity-2026-03-01.csv']);
    expect(JSON.parse(await (blobs[0] as Blob).text())).toMatchObject({ format: 'touchpoint-cx-assessment', completedAt: '2026-03-01T10:00:00.000Z' });
    // The overall score 2.77 and level 2 match the results page (see "show the overall level and score").
    expect(await (blobs[1] as Blob).text()).toMatch(/^dimension,question,answer_level,answer,dimension_score,dimension_level,overall_score,overall_level,respondent,role\r\n.*,2.77,2,,\r\n/);
  });
});

describe('a shared link', () => {
  it('shows the shared results read-only without touching the person’s own answers', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    $assessmentProgress.set({ ...$assessmentProgress.get(), answers: { 'strategy-vision': { kind: 'level', level: 1 } } });
    const before = storage.data.get('touchpoint:assessment-progress');
    window.history.replaceState(null, '', `/assessment/#r=${encodeShareCode(QUESTION_BANK, FERNHILL)}`);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.getByText('Shared results, read-only.')).toBeTruthy();
    expect(document.querySelector('.overall')?.textContent).toContain('2 Emerging');
    // Someone else's results are not called "yours".
    expect(screen.getByRole('heading', { name: 'The profile across the eight dimensions' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What the level means in each dimension' })).toBeTruthy();
    expect(screen.queryByRole('img', { name: /your scores/ })).toBeNull();
    expect(storage.data.get('touchpoint:assessment-progress')).toBe(before);

    // Importing over unfinished answers asks first.
    await user.click(screen.getByRole('button', { name: 'Import as my assessment' }));
    expect(screen.getByRole('alert').textContent).toContain('Importing replaces your 1 unfinished answer');
    expect(storage.data.get('touchpoint:assessment-progress')).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Replace my answers with these' }));
    expect($assessmentProgress.get()).toMatchObject({ view: 'results', answers: FERNHILL.answers });
    expect($assessmentHistory.get()).toHaveLength(1);
    expect(window.location.hash).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your results' }));
  });

  it('explains a tampered link and goes back to the person’s own assessment', async () => {
    const user = userEvent.setup();
    seedFinished(FERNHILL);
    const tampered = encodeShareCode(QUESTION_BANK, FERNHILL).replace('.f4', '.f1');
    window.history.replaceState(null, '', `/assessment/#r=${tampered}`);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This share link cannot be opened');
    expect(alert.textContent).toContain('This share link was changed or cut after it was made (its check characters do not match).');
    expect(alert.textContent).toContain('Your own answers have not been changed.');
    await user.click(screen.getByRole('button', { name: 'Back to my own assessment' }));
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeTruthy();
  });

  it('names a team code opened here as a team result, with a link to the team page', () => {
    seedFinished(FERNHILL);
    const team = encodeTeamShareCode(QUESTION_BANK, [FERNHILL, answers('full', '5555 5555 5555 5555 5555 5555 5555 5555')]);
    window.history.replaceState(null, '', `/assessment/#r=${team}`);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This is a team result, not one person’s: open it on the team results page');
    expect(alert.textContent).not.toContain('~');
    expect(within(alert).getByRole('link', { name: 'Open these team results' }).getAttribute('href')).toBe(`/assessment/team/#t=${team}`);
  });

  it('treats an empty #r= as no link: the person’s own results, no error', () => {
    seedFinished(FERNHILL);
    window.history.replaceState(null, '', '/assessment/#r=');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeTruthy();
  });

  it('shows in the results how many answers were “Don’t know”', () => {
    seedFinished(answers('quick', '3d3d d333'));
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    // The top line keeps them apart from answered: 5 levels, 3 “Don’t know” (counted by hand from the notation).
    expect(screen.getByText(/5 of 8 questions answered with a level, 3 “Don’t know”\./)).toBeTruthy();
  });

  it('follows the address when the fragment changes', () => {
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    act(() => {
      window.history.replaceState(null, '', `/assessment/#r=${encodeShareCode(QUESTION_BANK, answers('quick', '5555 5555'))}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { name: 'Shared results' })).toBeTruthy();
    act(() => {
      window.history.replaceState(null, '', '/assessment/#main');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { name: 'Shared results' })).toBeTruthy();
    act(() => {
      window.history.replaceState(null, '', '/assessment/');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeTruthy();
  });
});

describe('importing a file', () => {
  it('names the wrong field of a file with the wrong shape and changes nothing', async () => {
    const user = userEvent.setup();
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const file = new File(['{"format":"touchpoint-cx-assessment","bankVersion":1,"mode":"full","completedAt":"yesterday","answers":{}}'], 'old.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Open an exported file (JSON)'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('old.json:');
    expect(alert.textContent).toContain('completedAt: should be a date and time such as "2026-03-01T10:00:00Z"; got "yesterday"');
    expect(storage.data.size).toBe(0);
  });

  it('opens a valid file read-only, then imports it with its date', async () => {
    const user = userEvent.setup();
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const record = createAssessmentRecord(FERNHILL, new Date('2025-12-01T09:00:00Z'), { role: 'leadership' });
    await user.upload(screen.getByLabelText('Open an exported file (JSON)'), new File([exportAssessmentJson(record)], 'fernhill.json'));
    // The file names a role, so the results are labelled as that person's.
    await screen.findByText('Results from fernhill.json: Leadership, read-only.');
    // Focus leaves the file button, which the preview replaced, for the preview's heading.
    await waitFor(() => expect(document.activeElement?.id).toBe('assessment-preview-heading'));
    expect(storage.data.has('touchpoint:assessment-progress')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Import as my assessment' }));
    expect($assessmentProgress.get()).toMatchObject({ completedAt: '2025-12-01T09:00:00.000Z', respondent: { role: 'leadership' } });
    expect($assessmentHistory.get()).toEqual([record]);
  });
});

describe('history', () => {
  it('compares two finished assessments dimension by dimension', () => {
    const january = createAssessmentRecord(answers('full', '2222 3333 3333 3333 2222 3333 3333 3333'), new Date('2026-01-01T10:00:00Z'));
    const march = createAssessmentRecord(FERNHILL, new Date('2026-03-01T10:00:00Z'));
    $assessmentHistory.set([january, march]);
    seedFinished(FERNHILL);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const table = screen.getByRole('table', { name: /^Change from/ });
    const strategy = within(table).getByRole('row', { name: /Strategy & leadership/ });
    expect(strategy.textContent).toContain('2 Emerging (2.00)');
    expect(strategy.textContent).toContain('4 Embedded (3.50)');
    expect(strategy.textContent).toContain('+1.50 (+2 levels)');
    const voice = within(table).getByRole('row', { name: /Voice of the customer/ });
    expect(voice.textContent).toContain('−0.33 (−1 level)');
  });

  it('tells apart two assessments finished in the same minute (names of buttons and choices)', () => {
    const first = createAssessmentRecord(answers('quick', '3333 3333'), new Date('2026-03-01T10:00:05Z'));
    const second = createAssessmentRecord(answers('quick', '4444 3333'), new Date('2026-03-01T10:00:40Z'));
    $assessmentHistory.set([first, second]);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const history = screen.getByRole('region', { name: 'Your earlier assessments' });
    const views = within(history).getAllByRole('button', { name: /^View/ }).map((button) => button.textContent);
    expect(new Set(views).size).toBe(2);
    const options = within(screen.getByRole('combobox', { name: 'From' })).getAllByRole('option').map((option) => option.textContent);
    expect(new Set(options).size).toBe(2);
    const strategy = within(screen.getByRole('table', { name: /^Change from/ })).getByRole('row', { name: /Strategy & leadership/ });
    expect(strategy.textContent).toContain('+1.00 (+1 level)');
  });

  it('deletes an entry with undo, and views one read-only', async () => {
    const user = userEvent.setup();
    const march = createAssessmentRecord(FERNHILL, new Date('2026-03-01T10:00:00Z'));
    $assessmentHistory.set([march]);
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const history = screen.getByRole('region', { name: 'Your earlier assessments' });
    await user.click(within(history).getByRole('button', { name: /^Delete/ }));
    expect($assessmentHistory.get()).toEqual([]);
    // The focused button went with its row: focus moves to Undo, then (Undo gone) to the list's heading.
    expect(document.activeElement).toBe(within(history).getByRole('button', { name: 'Undo' }));
    await user.click(within(history).getByRole('button', { name: 'Undo' }));
    expect($assessmentHistory.get()).toEqual([march]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your earlier assessments' }));
    await user.click(within(screen.getByRole('region', { name: 'Your earlier assessments' })).getByRole('button', { name: /^View/ }));
    expect(screen.getByText(/This is an earlier assessment from your history/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import as my assessment' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to my own assessment' }));
    expect(screen.getByRole('heading', { name: 'Before you start' })).toBeTruthy();
  });
});
