// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageNotices, storageNoticeList } from '../../../src/components/shared/StorageNotices';
import { $storageNotices, addStorageNotice } from '../../../src/stores/storage-notices';

// The notices' wording loads when there is a notice; it fails to arrive (offline before the site was cached) until `online`.
const network = vi.hoisted(() => ({ online: false }));
vi.mock('../../../src/components/shared/StorageNoticeList.tsx', async (importActual) => {
  if (!network.online) throw new Error('Failed to fetch dynamically imported module');
  return importActual();
});

beforeEach(() => $storageNotices.set([]));
afterEach(cleanup);

describe('StorageNotices', () => {
  it('renders nothing when all is well, and loads nothing', () => {
    const { container } = render(<StorageNotices />);
    expect(container.innerHTML).toBe('');
    expect(storageNoticeList.$state.get().kind).toBe('idle');
  });

  // Before the others: the wording is not loaded yet.
  it('says that nothing was deleted when the notices’ wording cannot load', async () => {
    render(<StorageNotices />);
    act(() => addStorageNotice({ id: 'n0', kind: 'write-failed', key: 'touchpoint:x', reason: 'your browser’s storage for this site is full' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Something this page saved could not be read or saved. Nothing was deleted. Reload the page when you are online to see what happened.',
    );
    network.online = true;
  });

  it('explains unreadable data, offers it for download and can be dismissed', async () => {
    render(<StorageNotices />);
    act(() =>
      addStorageNotice({
        id: 'n1',
        kind: 'unreadable',
        key: 'touchpoint:nps-calculator',
        reason: 'it is not valid JSON',
        keptAs: 'touchpoint:kept-aside:nps-calculator:2026-11-24T10:00:00.000Z',
        raw: '{"v":1,"da',
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('because it is not valid JSON');
    expect(screen.getByRole('alert').textContent).toContain('touchpoint:kept-aside:nps-calculator');
    const download = screen.getByRole('link', { name: 'Download the unreadable data' });
    expect(decodeURIComponent(download.getAttribute('href') ?? '')).toBe('data:text/plain;charset=utf-8,{"v":1,"da');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says saving is paused while the unreadable data is the only copy, and resumes it on download', async () => {
    render(<StorageNotices />);
    act(() =>
      addStorageNotice({ id: 'n3', kind: 'unreadable', key: 'touchpoint:personas', reason: 'it is not valid JSON', keptAs: undefined, raw: '{"v":1', savingPaused: true }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no room in this browser to keep a copy');
    expect(alert.textContent).toContain('they are not being saved for now');
    expect(screen.getByRole('button', { name: 'Discard it and save my changes' })).toBeTruthy();
    // jsdom does not follow a download link; the click is what counts.
    screen.getByRole('link', { name: 'Download the unreadable data' }).addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(screen.getByRole('link', { name: 'Download the unreadable data' }));
    expect($storageNotices.get()).toEqual([expect.objectContaining({ id: 'n3', savingPaused: false, downloaded: true })]);
    expect(screen.getByRole('alert').textContent).toContain('You downloaded the old data, so your changes are being saved again.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('discards unreadable data whose saving was paused', async () => {
    render(<StorageNotices />);
    act(() => addStorageNotice({ id: 'n4', kind: 'unreadable', key: 'touchpoint:x', reason: 'r', keptAs: undefined, raw: 'x', savingPaused: true }));
    await userEvent.click(await screen.findByRole('button', { name: 'Discard it and save my changes' }));
    expect($storageNotices.get()).toEqual([]);
  });

  it('says when changes could not be saved', async () => {
    render(<StorageNotices />);
    act(() => addStorageNotice({ id: 'n2', kind: 'write-failed', key: 'touchpoint:x', reason: 'your browser’s storage for this site is full' }));
    await screen.findByRole('button', { name: 'Dismiss' });
    expect(screen.getByRole('alert').textContent).toMatchInlineSnapshot(`"Your changes could not be saved because your browser’s storage for this site is full. They stay on this page until you close it: export or copy what you need.Dismiss"`);
  });
});
