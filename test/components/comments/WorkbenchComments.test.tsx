// @vitest-environment jsdom
/**
 * The workbench's comments view as a person uses it with the keyboard and the mouse, over the real stores and
 * the comments session on the main thread (jsdom has no Worker). Counts are by hand from the export below.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bindWorkbenchComments } from '../../../src/components/survey/WorkbenchComments.tsx';
import { loadPasteAnalyser } from '../../../src/stores/paste-analyser.ts';
import { askComments } from '../../../src/stores/score-input-parser.ts';
import { setStorageForTests } from '../../../src/stores/persisted-atom.ts';
import { setMainThreadCommentSessionForTests, setParseWorkerFactoryForTests } from '../../../src/stores/score-input-parser.ts';
import { $commentsState, INITIAL_COMMENTS_STATE } from '../../../src/stores/survey-comments.ts';
import { clearSurveyWorkbench, surveyInput } from '../../../src/stores/survey-workbench.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

// 8 comments: promoters mention friendly staff, detractors refunds and waiting on hold; one row is blank.
const EXPORT = [
  'NPS,Why did you give this score?',
  '10,Friendly staff and a quick answer',
  '9,Friendly staff as always',
  '10,Very friendly staff',
  '3,Still waiting for my refund',
  '2,No refund after three weeks',
  '1,Waited on hold then no refund',
  '8,',
  '7,Fine but the app is slow',
  '0,Hung up on me while on hold',
].join('\n');

const WorkbenchComments = bindWorkbenchComments(askComments);

beforeAll(async () => {
  // The paste reader loads after first render on a page; here it is loaded first, as on a settled page.
  await loadPasteAnalyser();
  setStorageForTests(memoryStorage());
  setParseWorkerFactoryForTests(() => null);
  setMainThreadCommentSessionForTests(() => import('../../../src/workers/comment-session.ts'));
});
afterEach(() => {
  cleanup();
  clearSurveyWorkbench();
  $commentsState.set(INITIAL_COMMENTS_STATE);
});
afterAll(() => {
  setMainThreadCommentSessionForTests(undefined);
  setStorageForTests(undefined);
  setParseWorkerFactoryForTests(undefined);
});

describe('WorkbenchComments', () => {
  it('finds the comment column, ranks what sets each group apart, and codes a theme typed by the analyst', async () => {
    const user = userEvent.setup();
    surveyInput.setText(EXPORT);
    render(<WorkbenchComments />);
    expect((screen.getByLabelText('Comment column') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Found automatically: Why did you give this score?');
    const overview = await screen.findByRole('list', { name: 'What the comment column holds' }, { timeout: 5000 });
    expect(overview.textContent).toContain('8 comments; 1 row of 9 left it blank.');
    await screen.findByRole('heading', { name: 'What sets each group apart' });

    // A theme typed with the keyboard: 3 detractor comments say refund, none elsewhere.
    await user.click(screen.getByLabelText('Theme name'));
    await user.keyboard('Refunds');
    await user.tab();
    await user.keyboard('refund*');
    await user.tab();
    await user.keyboard('{Enter}');
    const table = await screen.findByRole('table', { name: 'Share of each group’s comments that mention each theme' }, { timeout: 5000 });
    const row = within(table).getByRole('row', { name: /^Refunds/ });
    // 3 of 8 comments; of the 3 promoters none, of the 2 passives none, of the 4 detractors 3 (75%).
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent?.split(' (')[0])).toEqual(['3 · 38%', '0%', '0%', '75%']);
    // The codebook's status line says what happened, for screen readers too.
    expect(screen.getAllByRole('status').some((status) => status.textContent === 'Added the theme “Refunds”.')).toBe(true);
  });

  it('refuses a rule that matches everything, with the rule named, and keeps the codebook unchanged', async () => {
    const user = userEvent.setup();
    surveyInput.setText(EXPORT);
    render(<WorkbenchComments />);
    await screen.findByRole('heading', { name: 'What sets each group apart' }, { timeout: 5000 });
    await user.type(screen.getByLabelText('Theme name'), 'Everything');
    await user.type(screen.getByLabelText('Rules, one per line'), '*');
    await user.click(screen.getByRole('button', { name: 'Add theme' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Rule 1 (“*”) is only “*”, which matches every comment: write at least one word.');
    expect($commentsState.get().codebook.themes).toEqual([]);
  });

  it('codes a comment by hand, and gives it back to the rules', async () => {
    const user = userEvent.setup();
    surveyInput.setText(EXPORT);
    $commentsState.set({ ...INITIAL_COMMENTS_STATE, codebook: { themes: [{ id: 'hold', name: 'On hold', rules: ['on hold'] }], handCodes: {} } });
    render(<WorkbenchComments />);
    await screen.findByRole('heading', { name: 'Read and code the comments' }, { timeout: 5000 });
    await waitFor(() => expect(screen.getAllByRole('listitem').some((item) => item.textContent?.includes('Friendly staff and a quick answer'))).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Code by hand the comment in row 2' }));
    await user.click(screen.getByRole('checkbox', { name: 'On hold' }));
    await user.click(screen.getByRole('button', { name: 'Save by hand' }));
    expect($commentsState.get().codebook.handCodes).toEqual({ 'row:2': ['hold'] });
    await waitFor(() => expect(screen.getByText('Themes: On hold (set by hand)')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Code by hand the comment in row 2' }));
    await user.click(screen.getByRole('button', { name: 'Go back to the rules' }));
    expect($commentsState.get().codebook.handCodes).toEqual({});
  });
});
