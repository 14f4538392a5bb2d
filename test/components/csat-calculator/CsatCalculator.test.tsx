// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CsatCalculator } from '../../../src/components/csat-calculator/CsatCalculator.tsx';
import { encodeShareCode } from '../../../src/lib/metrics/index.ts';
import { $csatCalculator } from '../../../src/stores/csat-calculator.ts';
import { releaseScoreCalculators, resetScoreCalculators } from '../score-input/setup.ts';

beforeEach(() => {
  resetScoreCalculators('/tools/csat/');
});
afterEach(() => {
  cleanup();
  releaseScoreCalculators();
  vi.restoreAllMocks();
});

function paste(text: string) {
  const box = screen.getByRole('textbox', { name: /How satisfied were you/ });
  fireEvent.input(box, { target: { value: text } });
  fireEvent.blur(box);
}

function results(): string {
  return document.querySelector('.score-tool__results')?.textContent ?? '';
}

describe('CsatCalculator', () => {
  it('starts with a prompt naming the scale', () => {
    render(<CsatCalculator />);
    expect(results()).toContain('Paste 1–5 ratings, or type how many gave each rating, to see the CSAT.');
    expect((screen.getByLabelText('Counted as satisfied') as HTMLSelectElement).value).toBe('4');
  });

  it('shows the satisfied share with its Wilson interval, the mean and the top box', () => {
    render(<CsatCalculator />);
    // 1, 2, 3, 3, 4, 4, 4, 5, 5, 5: 6 of 10 answered 4–5.
    paste('1\n2\n3\n3\n4\n4\n4\n5\n5\n5');
    expect(screen.getByTestId('csat-value').textContent).toBe('60.0%');
    const text = results();
    expect(text).toContain('satisfied (4–5 on 1–5) from 10 answers');
    expect(text).toContain('Satisfied answers (4–5)6 of 10');
    // Wilson 95% for 6 of 10: 31.3% to 83.2%.
    expect(text).toContain('31.3% to 83.2%');
    expect(text).toContain('Wilson score interval');
    expect(text).toContain('Mean rating3.60 of 5');
    expect(text).toContain('Top box (5)3 30.0%');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('CSAT 60.0% satisfied from 10 answers; 95% interval 31.3% to 83.2%.');
  });

  it('announces why there is no result when no pasted value can count, instead of staying silent', () => {
    render(<CsatCalculator />);
    paste('4\n5');
    const live = () => document.querySelector('[aria-live="polite"]')?.textContent;
    expect(live()).toContain('CSAT 100.0% satisfied from 2 answers');
    paste('9\nnone\n0');
    expect(live()).toBe('None of the values can count, so there is no result yet: the list under the box says why for each one.');
    paste('4\n9\n5');
    expect(live()).toBe(
      'CSAT 100.0% satisfied from 2 answers; 95% interval 34.2% to 100.0%. 1 value that cannot count was left out of the answers: the notes by the answers say which and why.',
    );
  });

  it('lets the threshold change on every scale and resets it to the scale’s usual one', () => {
    render(<CsatCalculator />);
    paste('1\n2\n3\n3\n4\n4\n4\n5\n5\n5');
    fireEvent.change(screen.getByLabelText('Counted as satisfied'), { target: { value: '5' } });
    expect(screen.getByTestId('csat-value').textContent).toBe('30.0%');
    fireEvent.click(screen.getByLabelText('1–10'));
    const select = screen.getByLabelText('Counted as satisfied') as HTMLSelectElement;
    expect(select.value).toBe('8');
    expect([...select.options].map((option) => option.textContent)).toContain('8 and above (8–10)');
    expect([...select.options].at(-1)?.textContent).toBe('10 only');
    expect(screen.getByTestId('csat-value').textContent).toBe('0.0%');
    fireEvent.click(screen.getByLabelText('1–3'));
    // On 1–3 only 1, 2, 3 and 3 count; the six 4s and 5s are listed as outside the scale.
    expect(screen.getByTestId('csat-value').textContent).toBe('50.0%');
    expect(document.querySelector('.score-input__report')?.textContent).toContain('left out 6 values that cannot count (6 outside 1–3)');
  });

  it('reads counts typed per rating', () => {
    render(<CsatCalculator />);
    fireEvent.click(screen.getByLabelText('Type counts'));
    fireEvent.change(screen.getByLabelText('Answered 5'), { target: { value: '80' } });
    fireEvent.change(screen.getByLabelText('Answered 1'), { target: { value: '20' } });
    expect(screen.getByTestId('csat-value').textContent).toBe('80.0%');
  });

  it('opens a share link with its scale and threshold, and makes one', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const code = encodeShareCode({ calculator: 'csat', confidence: 95, scale: '1-7', threshold: 7, counts: [1, 0, 0, 0, 0, 1, 2] });
    window.history.replaceState(null, '', `/tools/csat/#c=${code}`);
    render(<CsatCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $csatCalculator.ready());
    expect(screen.getByTestId('csat-value').textContent).toBe('50.0%');
    expect((screen.getByLabelText('1–7') as HTMLInputElement).checked).toBe(true);
    expect($csatCalculator.get().threshold).toBe(7);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText.mock.lastCall?.[0]).toBe(`${window.location.origin}/tools/csat/#c=${code}`);
    await user.click(screen.getByRole('button', { name: 'Copy results' }));
    expect(writeText.mock.lastCall?.[0]).toContain('CSAT (share answering 7): 50.0%');
  });

  it('sends a share link for another calculator there', async () => {
    const code = encodeShareCode({ calculator: 'ces', confidence: 95, counts: [0, 0, 0, 0, 0, 1, 1] });
    window.history.replaceState(null, '', `/tools/csat/#c=${code}`);
    render(<CsatCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $csatCalculator.ready());
    expect(screen.getByRole('link', { name: 'open it there' }).getAttribute('href')).toBe(`/tools/ces/#c=${code}`);
  });

  it('embedded: an h3 heading and no share link read', () => {
    render(<CsatCalculator embedded />);
    expect(screen.getByRole('heading', { level: 3, name: 'Customer satisfaction (CSAT)' })).toBeTruthy();
  });
});
