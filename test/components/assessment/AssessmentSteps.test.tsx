// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AssessmentApp } from '../../../src/components/assessment/AssessmentApp.tsx';
import { $assessmentHistory, $assessmentProgress, startAssessment } from '../../../src/stores/assessment.ts';
import { answers, BANK_SIZE, GUIDE_TITLES, loadAssessmentViews, releaseAssessmentState, resetAssessmentState } from './setup.ts';

// The questions come with the bank, after the first render (AssessmentViews.test.tsx covers the wait).
beforeAll(loadAssessmentViews);

let storage: ReturnType<typeof resetAssessmentState>;

beforeEach(() => {
  storage = resetAssessmentState();
});
afterEach(() => {
  cleanup();
  releaseAssessmentState();
});

function questionGroup(prompt: RegExp): HTMLElement {
  return screen.getByRole('group', { name: prompt });
}

describe('the introduction', () => {
  it('says how long it takes and that nothing leaves the browser, and starts in the chosen mode', async () => {
    const user = userEvent.setup();
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const intro = screen.getByRole('region', { name: 'Before you start' });
    expect(intro.textContent).toContain('About 10 minutes');
    expect(intro.textContent).toContain('About 3 minutes');
    expect(intro.textContent).toContain('Nothing leaves your browser.');
    await user.click(screen.getByRole('radio', { name: /Quick assessment/ }));
    await user.click(screen.getByRole('button', { name: 'Start the assessment' }));
    expect($assessmentProgress.get()).toMatchObject({ mode: 'quick', view: 'questions', step: 0 });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: /Strategy & leadership/ }));
    expect(screen.getAllByRole('group', { name: /Question 1 of 1/ })).toHaveLength(1);
  });

  it('offers to continue an unfinished assessment, and asks before starting again', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    $assessmentProgress.set({ ...$assessmentProgress.get(), view: 'intro', answers: { 'strategy-vision': { kind: 'dont-know' } } });
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.getByText(/You have an assessment in progress: full assessment, 1 of 32/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start a new assessment' }));
    expect(screen.getByRole('alert').textContent).toContain('clears your 1 unfinished answers');
    expect($assessmentProgress.get().answers).not.toEqual({});
    await user.click(screen.getByRole('button', { name: 'Start anyway' }));
    expect($assessmentProgress.get()).toMatchObject({ view: 'questions', answers: {} });
  });
});

describe('a step', () => {
  it('has one fieldset with a legend per question, five practices plus Don’t know and Not applicable as radios', () => {
    startAssessment('full');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const groups = screen.getAllByRole('group', { name: /^Question \d of 4/ });
    expect(groups).toHaveLength(4);
    const first = groups[0] as HTMLElement;
    expect(first.tagName).toBe('FIELDSET');
    const radios = within(first).getAllByRole('radio');
    expect(radios).toHaveLength(7);
    expect(within(first).getByRole('radio', { name: 'Don’t know' })).toBeTruthy();
    expect(within(first).getByRole('radio', { name: 'Not applicable to us' })).toBeTruthy();
  });

  it('saves an answer as soon as it is chosen and shows the progress', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const group = questionGroup(/How clearly is the customer experience/);
    await user.click(within(group).getAllByRole('radio')[2] as HTMLElement);
    expect($assessmentProgress.get().answers['strategy-vision']).toEqual({ kind: 'level', level: 3 });
    expect(storage.data.get('touchpoint:assessment-progress')).toContain('"strategy-vision":{"kind":"level","level":3}');
    expect(screen.getByRole('progressbar', { name: '1 of 32 questions answered' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Strategy & leadership 1 of 4 answered/ }).getAttribute('aria-current')).toBe('step');
  });

  it('says how many answers are “Don’t know” instead of counting them as plainly answered', () => {
    startAssessment('quick');
    $assessmentProgress.set({ ...$assessmentProgress.get(), answers: { ...answers('quick', '3d3d d333').answers } });
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    expect(screen.getByText('8 of 8 questions answered, 3 of them “Don’t know”')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '8 of 8 questions answered, 3 of them “Don’t know”' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Dimensions' });
    expect(within(nav).getByRole('button', { name: /Customer understanding & personas 1 of 1 answered, 1 of them “Don’t know”/ })).toBeTruthy();
  });

  it('goes forward, back and to any dimension, moving focus to the step heading', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    await user.click(screen.getByRole('button', { name: 'Next: Customer understanding & personas' }));
    expect($assessmentProgress.get().step).toBe(1);
    expect(document.activeElement?.textContent).toContain('Customer understanding & personas');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect($assessmentProgress.get().step).toBe(0);
    const nav = screen.getByRole('navigation', { name: 'Dimensions' });
    await user.click(within(nav).getByRole('button', { name: /Governance & continuous improvement/ }));
    expect($assessmentProgress.get().step).toBe(7);
    expect(document.activeElement?.id).toBe('assessment-step-heading');
    expect(screen.getByRole('button', { name: 'See results' })).toBeTruthy();
  });

  it('works from the keyboard: arrow keys choose within a question', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const group = questionGroup(/How clearly is the customer experience/);
    const radios = within(group).getAllByRole('radio');
    (radios[0] as HTMLElement).focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect($assessmentProgress.get().answers['strategy-vision']).toEqual({ kind: 'level', level: 2 });
  });

  it('asks for a reason with Not applicable, and keeps it when the person steps away and back', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const group = questionGroup(/How clearly is the customer experience/);
    await user.click(within(group).getByRole('radio', { name: 'Not applicable to us' }));
    const reason = within(group).getByRole('textbox', { name: 'Why does this not apply? (required)' });
    await user.type(reason, 'We are a charity');
    expect($assessmentProgress.get().answers['strategy-vision']).toEqual({ kind: 'not-applicable', reason: 'We are a charity' });
    await user.click(within(group).getByRole('radio', { name: 'Don’t know' }));
    expect(within(group).queryByRole('textbox')).toBeNull();
    await user.click(within(group).getByRole('radio', { name: 'Not applicable to us' }));
    expect($assessmentProgress.get().answers['strategy-vision']).toEqual({ kind: 'not-applicable', reason: 'We are a charity' });
  });

  it('flags a second Not applicable in the same dimension at once', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    await user.click(within(questionGroup(/How clearly/)).getByRole('radio', { name: 'Not applicable to us' }));
    await user.click(within(questionGroup(/Who is accountable/)).getByRole('radio', { name: 'Not applicable to us' }));
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toContain(
      '"Strategy & leadership" has 2 questions marked not applicable; at most 1 is allowed per dimension, so a score cannot rest on too few answers.',
    );
  });

  it('will not show results until a missing reason is given, listing the problem and focusing the list', async () => {
    const user = userEvent.setup();
    startAssessment('full');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const group = questionGroup(/How clearly/);
    await user.click(within(group).getByRole('radio', { name: 'Not applicable to us' }));
    await user.click(screen.getByRole('button', { name: 'See results now' }));
    expect($assessmentProgress.get().view).toBe('questions');
    expect($assessmentHistory.get()).toEqual([]);
    const summary = document.getElementById('assessment-problem-summary');
    expect(document.activeElement).toBe(summary);
    expect(summary?.textContent).toContain('is marked not applicable without a reason');
    const reason = within(group).getByRole('textbox');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await user.type(reason, 'No stores');
    expect(document.getElementById('assessment-problem-summary')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'See results now' }));
    expect($assessmentProgress.get().view).toBe('results');
  });

  it('finishes with questions unanswered, announces the results and focuses their heading', async () => {
    const user = userEvent.setup();
    startAssessment('quick');
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    for (let step = 0; step < 5; step += 1) {
      const [group] = screen.getAllByRole('group', { name: /Question 1 of 1/ });
      await user.click(within(group as HTMLElement).getAllByRole('radio')[1] as HTMLElement);
      await user.click(screen.getByRole('button', { name: /^Next:/ }));
    }
    await user.click(screen.getByRole('button', { name: 'See results now' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your results' }));
    expect(screen.getByText(/^Results ready\. Overall level 2 Emerging, score 2\.00\./)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Unanswered questions' })).toBeTruthy();
    expect($assessmentHistory.get()).toHaveLength(1);
  });
});
