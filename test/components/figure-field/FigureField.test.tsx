// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CurrencySelect } from '../../../src/components/figure-field/CurrencySelect.tsx';
import { ErrorSummary } from '../../../src/components/figure-field/ErrorSummary.tsx';
import { FigureField } from '../../../src/components/figure-field/FigureField.tsx';
import { PeriodSelect } from '../../../src/components/figure-field/PeriodSelect.tsx';
import { ShareNotice } from '../../../src/components/figure-field/ShareNotice.tsx';

afterEach(cleanup);

describe('FigureField', () => {
  it('ties the hint, note and error to the input and marks it invalid only with an error', () => {
    const { rerender } = render(<FigureField id="arpa" label="ARPA" value="" onChange={() => {}} hint="Per month." prefix="£" suffix="%" optional />);
    const input = screen.getByRole('textbox', { name: 'ARPA (optional)' });
    expect(input.getAttribute('aria-describedby')).toBe('arpa-hint');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('inputmode')).toBe('decimal');
    // The affixes are visual: the hint says the unit.
    expect(screen.getByText('£').getAttribute('aria-hidden')).toBe('true');

    rerender(<FigureField id="arpa" label="ARPA" value="x" onChange={() => {}} hint="Per month." note="Read as 0.5%." error="ARPA: “x” is not a number." />);
    expect(input.getAttribute('aria-describedby')).toBe('arpa-hint arpa-note arpa-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('arpa-error')?.textContent).toBe('ARPA: “x” is not a number.');
    expect(document.getElementById('arpa-note')?.textContent).toBe('Read as 0.5%.');
  });

  it('passes each change on as typed text', async () => {
    const onChange = vi.fn();
    render(<FigureField id="s" label="Customers at start (S)" value="" onChange={onChange} />);
    await userEvent.setup().type(screen.getByLabelText('Customers at start (S)'), '1');
    expect(onChange).toHaveBeenCalledWith('1');
  });
});

describe('PeriodSelect and CurrencySelect', () => {
  it('name the figure they belong to and offer each period', () => {
    const onChange = vi.fn();
    render(<PeriodSelect id="p" label="Period of the churn rate" value="month" onChange={onChange} wording="duration" />);
    const select = screen.getByRole('combobox', { name: 'Period of the churn rate' });
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['months', 'quarters', 'years']);
    fireEvent.change(select, { target: { value: 'year' } });
    expect(onChange).toHaveBeenCalledWith('year');
  });

  it('offers the display currencies and says they only change how amounts look', () => {
    const onChange = vi.fn();
    render(<CurrencySelect id="c" value="none" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Currency symbol' });
    expect(select.getAttribute('aria-describedby')).toBe('c-hint');
    expect(screen.getByText('Only changes how amounts are shown.')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'eur' } });
    expect(onChange).toHaveBeenCalledWith('eur');
  });
});

describe('ErrorSummary', () => {
  it('is absent with nothing to report', () => {
    const { container } = render(<ErrorSummary id="e" items={[]} headingLevel={2} />);
    expect(container.innerHTML).toBe('');
  });

  it('lists each problem, links it to its field and moves focus there without changing the address', async () => {
    render(
      <>
        <input id="field-s" aria-label="S" />
        <ErrorSummary
          id="e"
          headingLevel={4}
          items={[
            { fieldId: 'field-s', message: 'S is 0.' },
            { fieldId: undefined, message: 'Too large.' },
          ]}
        />
      </>,
    );
    const group = screen.getByRole('group', { name: '2 figures need a look' });
    expect(group.querySelector('h5')).not.toBeNull();
    expect(group.textContent).toContain('Too large.');
    Element.prototype.scrollIntoView = vi.fn();
    await userEvent.setup().click(screen.getByRole('link', { name: 'S is 0.' }));
    expect(document.activeElement?.id).toBe('field-s');
    expect(window.location.hash).toBe('');
  });
});

describe('ShareNotice', () => {
  it('offers to put the person’s figures back after a share link filled the form', async () => {
    const onRestore = vi.fn();
    const onDismiss = vi.fn();
    const { rerender } = render(<ShareNotice notice={{ kind: 'applied', canRestore: true }} onRestore={onRestore} onDismiss={onDismiss} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Put my own figures back' }));
    expect(onRestore).toHaveBeenCalledOnce();
    // A link opened on an empty form replaced nothing of the person's: nothing to put back.
    rerender(<ShareNotice notice={{ kind: 'applied', canRestore: false }} onRestore={onRestore} onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toContain('The figures from the share link are filled in below.');
    expect(screen.queryByRole('button', { name: 'Put my own figures back' })).toBeNull();
    rerender(<ShareNotice notice={{ kind: 'failed', message: 'This share link is damaged.' }} onRestore={onRestore} onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toContain('This share link is damaged.');
    expect(screen.queryByRole('button', { name: 'Put my own figures back' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    rerender(<ShareNotice notice={{ kind: 'none' }} onRestore={onRestore} onDismiss={onDismiss} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
