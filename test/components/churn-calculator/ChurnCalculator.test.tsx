// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChurnCalculator } from '../../../src/components/churn-calculator/ChurnCalculator.tsx';
import { encodeChurnShareCode } from '../../../src/lib/metrics/churn-share-code.ts';
import { $churnDraft, $churnShareNotice } from '../../../src/stores/churn-calculator.ts';
import { CHURN_EXAMPLE_DRAFT, EMPTY_CHURN_DRAFT } from '../../../src/lib/metrics/churn-draft.ts';
import { setStorageForTests } from '../../../src/stores/persisted-atom.ts';
import { $storageNotices } from '../../../src/stores/storage-notices.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  storage = memoryStorage();
  setStorageForTests(storage);
  keepMount($churnDraft);
  $churnDraft.set(EMPTY_CHURN_DRAFT);
  $churnShareNotice.set({ kind: 'none' });
  $storageNotices.set([]);
  window.history.replaceState(null, '', '/tools/churn-retention/');
});
afterEach(() => {
  cleanup();
  cleanStores($churnDraft);
  setStorageForTests(undefined);
});

const live = () => document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent ?? '';
const results = () => screen.getByRole('region', { name: 'Results' });

describe('ChurnCalculator', () => {
  it('starts with a friendly prompt and nothing announced', () => {
    render(<ChurnCalculator />);
    expect(results().textContent).toContain('Type your customer counts above');
    expect(live()).toBe('');
    expect(screen.queryByRole('button', { name: 'Copy results' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toBeTruthy();
  });

  it('works out churn and retention as the person types, deriving L, and announces a short summary', async () => {
    const user = userEvent.setup();
    render(<ChurnCalculator />);
    await user.click(screen.getByLabelText('Quarter'));
    await user.type(screen.getByLabelText('Customers at start (S)'), '2,000');
    await user.type(screen.getByLabelText('New customers (N)'), '300');
    expect(await within(results()).findByText('To see churn and retention, fill in Customers at end (E).')).toBeTruthy();
    await user.type(screen.getByLabelText('Customers at end (E)'), '2 100');
    expect(await within(results()).findByText('L = S + N − E = 2,000 + 300 − 2,100 = 200')).toBeTruthy();
    expect(results().querySelector('dl')?.textContent).toBe('Churn rate per quarter10%Customer retention rate per quarter90%Customers lost200');
    expect(within(results()).getByText('Churn = L ÷ S = 200 ÷ 2,000 = 10%')).toBeTruthy();
    expect(within(results()).getByText('CRR = (E − N) ÷ S = (2,100 − 300) ÷ 2,000 = 90%')).toBeTruthy();
    const annual = within(results()).getByRole('row', { name: /Annual/ });
    expect(annual.textContent).toContain('34.39%65.61%');
    expect(live()).toBe('Churn 10% per quarter, retention 90%.');
    expect(screen.getByRole('button', { name: 'Copy share link' })).toBeTruthy();
  });

  it('shows gross and net revenue retention, counting blank movements as 0', async () => {
    const user = userEvent.setup();
    render(<ChurnCalculator />);
    await user.type(screen.getByLabelText('Starting recurring revenue'), '100000');
    await user.type(screen.getByLabelText('Expansion'), '8000');
    await user.type(screen.getByLabelText('Churned revenue'), '6000');
    expect(await within(results()).findByText('Left blank and counted as 0: Contraction.')).toBeTruthy();
    expect(within(results()).getByText(/^GRR = \(start − contraction − churned\) ÷ start = \(100,000 − 0 − 6,000\) ÷ 100,000 = 94%$/)).toBeTruthy();
    expect(within(results()).getByText(/^NRR = .* = 102%$/)).toBeTruthy();
  });

  it('names an impossible figure next to its field and in the summary, and withholds the share link', async () => {
    const user = userEvent.setup();
    render(<ChurnCalculator />);
    await user.type(screen.getByLabelText('Customers at start (S)'), '100');
    await user.type(screen.getByLabelText('New customers (N)'), '10');
    await user.type(screen.getByLabelText('Customers at end (E)'), '100');
    await user.type(screen.getByLabelText('Customers lost (L) (optional)'), '20');
    const end = screen.getByLabelText('Customers at end (E)');
    await screen.findByRole('group', { name: 'One figure needs a look' });
    expect(end.getAttribute('aria-invalid')).toBe('true');
    const message = 'Customers at end (E) is 100, but S + N − L makes 90. One of the four figures is off, or they cover different periods; leave Customers lost (L) blank to work it out from the others.';
    expect(document.getElementById(end.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent).toBe(message);
    expect(screen.getByRole('link', { name: message })).toBeTruthy();
    expect(live()).toBe('One figure needs a look.');
    expect(screen.queryByRole('button', { name: 'Copy share link' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('converts a monthly rate by compounding: 5% a month is 45.96% a year, not 60%', async () => {
    const user = userEvent.setup();
    render(<ChurnCalculator />);
    await user.type(screen.getByLabelText('Churn rate to convert'), '5');
    const conversion = screen.getByRole('region', { name: 'Convert a churn rate between periods' });
    expect(await within(conversion).findByText(/Per year: 1 − \(1 − 5%\)/)).toBeTruthy();
    expect(within(conversion).getByText(/Per year/).textContent).toBe('Per year: 1 − (1 − 5%)12 = 45.96%, not 60%');
    expect(within(conversion).getByText(/Per quarter/).textContent).toBe('Per quarter: 1 − (1 − 5%)3 = 14.26%, not 15%');
    await user.clear(screen.getByLabelText('Churn rate to convert'));
    await user.type(screen.getByLabelText('Churn rate to convert'), '0.05');
    expect(await screen.findByText('Read as 0.05%. This field takes percents: for 5%, type 5.')).toBeTruthy();
    // 0.05% a month compounds to 0.14993% a quarter: shown 0.15%, and not contrasted with the 0.15% it rounds to.
    await waitFor(() => expect(within(conversion).getByText(/Per quarter/).textContent).toBe('Per quarter: 1 − (1 − 0.05%)3 = 0.15%'));
    await user.clear(screen.getByLabelText('Churn rate to convert'));
    await user.type(screen.getByLabelText('Churn rate to convert'), '0.0001');
    await waitFor(() => expect(within(conversion).getByText(/Per quarter/).textContent).toBe('Per quarter: 1 − (1 − 0.0001%)3 = 0.0003%'));
    await user.clear(screen.getByLabelText('Churn rate to convert'));
    await user.type(screen.getByLabelText('Churn rate to convert'), '0,0000001');
    expect(await screen.findByText('Read as 0.0000001%. This field takes percents: for 5%, type 5.')).toBeTruthy();
    await user.clear(screen.getByLabelText('Churn rate to convert'));
    await user.type(screen.getByLabelText('Churn rate to convert'), '120');
    expect(await screen.findByText('Churn rate to convert is 120%: churn is a share of customers, from 0% to 100%.', { selector: '.field__error' })).toBeTruthy();
  });

  it('fills the worked example and clears it again, keeping the period', async () => {
    const user = userEvent.setup();
    render(<ChurnCalculator />);
    await user.click(screen.getByRole('button', { name: 'Use the worked example' }));
    expect($churnDraft.get()).toEqual(CHURN_EXAMPLE_DRAFT);
    expect(within(results()).getByText('GRR = (start − contraction − churned) ÷ start = (£100,000 − £3,000 − £6,000) ÷ £100,000 = 91%')).toBeTruthy();
    expect(live()).toBe('Churn 10% per quarter, retention 90%. Gross revenue retention 91%, net 99%. Converted: 14.26% per quarter, 45.96% per year.');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect($churnDraft.get().figures.customersAtStart).toBe('');
    expect($churnDraft.get().period).toBe('quarter');
    expect(results().textContent).toContain('Type your customer counts above');
  });

  it('says the worked example replaced typed figures, and puts them back on request with focus kept in the toolbar', async () => {
    const user = userEvent.setup();
    render(<ChurnCalculator />);
    await user.type(screen.getByLabelText('Customers at start (S)'), '5000');
    await user.click(screen.getByRole('button', { name: 'Use the worked example' }));
    // Said in a live region, heard where the button was pressed.
    expect(screen.getByText('The worked example replaced your figures.').getAttribute('role')).toBe('status');
    await user.click(screen.getByRole('button', { name: 'Put my own figures back' }));
    expect($churnDraft.get().figures.customersAtStart).toBe('5000');
    expect(screen.queryByText('The worked example replaced your figures.')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Use the worked example' }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('Your figures were cleared.')).toBeTruthy();
    // The share-link notice above the form is for links only.
    expect(screen.queryByText('The figures from the share link are filled in below.')).toBeNull();
  });

  it('keeps what is typed in storage', async () => {
    const user = userEvent.setup();
    render(<ChurnCalculator />);
    await user.type(screen.getByLabelText('Customers at start (S)'), '12x');
    expect(storage.data.get('touchpoint:churn-calculator')).toContain('"customersAtStart":"12x"');
  });

  it('opens a share link from the address, and can put the person’s own figures back', async () => {
    $churnDraft.set({ ...EMPTY_CHURN_DRAFT, figures: { ...EMPTY_CHURN_DRAFT.figures, customersAtStart: '7' } });
    const code = encodeChurnShareCode({
      period: 'month',
      currency: 'none',
      customersAtStart: 1000,
      customersAtEnd: 950,
      newCustomers: 0,
      lostCustomers: null,
      startingRevenue: null,
      expansionRevenue: null,
      contractionRevenue: null,
      churnedRevenue: null,
      rateToConvertPercent: null,
      rateToConvertPeriod: 'month',
    });
    window.history.replaceState(null, '', `/tools/churn-retention/#c=${code}`);
    render(<ChurnCalculator />);
    expect(await screen.findByText('The figures from the share link are filled in below.')).toBeTruthy();
    expect((screen.getByLabelText('Customers at start (S)') as HTMLInputElement).value).toBe('1000');
    expect(results().querySelector('dl')?.textContent).toContain('Churn rate per month5%');
    expect(window.location.hash).toBe('');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Put my own figures back' }));
    expect((screen.getByLabelText('Customers at start (S)') as HTMLInputElement).value).toBe('7');
  });

  it('reports a damaged share link and leaves the figures alone', async () => {
    $churnDraft.set({ ...EMPTY_CHURN_DRAFT, figures: { ...EMPTY_CHURN_DRAFT.figures, customersAtStart: '7' } });
    window.history.replaceState(null, '', '/tools/churn-retention/#c=1.churn.garbage');
    render(<ChurnCalculator />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your own figures were left as they were.');
    expect($churnDraft.get().figures.customersAtStart).toBe('7');
  });

  it('embedded in a guide: a titled region, headings one level down, its own ids, the address left alone', () => {
    window.history.replaceState(null, '', '/guides/churn-retention-and-clv/#c=1.churn.garbage');
    render(
      <>
        <ChurnCalculator embedded />
        <ChurnCalculator embedded />
      </>,
    );
    const regions = screen.getAllByRole('region', { name: 'Churn and retention calculator' });
    expect(regions).toHaveLength(2);
    expect(within(regions[0] as HTMLElement).getByRole('heading', { level: 4, name: 'Results' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    act(() => $churnDraft.set(CHURN_EXAMPLE_DRAFT));
    expect(screen.getAllByText('Churn = L ÷ S = 200 ÷ 2,000 = 10%')).toHaveLength(2);
  });
});
