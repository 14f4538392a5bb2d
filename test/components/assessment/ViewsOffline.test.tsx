// @vitest-environment jsdom
import { network } from './views-offline.ts'; // first: it mocks the views and sets up each test
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentApp } from '../../../src/components/assessment/AssessmentApp.tsx';
import { TeamApp } from '../../../src/components/assessment/TeamApp.tsx';
import { $teamState } from '../../../src/stores/assessment-team.ts';
import { BANK_SIZE, GUIDE_TITLES, answers, seedFinished } from './setup.ts';

describe('when the code after the first render cannot load', () => {
  it('the assessment keeps its introduction, says so, lifts a shared link’s cover, and loads when asked to try again', async () => {
    seedFinished(answers('quick', '3333 3333'));
    document.documentElement.dataset.sharedLink = '';
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('This part of the assessment could not be loaded. Check your connection and try again.');
    // Nothing is lost: the finished assessment is still in storage, and the page is not left covered.
    expect(document.documentElement.dataset.sharedLink).toBeUndefined();
    network.online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const results = await screen.findByRole('heading', { name: 'Your results' });
    expect(screen.queryByRole('alert')).toBeNull();
    // The button pressed is gone: focus goes to the heading of what shows.
    expect(document.activeElement).toBe(results);
  });

  it('the team page keeps what was pasted, says why it was not read, and reads it after trying again', async () => {
    $teamState.set({ respondents: [answers('full', '3333 3333 3333 3333 3333 3333 3333 3333')] });
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    expect((await screen.findByRole('alert')).textContent).toContain('The team list and results could not be loaded. Check your connection and try again.');
    const box = screen.getByRole('textbox', { name: 'Share links or codes' });
    fireEvent.change(box, { target: { value: 'some-code' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add from links' }));
    const failed = 'Nothing was added. The part that reads links and files could not be loaded. Check your connection and try again.';
    expect(await screen.findByText(failed)).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('some-code');
    network.online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const team = await screen.findByRole('heading', { name: 'Respondents (1)' });
    // The button pressed is gone: focus goes to the team. What said the reader could not load has gone with it.
    expect(document.activeElement).toBe(team);
    expect(screen.queryByText(failed)).toBeNull();
  });
});
