// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  it('say they are loading until they arrive, then show the results', async () => {
    expect(assessmentViews.get()).toBeNull();
    seedFinished(answers('full', '4343 3333 3332 4443 212d 3333 2223 2232'));
    render(<AssessmentApp guideTitles={GUIDE_TITLES} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Your results' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(document.querySelector('.overall')?.textContent).toContain('Overall score 2.77 of 5');
  });

  it('show the introduction at once: it does not wait for them', () => {
    render(<AssessmentApp guideTitles={GUIDE_TITLES} />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the assessment' })).toBeTruthy();
  });
});
