// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PersonaBuilder } from '../../../src/components/persona-builder/PersonaBuilder';
import { $personaCollection, $personas } from '../../../src/stores/personas';
import { makeFromTemplate } from '../../lib/persona/make-persona';
import { releasePersonaState, resetPersonaState } from './setup';

beforeEach(() => {
  resetPersonaState();
});
afterEach(() => {
  cleanup();
  releasePersonaState();
});

describe('saved personas that cannot be read', () => {
  it('are named with the reason, each with its own download and discard, while the readable ones stay listed', async () => {
    const readable = makeFromTemplate('busy-shopper', 'maya-1');
    const unnamed = { label: 'A persona without a name', reason: 'Id is missing', raw: '{"name":""}' };
    $personaCollection.set({ personas: [readable], setAside: [unnamed, { ...unnamed, raw: '{"name":" "}' }] });
    const user = userEvent.setup();
    render(<PersonaBuilder />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^2 saved personas could not be read, so they are kept aside\./);
    expect(alert.textContent).toContain('A persona without a name: Id is missing');
    const second = screen.getByRole('link', { name: 'Download persona 2, “A persona without a name”' });
    expect(second.getAttribute('download')).toBe('persona-kept-aside-2.json');
    expect(second.getAttribute('href')).toBe(`data:application/json;charset=utf-8,${encodeURIComponent('{"name":" "}')}`);
    expect(screen.getByRole('link', { name: 'Download persona 1, “A persona without a name”' }).getAttribute('href')).toContain(encodeURIComponent('{"name":""}'));
    expect(screen.getAllByText('Maya Chen').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Discard persona 2, “A persona without a name”' }));
    expect($personaCollection.get().setAside).toEqual([unnamed]);
    expect(screen.getByRole('alert').textContent).toMatch(/^One saved persona could not be read, so it is kept aside\./);
    await user.click(screen.getByRole('button', { name: 'Discard persona 1, “A persona without a name”' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect($personas.get()).toEqual([readable]);
  });
});
