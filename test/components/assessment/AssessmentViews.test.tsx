// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $assessmentProgress } from '../../../src/stores/assessment.ts';
import { AssessmentApp, assessmentViews } from '../../../src/components/assessment/AssessmentApp.tsx';
import { GUIDE_TITLES, answers, releaseAssessmentState, resetAssessmentState, seedFinished } from './setup.ts';

// This file does not load the results views up front (the other app tests do): it checks what the page shows
// while they arrive after the first render.
beforeEach(() => {
  resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
});

describe('the results views, loaded after the first render', () => {
  // First in the file: the views are not loaded yet when the person asks for the results.
  it('say they are loading until they arrive, then show the results and move focus to their heading', async () => {
    expect(assessmentViews.get()).toBeNull();
    seedFinished(answers('full', '4343 3333 3332 4443 212d 3333 2223 2232'));
    $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'intro' });
    render(<AssessmentApp guideTitles={GUIDE_TITLES} />);
    fireEvent.click(screen.getByRole('button', { name: 'See your results' }));
    expect(screen.getByText('Loading…')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your results' })));
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(document.querySelector('.overall')?.textContent).toContain('Overall score 2.77 of 5');
    expect(assessmentViews.get()).not.toBeNull();
  });

  it('show the introduction at once: it does not wait for them', () => {
    render(<AssessmentApp guideTitles={GUIDE_TITLES} />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the assessment' })).toBeTruthy();
  });
});
