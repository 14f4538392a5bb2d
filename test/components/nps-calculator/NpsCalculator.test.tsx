// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NpsCalculator } from '../../../src/components/nps-calculator/NpsCalculator.tsx';
import { encodeShareCode } from '../../../src/lib/metrics/index.ts';
import { $npsCalculator } from '../../../src/stores/nps-calculator.ts';
import { releaseScoreCalculators, resetScoreCalculators } from '../score-input/setup.ts';

let storage: ReturnType<typeof resetScoreCalculators>;

beforeEach(() => {
  storage = resetScoreCalculators('/tools/nps/');
});
afterEach(() => {
  cleanup();
  releaseScoreCalculators();
  vi.restoreAllMocks();
});

function paste(text: string, index = 0) {
  const box = screen.getAllByRole('textbox', { name: /0 to 10/ })[index] as HTMLTextAreaElement;
  fireEvent.input(box, { target: { value: text } });
  fireEvent.blur(box);
}

function results(): HTMLElement {
  return document.querySelector('.score-tool__results') as HTMLElement;
}

describe('NpsCalculator', () => {
  it('starts with a friendly prompt, not an error', () => {
    render(<NpsCalculator />);
    expect(screen.getByRole('heading', { level: 2, name: 'Net Promoter Score' })).toBeTruthy();
    expect(results().textContent).toContain('Paste 0–10 answers, or type how many gave each score, to see the NPS.');
    expect(screen.queryByRole('button', { name: 'Copy results' })).toBeNull();
  });

  it('shows n, the three groups, the interval, the margin and the standard error, and announces a summary', () => {
    render(<NpsCalculator />);
    paste('10\n10\n9\n8\n7\n6\n0\n10\n9\n9');
    // 6 promoters, 2 passives, 2 detractors of 10: NPS 40.
    expect(screen.getByTestId('nps-value').textContent).toBe('40');
    const text = results().textContent ?? '';
    expect(text).toContain('NPS from 10 answers');
    expect(text).toContain('Promoters (9–10)6 60.0%');
    expect(text).toContain('Passives (7–8)2 20.0%');
    expect(text).toContain('Detractors (0–6)2 20.0%');
    expect(text).toContain('adjusted-Wald (Rocks 2016)');
    expect(text).toContain('conventional, z = 1.960');
    expect(text).toContain('rounded half away from zero');
    expect(screen.getByRole('img', { name: /^Bar chart\. Answers by score, 0 to 10: 10 answers; most often 9 \(3, 30\.0%\)/ })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Answers by score, 0 to 10' })).getAllByRole('row')).toHaveLength(12);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/^NPS 40 from 10 answers; 95% interval −?[0-9.]+ to [0-9.]+\.$/);
  });

  it('says in the announcement how many pasted values were left out, for each period', () => {
    render(<NpsCalculator />);
    const live = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
    paste('10\n9\neleven\n11');
    expect(live()).toMatch(/^NPS 100 from 2 answers; .+\. 2 values that cannot count were left out of the answers: the notes by the answers say which and why\.$/);
    paste('10\n9\n8');
    expect(live()).not.toContain('left out');
    fireEvent.click(screen.getByLabelText('Compare with another period'));
    paste('6\n7\n9\n-1', 1);
    expect(live()).toMatch(/\. 1 value that cannot count was left out of the earlier period’s answers: the notes by the answers say which and why\.$/);
    expect(live()).not.toContain('left out of this period’s answers');
    // Typed counts leave nothing out, whatever the paste holds.
    paste('10\nn/a');
    expect(live()).toContain('1 value that cannot count was left out of this period’s answers');
    fireEvent.click(screen.getAllByLabelText('Type counts')[0]!);
    fireEvent.change(screen.getAllByLabelText('Answered 10')[0]!, { target: { value: '3' } });
    expect(live()).toMatch(/^NPS 100 from 3 answers/);
    expect(live()).not.toContain('this period’s answers');
  });

  it('reads 10,9 as a decimal by default, and as two answers when the person says the commas sit between them', () => {
    render(<NpsCalculator />);
    paste('10,9\n9,10');
    expect(results().textContent).toContain('None of the values can count');
    expect(document.body.textContent).toContain('Commas were read as decimal marks (4,5 is 4.5). If they sit between answers, choose “One list, commas between answers” above.');
    fireEvent.click(screen.getByRole('radio', { name: 'One list, commas between answers' }));
    expect(screen.getByTestId('nps-value').textContent).toBe('100');
    expect(results().textContent).toContain('NPS from 4 answers');
    expect($npsCalculator.get().current.readAs).toBe('list-commas-between');
    expect((screen.getByRole('radio', { name: 'One list, commas between answers' }) as HTMLInputElement).checked).toBe(true);
    // The rows could also be two columns: that choice stays on offer.
    expect(screen.getByRole('radio', { name: '2 columns' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'One list, commas as decimal marks' }));
    expect(results().textContent).toContain('None of the values can count');
  });

  it('rounds half away from zero and says what it was before rounding', () => {
    render(<NpsCalculator />);
    // 1 promoter, 5 passives, 2 detractors of 8: NPS −12.5.
    paste('9\n7\n7\n8\n8\n7\n3\n3');
    expect(screen.getByTestId('nps-value').textContent).toBe('−13');
    expect(results().textContent).toContain('(−12.5 before rounding)');
  });

  it('says plainly when one answer or answers all alike say little', () => {
    render(<NpsCalculator />);
    paste('10');
    const text = results().textContent ?? '';
    expect(text).toContain('There is only one answer');
    expect(text).toContain('Every answer is a promoter, so the conventional margin of error comes out as 0.');
    expect(text).toContain('The interval is wide');
    expect(text).toContain('adjusted-Wald (Rocks 2016)');
    expect(text).not.toContain('cut at');
    // Ten promoters: the interval reaches past 100, and the page says it was cut there.
    paste('10\n'.repeat(10));
    expect(results().textContent).toContain('adjusted-Wald (Rocks 2016); cut at the −100 to 100 range');
  });

  it('changes the interval with the confidence level', () => {
    render(<NpsCalculator />);
    paste('10\n9\n3\n8\n10');
    fireEvent.click(screen.getByLabelText('99%'));
    expect(results().textContent).toContain('99% confidence interval');
    expect(results().textContent).toContain('z = 2.576');
    expect($npsCalculator.get().confidence).toBe(99);
  });

  it('compares two periods with the difference, its standard error, interval, p-value and a sentence', () => {
    render(<NpsCalculator />);
    paste('10\n9\n9\n10\n8\n3');
    fireEvent.click(screen.getByLabelText('Compare with another period'));
    expect(results().textContent).toContain('Paste the earlier period’s answers, or type its counts, to see the change.');
    paste('6\n7\n9\n3\n10\n5', 1);
    const change = screen.getByRole('region', { name: 'Change from the earlier period' });
    expect(within(change).getByTestId('nps-change').textContent).toMatch(/^A rise of 67 points; .+ \(exact test for small samples; p = 0\.[0-9]+\)\.$/);
    expect(change.textContent).toContain('Standard error of the change');
    expect(change.textContent).toContain('√(var′₁/n′₁ + var′₂/n′₂), 3 pseudo-answers added to each period');
    expect(change.textContent).toContain('exact permutation test');
    expect(change.textContent).toContain('p-value (two-sided)');
  });

  it('copies the results and offers the CSV and a share link carrying counts', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<NpsCalculator />);
    paste('10\n9\n6');
    await user.click(screen.getByRole('button', { name: 'Copy results' }));
    const text = writeText.mock.lastCall?.[0] ?? '';
    expect(text.split('\n').slice(0, 3)).toEqual(['Net Promoter Score', 'NPS: 33', 'Answers: 3']);
    expect(text).toContain('NPS is rounded half away from zero');
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(writeText.mock.lastCall?.[0]).toContain('| NPS | 33 |');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText.mock.lastCall?.[0]).toBe(
      // The link says the answers were pasted as one list, none left out.
      `${window.location.origin}/tools/nps/#c=${encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'scores', counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1] }, source: { fileName: null, layout: 'list', column: null, leftOut: 0, notANumber: 0, outOfRange: 0, notWhole: 0 } })}`,
    );
  });

  it('opens a share link into counts mode, removes the fragment, and keeps the saved paste', async () => {
    $npsCalculator.set({ ...$npsCalculator.get(), current: { ...$npsCalculator.get().current, text: '3\n3' } });
    const code = encodeShareCode({ calculator: 'nps', confidence: 90, sample: { kind: 'groups', groups: { promoters: 30, passives: 10, detractors: 10 } } });
    window.history.replaceState(null, '', `/tools/nps/#c=${code}`);
    render(<NpsCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $npsCalculator.ready());
    expect(screen.getByTestId('nps-value').textContent).toBe('40');
    expect(screen.getByText(/Loaded the counts from the share link/)).toBeTruthy();
    expect((screen.getByLabelText('Promoters (9–10)') as HTMLInputElement).value).toBe('30');
    expect(results().textContent).toContain('90% confidence interval');
    expect(window.location.hash).toBe('');
    expect($npsCalculator.get().current.text).toBe('3\n3');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Loaded the counts/)).toBeNull();
  });

  it('puts the person’s own answers back after a share link replaced them, and moves focus into the calculator', async () => {
    $npsCalculator.set({ ...$npsCalculator.get(), current: { ...$npsCalculator.get().current, text: '10\n10\n0' } });
    const own = $npsCalculator.get();
    const code = encodeShareCode({ calculator: 'nps', confidence: 90, sample: { kind: 'groups', groups: { promoters: 30, passives: 10, detractors: 10 } } });
    window.history.replaceState(null, '', `/tools/nps/#c=${code}`);
    render(<NpsCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $npsCalculator.ready());
    expect(screen.getByTestId('nps-value').textContent).toBe('40');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Put my own figures back' }));
    expect($npsCalculator.get()).toEqual(own);
    // Two promoters and one detractor of three: NPS 33.
    expect(screen.getByTestId('nps-value').textContent).toBe('33');
    expect(screen.queryByText(/Loaded the counts/)).toBeNull();
    // Focus stays in the calculator, on the input's mode choice the notice stood above.
    expect([screen.getByRole('radio', { name: 'Paste answers' }), screen.getByRole('radio', { name: 'Type counts' })]).toContain(document.activeElement);
  });

  it('says which part of a bad share link is wrong and changes nothing', async () => {
    window.history.replaceState(null, '', '/tools/nps/#c=1.nps.95.1-2-3.zzzz');
    render(<NpsCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $npsCalculator.ready());
    expect(screen.getByRole('alert').textContent).toContain('This share link cannot be opened.');
    expect($npsCalculator.get().current.mode).toBe('paste');
  });

  it('moves focus into the calculator when the share link notice is dismissed, not to the page', async () => {
    window.history.replaceState(null, '', '/tools/nps/#c=1.nps.95.1-2-3.zzzz');
    render(<NpsCalculator />);
    // The link is opened once the saved state has been read (its schema loads after the first render).
    await act(() => $npsCalculator.ready());
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Paste answers' }));
  });

  it('clears the input and the saved state', () => {
    render(<NpsCalculator />);
    paste('10\n9');
    expect(storage.data.get('touchpoint:nps-calculator')).toContain('10\\n9');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect((screen.getByRole('textbox', { name: /0 to 10/ }) as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByTestId('nps-value')).toBeNull();
    expect($npsCalculator.get()).toEqual($npsCalculator.initial);
  });

  it('offers the cleared answers back, in the box and in the result', async () => {
    render(<NpsCalculator />);
    paste('10\n9\n2');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    const restore = await screen.findByRole('button', { name: 'Put my own figures back' });
    expect(screen.getByText('Cleared the answers and counts.')).toBeTruthy();
    fireEvent.click(restore);
    expect((screen.getByRole('textbox', { name: /0 to 10/ }) as HTMLTextAreaElement).value).toBe('10\n9\n2');
    // 10, 9, 2: 2 promoters and 1 detractor of 3 is +33.
    await waitFor(() => expect(screen.getByTestId('nps-value').textContent).toContain('33'));
    expect(screen.queryByRole('button', { name: 'Put my own figures back' })).toBeNull();
  });

  it('embedded in a guide: an h3 heading, its own ids, and share links left to the tool page', () => {
    const code = encodeShareCode({ calculator: 'nps', confidence: 95, sample: { kind: 'groups', groups: { promoters: 1, passives: 0, detractors: 0 } } });
    window.history.replaceState(null, '', `/guides/net-promoter-score/#c=${code}`);
    render(
      <>
        <NpsCalculator embedded />
        <NpsCalculator embedded />
      </>,
    );
    expect(screen.getAllByRole('heading', { level: 3, name: 'Net Promoter Score' })).toHaveLength(2);
    expect(screen.queryByText(/Loaded the counts/)).toBeNull();
    expect(window.location.hash).toBe(`#c=${code}`);
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    act(() => paste('9'));
    expect(screen.getAllByTestId('nps-value').map((value) => value.textContent)).toEqual(['100', '100']);
  });
});
