// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $assessmentProgress } from '../../../src/stores/assessment.ts';
import { AssessmentApp, assessmentViews } from '../../../src/components/assessment/AssessmentApp.tsx';
import { BANK_SIZE, GUIDE_TITLES, answers, releaseAssessmentState, resetAssessmentState, seedFinished } from './setup.ts';

// This file does not load the bank and the other views up front (the other app tests do): it checks what the page
// shows while they arrive after the first render.
beforeEach(() => {
  resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
});

describe('the bank and the views besides the introduction, loaded after the first render', () => {
  // First in the file: nothing is loaded yet.
  it('leave the first render to the fresh introduction, then show the saved assessment beside it', async () => {
    expect(assessmentViews.$state.get().kind).toBe('idle');
    seedFinished(answers('full', '4343 3333 3332 4443 212d 3333 2223 2232'));
    $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'intro' });
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    // The introduction renders at once, from the bank's size alone, with a working Start button.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText(/32 questions, four on each of 8 dimensions/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the assessment' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'See your results' })).toBeNull();
    // With the bank come the saved answers: the finished assessment is offered.
    fireEvent.click(await screen.findByRole('button', { name: 'See your results' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your results' })));
    expect(document.querySelector('.overall')?.textContent).toContain('Overall score 2.77 of 5');
    expect(assessmentViews.$state.get().kind).toBe('loaded');
  });

  it('show the results at once once loaded', () => {
    seedFinished(answers('quick', '3333 3333'));
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeTruthy();
  });
});
