// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $announcement } from '../../../src/components/shared/announcer';
import { EditConflict } from '../../../src/components/shared/EditConflict';

afterEach(cleanup);

const describeField = (path: string) => ({ summary: 'One-line summary', goals: 'Goals' })[path] ?? path;

describe('EditConflict', () => {
  it('shows nothing without a conflict', () => {
    const { container } = render(<EditConflict conflict={undefined} noun="persona" describeField={describeField} onResolve={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows both versions of each clashing field and passes on the choice', async () => {
    const onResolve = vi.fn();
    const user = userEvent.setup();
    render(
      <EditConflict
        conflict={{ kind: 'changed', id: 'maya', mine: { summary: 'aaa', goals: [{ text: 'Save time' }] }, theirs: { summary: 'bbb', goals: [{ text: 'Save time' }, { text: 'Eat well' }] }, fields: ['summary', 'goals'] }}
        noun="persona"
        describeField={describeField}
        onResolve={onResolve}
      />,
    );
    const region = screen.getByRole('region', { name: 'Changed in another tab' });
    expect(region.textContent).toContain('different text in 2 fields');
    expect(region.textContent).toContain('One-line summaryYours: aaaOther tab: bbb');
    expect(region.textContent).toContain('GoalsYours: Save timeOther tab: Save time; Eat well');
    expect($announcement.get().text).toBe('This persona was changed in another tab. Your changes are kept here: choose which version to keep.');
    for (const [name, choice] of [['Keep mine', 'keep-mine'], ['Take the other tab’s', 'take-theirs'], ['Keep both as copies', 'keep-both']] as const) {
      await user.click(screen.getByRole('button', { name }));
      expect(onResolve).toHaveBeenLastCalledWith(choice);
    }
  });

  it('offers to restore or close an item deleted in another tab', async () => {
    const onResolve = vi.fn();
    const user = userEvent.setup();
    render(<EditConflict conflict={{ kind: 'deleted', id: 'map1', mine: {} }} noun="journey map" describeField={describeField} onResolve={onResolve} />);
    expect(screen.getByRole('region', { name: 'Deleted in another tab' }).textContent).toContain('This journey map was deleted in another tab');
    await user.click(screen.getByRole('button', { name: 'Keep it (restore)' }));
    expect(onResolve).toHaveBeenLastCalledWith('restore');
    await user.click(screen.getByRole('button', { name: 'Close it (stay deleted)' }));
    expect(onResolve).toHaveBeenLastCalledWith('let-go');
  });
});
