// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamApp, teamViews } from '../../../src/components/assessment/TeamApp.tsx';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { encodeShareCode } from '../../../src/lib/assessment/share-code.ts';
import { $teamState } from '../../../src/stores/assessment-team.ts';
import { GUIDE_TITLES, answers, releaseAssessmentState, resetAssessmentState } from './setup.ts';

// This file does not load the team page's list, results and readers up front (TeamApp.test.tsx does): it checks
// what the page does while they arrive after the first render.
beforeEach(() => {
  resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
});

describe('the team list, results and readers, loaded after the first render', () => {
  // First in the file: nothing is loaded yet.
  it('leave the first render to “Add respondents”, and read codes sent before they arrived once they do', async () => {
    expect(teamViews.$state.get().kind).toBe('idle');
    $teamState.set({ respondents: [answers('full', '3333 3333 3333 3333 3333 3333 3333 3333')] });
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    expect(screen.getByRole('heading', { name: 'Add respondents' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Respondents \(/ })).toBeNull();
    // Sent at once, before the reader is here: nothing is lost, it is read when it arrives.
    const box = screen.getByRole('textbox', { name: 'Share links or codes' });
    fireEvent.change(box, { target: { value: encodeShareCode(QUESTION_BANK, answers('quick', '2222 2222')) } });
    expect(teamViews.$state.get().kind).toBe('loading');
    fireEvent.click(screen.getByRole('button', { name: 'Add from links' }));
    expect(document.getElementById('team-add-status')?.textContent).toBe('Reading the links…');
    // Pressed again while it waits: still read once, not added twice.
    fireEvent.click(screen.getByRole('button', { name: 'Add from links' }));
    expect(await screen.findByText('Added 1 respondent.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Respondents (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Team results' })).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(teamViews.$state.get().kind).toBe('loaded');
  });
});
