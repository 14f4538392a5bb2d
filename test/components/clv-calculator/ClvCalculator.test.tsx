// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClvCalculator } from '../../../src/components/clv-calculator/ClvCalculator.tsx';
import { encodeClvShareCode } from '../../../src/lib/metrics/clv-share-code.ts';
import { $clvDraft, $clvShareNotice } from '../../../src/stores/clv-calculator.ts';
import { CLV_EXAMPLE_DRAFT, EMPTY_CLV_DRAFT } from '../../../src/lib/metrics/clv-draft.ts';
import { setStorageForTests } from '../../../src/stores/persisted-atom.ts';
import { $storageNotices } from '../../../src/stores/storage-notices.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  keepMount($clvDraft);
  $clvDraft.set(EMPTY_CLV_DRAFT);
  $clvShareNotice.set({ kind: 'none' });
  $storageNotices.set([]);
  window.history.replaceState(null, '', '/tools/clv/');
});
afterEach(() => {
  cleanup();
  cleanStores($clvDraft);
  setStorageForTests(undefined);
});

const live = () => document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent ?? '';
const results = () => screen.getByRole('region', { name: 'Results' });
const headline = () => results().querySelector('.results__value')?.textContent;

describe('ClvCalculator', () => {
  it('starts on the subscription form with a friendly prompt', () => {
    render(<ClvCalculator />);
    expect((screen.getByLabelText('Subscription') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('ARPA × gross margin ÷ churn rate. For subscriptions; not discounted.')).toBeTruthy();
    expect(results().textContent).toContain('Type your figures above');
    expect(live()).toBe('');
  });

  it('works out the subscription form as the person types, with the formula, the variant and both tables', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.type(screen.getByLabelText('Average revenue per account (ARPA)'), '100');
    expect(await within(results()).findByText('To see the lifetime value, fill in Gross margin and Churn rate.')).toBeTruthy();
    await user.type(screen.getByLabelText('Gross margin'), '80');
    await user.type(screen.getByLabelText('Churn rate'), '5');
    expect(await within(results()).findByText('CLV = ARPA × gross margin ÷ churn rate = 100 × 80% ÷ 5% = 1,600')).toBeTruthy();
    expect(headline()).toBe('1,600');
    expect(within(results()).getByText(/^Subscription form: ARPA × gross margin ÷ churn rate, all per month\. Not discounted/)).toBeTruthy();
    expect(within(results()).getByText('Expected lifetime (1 ÷ churn)').nextElementSibling?.textContent).toBe('20 months');
    const churnTable = within(results()).getByRole('table', { name: 'How CLV moves as churn moves' });
    expect([...churnTable.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual([
      '−20%4%2,000+400 (+25%)',
      '−10%4.5%1,777.78+177.78 (+11.11%)',
      'As typed5%1,600–',
      '+10%5.5%1,454.55−145.45 (−9.09%)',
      '+20%6%1,333.33−266.67 (−16.67%)',
    ]);
    const marginTable = within(results()).getByRole('table', { name: 'How CLV moves as margin moves' });
    expect(marginTable.querySelector('thead')?.textContent).toBe('ChangeGross marginCLVDifference');
    expect(live()).toBe('Customer lifetime value 1,600, subscription form.');
  });

  it('writes a lifetime of one period in the singular, and a tiny churn rate with the decimals it needs', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.type(screen.getByLabelText('Average revenue per account (ARPA)'), '100');
    await user.type(screen.getByLabelText('Gross margin'), '80');
    await user.type(screen.getByLabelText('Churn rate'), '100');
    expect(await within(results()).findByText('CLV = ARPA × gross margin ÷ churn rate = 100 × 80% ÷ 100% = 80')).toBeTruthy();
    expect(within(results()).getByText('Expected lifetime (1 ÷ churn)').nextElementSibling?.textContent).toBe('1 month');
    await user.clear(screen.getByLabelText('Churn rate'));
    await user.type(screen.getByLabelText('Churn rate'), '0.0001');
    expect(await within(results()).findByText('CLV = ARPA × gross margin ÷ churn rate = 100 × 80% ÷ 0.0001% = 80,000,000')).toBeTruthy();
    // The churn table's rows move churn by ±10% and ±20%: each row shows a different rate.
    const churnTable = screen.getByRole('table', { name: 'How CLV moves as churn moves' });
    const rates = within(churnTable).getAllByRole('row').slice(1).map((row) => row.querySelector('td')?.textContent);
    expect(rates).toEqual(['0.00008%', '0.00009%', '0.0001%', '0.00011%', '0.00012%']);
  });

  it('refuses zero churn with a message at the field, never showing infinity', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.type(screen.getByLabelText('Average revenue per account (ARPA)'), '100');
    await user.type(screen.getByLabelText('Gross margin'), '80');
    await user.type(screen.getByLabelText('Churn rate'), '0');
    await screen.findByRole('group', { name: 'One figure needs a look' });
    const churn = screen.getByLabelText('Churn rate');
    expect(churn.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${churn.id}-error`)?.textContent).toBe(
      'Churn rate is 0%: a customer who never leaves would be worth an infinite amount. Type the churn you expect, however small (0.5 for 0.5%).',
    );
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|∞/);
    expect(live()).toBe('One figure needs a look.');
    expect(screen.queryByRole('button', { name: 'Copy results' })).toBeNull();
  });

  it('converts a churn rate of another period by compounding and says so', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.type(screen.getByLabelText('Average revenue per account (ARPA)'), '50');
    await user.type(screen.getByLabelText('Gross margin'), '80');
    await user.type(screen.getByLabelText('Churn rate'), '20');
    await user.selectOptions(screen.getByLabelText('Period of the churn rate'), 'year');
    expect(await within(results()).findByText('Churn rate per month = 1 − (1 − 20%)^(1/12) = 1.84% (compounded from 20% per year)')).toBeTruthy();
  });

  it('states the discounted variant and switches it with the timing choice', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.click(screen.getByRole('button', { name: 'Use the worked example' }));
    await user.click(screen.getByLabelText('Discounted'));
    expect(headline()).toBe('£978.56');
    expect(within(results()).getByText('Retention rate (r) per year = (97.5%)^12 = 73.8% (compounded from 97.5% per month)')).toBeTruthy();
    expect(within(results()).getByText('CLV = m × r ÷ (1 + i − r) = 480 × 73.8% ÷ (1 + 10% − 73.8%) = 978.56')).toBeTruthy();
    expect(within(results()).getByRole('table', { name: 'How CLV moves as churn moves' }).querySelector('thead')?.textContent).toContain('Churn (1 − r) per year');
    await user.click(screen.getByLabelText(/At the start, the first one now/));
    expect(within(results()).getByText(/^Discounted form, margins at the start of each year \(the first one now\)/)).toBeTruthy();
    expect(headline()).toBe('£1,458.56');
    expect(live()).toBe('Customer lifetime value £1,458.56, discounted form.');
  });

  it('shows the simple form in revenue without a margin and in profit with one', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.click(screen.getByLabelText('Simple'));
    await user.type(screen.getByLabelText('Average order value'), '40');
    await user.type(screen.getByLabelText('Purchase frequency'), '5');
    await user.type(screen.getByLabelText('Customer lifespan'), '36');
    await user.selectOptions(screen.getByLabelText('Unit of the customer lifespan'), 'month');
    expect(await within(results()).findByText('Customer lifespan: 36 months = 3 years')).toBeTruthy();
    expect(within(results()).getByText('CLV = average order value × purchase frequency × lifespan = 40 × 5 × 3 = 600')).toBeTruthy();
    expect(within(results()).getByText(/^Simple form, in revenue \(no margin given\)/)).toBeTruthy();
    expect(within(results()).getByText('How CLV moves as margin moves: Add a margin to see how CLV moves with it.')).toBeTruthy();
    await user.type(screen.getByLabelText('Margin (optional)'), '30');
    expect(await within(results()).findByText('CLV = average order value × purchase frequency × lifespan × margin = 40 × 5 × 3 × 30% = 180')).toBeTruthy();
    const marginTable = within(results()).getByRole('table', { name: 'How CLV moves as margin moves' });
    expect(marginTable.textContent).toContain('+20%36%216');
  });

  it('marks a move past 100% as not possible rather than computing it', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.type(screen.getByLabelText('Average revenue per account (ARPA)'), '100');
    await user.type(screen.getByLabelText('Gross margin'), '90');
    await user.type(screen.getByLabelText('Churn rate'), '5');
    const marginTable = await within(results()).findByRole('table', { name: 'How CLV moves as margin moves' });
    expect(marginTable.textContent).toContain('+20%108%not possible: above 100%');
  });

  it('accepts thousands separators and decimal commas, and notes a percent typed as a fraction', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.type(screen.getByLabelText('Average revenue per account (ARPA)'), '1.250,5');
    await user.type(screen.getByLabelText('Gross margin'), '80');
    await user.type(screen.getByLabelText('Churn rate'), '0,5');
    expect(await screen.findByText('Read as 0.5%. This field takes percents: for 5%, type 5.')).toBeTruthy();
    expect(within(results()).getByText('CLV = ARPA × gross margin ÷ churn rate = 1,250.5 × 80% ÷ 0.5% = 200,080')).toBeTruthy();
    await user.clear(screen.getByLabelText('Gross margin'));
    await user.type(screen.getByLabelText('Gross margin'), 'eighty');
    expect(await screen.findByText('Gross margin: “eighty” is not a number. Type digits, like 1250 or 1,250.5.', { selector: '.field__error' })).toBeTruthy();
  });

  it('keeps each form’s figures in storage, and Clear empties them but keeps the form', async () => {
    const user = userEvent.setup();
    render(<ClvCalculator />);
    await user.click(screen.getByRole('button', { name: 'Use the worked example' }));
    expect(storage.data.get('touchpoint:clv-calculator')).toContain('"averageRevenuePerAccount":"50"');
    await user.click(screen.getByLabelText('Discounted'));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect($clvDraft.get().form).toBe('discounted');
    expect($clvDraft.get().subscription.averageRevenuePerAccount).toBe('');
    expect(results().textContent).toContain('Type your figures above');
  });

  it('opens a share link from the address and can put the person’s own figures back', async () => {
    $clvDraft.set({ ...EMPTY_CLV_DRAFT, subscription: { ...EMPTY_CLV_DRAFT.subscription, averageRevenuePerAccount: '7' } });
    const code = encodeClvShareCode({
      form: 'subscription',
      currency: 'eur',
      averageRevenuePerAccount: 100,
      revenuePeriod: 'month',
      grossMarginPercent: 80,
      churnPercent: 5,
      churnPeriod: 'month',
    });
    window.history.replaceState(null, '', `/tools/clv/#c=${code}`);
    render(<ClvCalculator />);
    expect(await screen.findByText('The figures from the share link are filled in below.')).toBeTruthy();
    expect(headline()).toBe('€1,600');
    expect(window.location.hash).toBe('');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Put my own figures back' }));
    expect((screen.getByLabelText('Average revenue per account (ARPA)') as HTMLInputElement).value).toBe('7');
  });

  it('embedded in a guide: a titled region, headings one level down, its own ids, the address left alone', () => {
    window.history.replaceState(null, '', '/guides/churn-retention-and-clv/#c=1.clv.garbage');
    render(
      <>
        <ClvCalculator embedded />
        <ClvCalculator embedded />
      </>,
    );
    const regions = screen.getAllByRole('region', { name: 'Customer lifetime value calculator' });
    expect(regions).toHaveLength(2);
    expect(within(regions[1] as HTMLElement).getByRole('heading', { level: 4, name: 'Results' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    act(() => $clvDraft.set({ ...CLV_EXAMPLE_DRAFT, form: 'subscription' }));
    expect([...document.querySelectorAll('.results__value')].map((value) => value.textContent)).toEqual(['£1,600', '£1,600']);
  });
});
