// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultActions } from '../../../src/components/calculators/ResultActions';

afterEach(cleanup);

const props = {
  text: 'NPS: 24',
  markdown: '| NPS | 24 |',
  csv: { filename: 'nps.csv', content: 'metric,value\r\nNPS,24\r\n' },
  shareUrl: 'https://touchpoint.example/tools/nps/#c=1',
};

describe('ResultActions', () => {
  it('copies the text, the Markdown and the share link, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<ResultActions {...props} />);
    await user.click(screen.getByRole('button', { name: 'Copy results' }));
    expect(writeText).toHaveBeenLastCalledWith('NPS: 24');
    expect(screen.getByRole('status').textContent).toBe('Copied the results to the clipboard.');
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(writeText).toHaveBeenLastCalledWith('| NPS | 24 |');
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(writeText).toHaveBeenLastCalledWith(props.shareUrl);
  });

  it('says when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ResultActions {...props} />);
    await user.click(screen.getByRole('button', { name: 'Copy results' }));
    expect(screen.getByRole('status').textContent).toBe('Your browser did not allow copying the results. Select and copy it by hand instead.');
  });

  it('downloads the CSV as a file', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<ResultActions {...props} />);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(clicked).toEqual(['nps.csv']);
    expect(screen.getByRole('status').textContent).toBe('Downloaded nps.csv.');
  });

  it('offers no share link when there is nothing to share', () => {
    render(<ResultActions {...props} shareUrl={undefined} />);
    expect(screen.queryByRole('button', { name: 'Copy share link' })).toBeNull();
  });

  it('says what the share link carries', () => {
    const { unmount } = render(<ResultActions {...props} />);
    // The link carries where the answers came from too (a file name can say more than the counts): the note says so.
    expect(screen.getByText(/carries the answer counts \(and where they came from: a file’s name, the column read and any answers written as words\) after the/)).toBeTruthy();
    unmount();
    render(<ResultActions {...props} sharedContent="the figures you typed" />);
    expect(screen.getByText(/carries the figures you typed after the/)).toBeTruthy();
  });
});
