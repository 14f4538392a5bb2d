// @vitest-environment jsdom
import { network } from './views-offline.ts'; // first: it mocks the views and sets up each test
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentApp } from '../../../src/components/assessment/AssessmentApp.tsx';
import { TeamApp } from '../../../src/components/assessment/TeamApp.tsx';
import { BANK_SIZE, GUIDE_TITLES } from './setup.ts';

// Apart from ViewsOffline.test.tsx: these start with the views failing, and the views load once per file.
describe('files chosen or dropped while the code that reads them cannot load', () => {
  it('the team page says so when files are dropped or chosen while their reader cannot load, until it has loaded', async () => {
    render(<TeamApp guideTitles={GUIDE_TITLES} />);
    await screen.findByRole('alert');
    const file = new File(['{}'], 'maya.json', { type: 'application/json' });
    const dropZone = screen.getByText(/Or drop exported JSON files here/).closest('.drop-zone');
    if (!dropZone) throw new Error('no drop zone');
    fireEvent.drop(dropZone, { dataTransfer: { files: [file] } });
    const failed = 'Nothing was added. The part that reads links and files could not be loaded. Check your connection and try again.';
    expect(await screen.findByText(failed)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Choose JSON files'), { target: { files: [file] } });
    const notOpened = 'Nothing was opened. The part that reads files could not be loaded. Check your connection and try again.';
    expect(await screen.findByText(notOpened)).toBeTruthy();
    network.online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    // Once the reader is here, neither says it could not load (the box to add from is there again).
    await waitFor(() => expect(screen.queryByText(failed)).toBeNull());
    expect(screen.queryByText(notOpened)).toBeNull();
  });

  it('the assessment says a file was not opened while its reader cannot load, and not once it has loaded', async () => {
    render(<AssessmentApp guideTitles={GUIDE_TITLES} bankSize={BANK_SIZE} />);
    await screen.findByRole('alert');
    const file = new File(['{}'], 'mine.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Open an exported file (JSON)'), { target: { files: [file] } });
    const notOpened = 'Nothing was opened. The part that reads files could not be loaded. Check your connection and try again.';
    expect(await screen.findByText(notOpened)).toBeTruthy();
    network.online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(notOpened)).toBeNull());
  });
});
