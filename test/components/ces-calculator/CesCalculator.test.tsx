// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CesCalculator } from '../../../src/components/ces-calculator/CesCalculator.tsx';
import { encodeShareCode } from '../../../src/lib/metrics/index.ts';
import { $cesCalculator } from '../../../src/stores/ces-calculator.ts';
import { releaseScoreCalculators, resetScoreCalculators } from '../score-input/setup.ts';

beforeEach(() => {
  resetScoreCalculators('/tools/ces/');
});
afterEach(() => {
  cleanup();
  releaseScoreCalculators();
  vi.restoreAllMocks();
});

function paste(text: string) {
  const box = screen.getByRole('textbox', { name: /Answers to/ });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.blur(box);
}

function results(): string {
  return document.querySelector('.score-tool__results')?.textContent ?? '';
}

describe('CesCalculator', () => {
  it('CES 2.0: mean with a t interval, share agreeing and net form', () => {
    render(<CesCalculator />);
    expect(results()).toContain('Paste 1–7 CES 2.0 answers');
    // 7, 7, 6, 5, 4, 2: mean 31/6 = 5.17, 4 agree, net (3 − 1)/6 = +33.
    paste('7\n7\n6\n5\n4\n2');
    expect(screen.getByTestId('ces-value').textContent).toBe('5.17');
    const text = results();
    expect(text).toContain('CES 2.0 mean agreement, 1–7 (higher is easier), from 6 answers');
    // 5.17 + 2.04 passes 7: the interval is cut there, and says so.
    expect(text).toContain('3.13 to 7.00Student t, 5 df; cut at the end of the 1–7 scale');
    expect(text).toContain('Agree (5–7)4 66.7%');
    expect(text).toContain('+33 points');
    expect(text).toContain('% 6–7 − % 1–3');
    expect(screen.getByRole('heading', { level: 2, name: 'Customer Effort Score (CES 2.0)' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('keeps CES 1.0 apart: its own answers, scale, labels and direction', () => {
    render(<CesCalculator />);
    paste('7\n6');
    fireEvent.click(screen.getByLabelText('CES 1.0: effort, 1–5'));
    expect((screen.getByRole('textbox', { name: /effort/ }) as HTMLTextAreaElement).value).toBe('');
    expect(results()).toContain('Paste 1–5 CES 1.0 answers');
    paste('1\n2\n2\n5\n6');
    expect(screen.getByTestId('ces-value').textContent).toBe('2.50');
    const text = results();
    expect(text).toContain('CES 1.0 mean effort, 1–5 (lower is easier), from 4 answers');
    expect(text).toContain('Low effort (1–2)3 75.0%');
    expect(text).toContain('High effort (4–5)1 25.0%');
    expect(screen.getByText('Line 5: "6" is outside the scale 1–5')).toBeTruthy();
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(
      /\. 1 value that cannot count was left out of the answers: the notes by the answers say which and why\.$/,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Customer effort (CES 1.0, lower is easier)' })).toBeTruthy();
    expect($cesCalculator.get().inputs.ces2.text).toBe('7\n6');
    fireEvent.click(screen.getByLabelText('CES 2.0: agreement, 1–7'));
    expect(screen.getByTestId('ces-value').textContent).toBe('6.50');
  });

  it('announces why there is no result when every count is 0', () => {
    render(<CesCalculator />);
    fireEvent.click(screen.getByLabelText('Type counts'));
    fireEvent.change(screen.getByLabelText(/^7/), { target: { value: '0' } });
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('Every count is 0: type how many gave each answer.');
  });

  it('labels each counts field with its answer', () => {
    render(<CesCalculator />);
    fireEvent.click(screen.getByLabelText('Type counts'));
    expect(screen.getByLabelText('7: Strongly agree')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('4: Neither'), { target: { value: '1' } });
    expect(results()).toContain('none for a single answer');
    expect(results()).toContain('There is only one answer');
  });

  it('opens a CES 1.0 share link on the CES 1.0 variant and shares it back', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const code = encodeShareCode({ calculator: 'ces-effort', confidence: 99, counts: [2, 1, 0, 0, 1] });
    window.history.replaceState(null, '', `/tools/ces/#c=${code}`);
    render(<CesCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $cesCalculator.ready());
    expect((screen.getByLabelText('CES 1.0: effort, 1–5') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('ces-value').textContent).toBe('2.25');
    expect(results()).toContain('99% interval of the mean');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText.mock.lastCall?.[0]).toBe(`${window.location.origin}/tools/ces/#c=${code}`);
    await user.click(screen.getByRole('button', { name: 'Copy results' }));
    expect(writeText.mock.lastCall?.[0]).toContain('Not comparable with CES 2.0');
  });

  it('clears both variants', () => {
    render(<CesCalculator />);
    paste('7');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect($cesCalculator.get()).toEqual($cesCalculator.initial);
    expect(screen.queryByTestId('ces-value')).toBeNull();
  });
});
