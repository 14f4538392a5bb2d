// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SampleSizePlanner } from '../../../src/components/score-input/SampleSizePlanner.tsx';
import { NpsCalculator } from '../../../src/components/nps-calculator/NpsCalculator.tsx';
import { CesCalculator } from '../../../src/components/ces-calculator/CesCalculator.tsx';
import { releaseScoreCalculators, resetScoreCalculators } from './setup.ts';

// Expected figures are worked out by hand in test/lib/metrics/plan-sample-size.test.ts (z = 1.959963984540054):
// NPS 40% / 20% ±5 → 858; +10 points at 80% power → 840 per group; 90% → 1,125.

afterEach(() => {
  cleanup();
});

function planner(): HTMLElement {
  return screen.getByRole('region', { name: 'How many answers you need' });
}

function status(): string {
  return within(planner()).getByRole('status').textContent ?? '';
}

async function retype(label: string | RegExp, text: string) {
  const field = within(planner()).getByLabelText(label);
  await userEvent.clear(field);
  if (text !== '') await userEvent.type(field, text);
}

describe('SampleSizePlanner', () => {
  it('plans NPS answers before there is any data, from a typical 40% / 20% mix', () => {
    render(<SampleSizePlanner metric="nps" confidence={95} />);
    expect((screen.getByLabelText('Promoters you expect (%)') as HTMLInputElement).value).toBe('40');
    expect((screen.getByLabelText('Detractors you expect (%)') as HTMLInputElement).value).toBe('20');
    const text = planner().textContent ?? '';
    expect(text).toContain('You need 858 answers for NPS ± 5 points at 95% confidence.');
    expect(text).toContain(
      'You need 840 answers in each of two groups (1,680 answers in all) to detect a rise of 10 points (promoters 45%, detractors 15%) with 80% power at 95% confidence.',
    );
    expect(text).toContain('A typical mix to start from');
    expect(text).not.toContain('What the answers above give');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    // Nothing is announced until the person changes something here.
    expect(status()).toBe('');
  });

  it('answers what is typed with the keyboard and announces it', async () => {
    render(<SampleSizePlanner metric="nps" confidence={95} />);
    // ±3: 1.959963984540054² × 0.56 / 0.0009 − 3 = 2387.3 → 2,388.
    await retype('Margin of error (± NPS points)', '3');
    expect(planner().textContent).toContain('You need 2,388 answers for NPS ± 3 points at 95% confidence.');
    expect(status()).toBe('You need 2,388 answers for NPS ± 3 points at 95% confidence.');
    // 90% power: (1.959963984540054 + 1.2815515655446004)² × 1.07 / 0.01 = 1124.3 → 1,125.
    await userEvent.click(screen.getByLabelText('90% power'));
    expect(status()).toContain('You need 1,125 answers in each of two groups (2,250 answers in all) to detect a rise of 10 points');
    // A fall of 10 from 40% / 20%: promoters 35%, detractors 25%: 7.848879 × 1.15 / 0.01 at 80% = 902.6 → 903.
    await userEvent.click(screen.getByLabelText('80% power'));
    await userEvent.click(screen.getByLabelText('A fall'));
    expect(status()).toBe(
      'You need 903 answers in each of two groups (1,806 answers in all) to detect a fall of 10 points (promoters 35%, detractors 25%) with 80% power at 95% confidence.',
    );
  });

  it('says what is wrong with a field beside it, and never shows NaN', async () => {
    render(<SampleSizePlanner metric="nps" confidence={95} />);
    await retype('Margin of error (± NPS points)', 'abc');
    const margin = screen.getByLabelText('Margin of error (± NPS points)');
    expect(margin.getAttribute('aria-invalid')).toBe('true');
    expect(margin.getAttribute('aria-describedby')).toContain(`${margin.id}-error`);
    expect(planner().textContent).toContain('“abc” is not a number: enter the margin of error as a number, e.g. 20.');
    expect(planner().textContent).toContain('Correct the margin of error above to see this plan.');
    await retype('Margin of error (± NPS points)', '0');
    expect(planner().textContent).toContain('The margin of error must be more than 0.');
    await retype('Margin of error (± NPS points)', '');
    expect(planner().textContent).toContain('Enter the margin of error.');
    await retype('Margin of error (± NPS points)', '5');
    await retype('Detractors you expect (%)', '70');
    expect(planner().textContent).toContain('Promoters and detractors come to 110%: together they can be at most 100%.');
    expect(screen.getByLabelText('Detractors you expect (%)').getAttribute('aria-invalid')).toBe('true');
    await retype('Detractors you expect (%)', '20');
    await retype('Change to detect (NPS points)', '90');
    expect(planner().textContent).toContain('From the expected NPS, a rise can be at most 80 points.');
    await retype('Promoters you expect (%)', '100');
    await retype('Detractors you expect (%)', '0');
    expect(planner().textContent).toContain('With everyone expected in one group there is no spread to plan with');
    expect(planner().textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('says "more than 1,000,000" instead of a number nobody can collect', async () => {
    render(<SampleSizePlanner metric="csat" confidence={99} />);
    // 50% ±5 at 99%: 2.5758293035489² × 0.25 / 0.0025 = 663.5 → 664.
    expect(planner().textContent).toContain('You need 664 answers for CSAT ± 5 percentage points at 99% confidence.');
    await retype('Margin of error (± percentage points)', '0.01');
    expect(planner().textContent).toContain('You need more than 1,000,000 answers for CSAT ± 0.01 percentage points at 99% confidence.');
  });

  it('starts from the data on the page, judges it, and goes back to it after an edit', async () => {
    const { rerender } = render(<SampleSizePlanner metric="nps" confidence={95} observed={{ n: 200, promoterShare: 0.4, detractorShare: 0.2 }} />);
    expect(planner().textContent).toContain('From the 200 answers above');
    // Adjusted-Wald half-width for 80 / 40 of 200: 10.29; the larger detectable change is a fall of 21.33 (SciPy).
    expect(planner().textContent).toContain(
      'Your 200 answers give NPS ± 10.3 points at 95% confidence. Two groups of 200 would detect a change of about 21.3 points or more, up or down, with 80% power.',
    );
    // Everyone a promoter: no rise is possible, so the fall is named.
    rerender(<SampleSizePlanner metric="nps" confidence={95} observed={{ n: 10, promoterShare: 1, detractorShare: 0 }} />);
    expect(planner().textContent).toMatch(/Two groups of 10 would detect a fall of about [0-9.]+ points or more with 80% power; from here no rise could be that large\./);
    rerender(<SampleSizePlanner metric="nps" confidence={95} observed={{ n: 300, promoterShare: 0.5, detractorShare: 0.1 }} />);
    expect((screen.getByLabelText('Promoters you expect (%)') as HTMLInputElement).value).toBe('50');
    await retype('Promoters you expect (%)', '30');
    rerender(<SampleSizePlanner metric="nps" confidence={95} observed={{ n: 310, promoterShare: 0.55, detractorShare: 0.1 }} />);
    // A typed figure is kept when the data changes, until the person asks for the data's shares again.
    expect((screen.getByLabelText('Promoters you expect (%)') as HTMLInputElement).value).toBe('30');
    await userEvent.click(screen.getByRole('button', { name: 'Use the shares of the answers above' }));
    expect((screen.getByLabelText('Promoters you expect (%)') as HTMLInputElement).value).toBe('55');
  });

  it('plans a CES mean from a quarter of the scale’s range, with Student’s t', async () => {
    render(<SampleSizePlanner metric="ces" confidence={95} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'How many answers you need' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'For a margin of error' })).toBeTruthy();
    expect((screen.getByLabelText('Standard deviation you expect') as HTMLInputElement).value).toBe('1.5');
    const text = planner().textContent ?? '';
    // σ 1.5, ±0.2: 219 (t); a difference of 0.3 at 80%: 394 per group (as R's power.t.test 393.4).
    expect(text).toContain('You need 219 answers for the mean ± 0.20 on the 1–7 scale at 95% confidence.');
    expect(text).toContain('You need 394 answers in each of two groups (788 answers in all) to detect a difference of 0.30 on the 1–7 scale in the mean with 80% power at 95% confidence.');
    expect(screen.queryByLabelText('A rise')).toBeNull();
    // The formulas load when the section first opens (the browser test opens it from the keyboard; jsdom only clicks).
    const summary = within(planner()).getByText('How these are worked out');
    expect(summary.closest('details')?.open).toBe(false);
    expect(text).not.toContain('≤ E');
    await userEvent.click(summary);
    await waitFor(() => expect(planner().textContent).toContain('The smallest n with t(1 − α/2, n − 1) × σ ÷ √n ≤ E'));
    expect(planner().textContent).toContain('a quarter of the scale’s range (1.50 on 1–7)');
    expect(within(planner()).getByRole('link', { name: 'NIST/SEMATECH e-Handbook, sample sizes for a mean' }).getAttribute('href')).toBe(
      'https://www.itl.nist.gov/div898/handbook/prc/section2/prc222.htm',
    );
  });
});

describe('the planner on the calculators', () => {
  beforeEach(() => {
    resetScoreCalculators('/tools/nps/');
  });
  afterEach(() => {
    releaseScoreCalculators();
  });

  it('takes the NPS calculator’s answers and confidence level', async () => {
    render(<NpsCalculator />);
    const box = screen.getByRole('textbox', { name: /0 to 10/ });
    // 6 promoters, 2 passives, 2 detractors of 10.
    fireEvent.input(box, { target: { value: '10\n10\n9\n8\n7\n6\n0\n10\n9\n9' } });
    fireEvent.blur(box);
    expect((screen.getByLabelText('Promoters you expect (%)') as HTMLInputElement).value).toBe('60');
    expect(planner().textContent).toContain('Your 10 answers give NPS ±');
    fireEvent.click(screen.getByLabelText('99%'));
    // 60% / 20%: Var = 0.8 − 0.16 = 0.64; 2.5758293035489² × 0.64 / 0.0025 − 3 = 1695.6 → 1,696.
    expect(planner().textContent).toContain('You need 1,696 answers for NPS ± 5 points at 99% confidence.');
    // The calculator's own announcement is still the page's only [aria-live] region.
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('plans each CES question on its own scale', () => {
    resetScoreCalculators('/tools/ces/');
    render(<CesCalculator />);
    expect((screen.getByLabelText('Standard deviation you expect') as HTMLInputElement).value).toBe('1.5');
    fireEvent.click(screen.getByLabelText('CES 1.0: effort, 1–5'));
    expect((screen.getByLabelText('Standard deviation you expect') as HTMLInputElement).value).toBe('1');
    expect(planner().textContent).toContain('on the 1–5 scale');
  });
});
