// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareLinkNotice } from '../../../src/components/score-input/ShareLinkNotice.tsx';

afterEach(cleanup);

describe('ShareLinkNotice', () => {
  it('says a link could not be read because the page could not load what reads it, and that nothing changed', () => {
    render(<ShareLinkNotice notice={{ kind: 'failed', error: { kind: 'unavailable' } }} onRestore={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'This share link cannot be opened. The part of the page that reads share links could not be loaded. Check your connection and try again. Your saved input was not changed.Dismiss',
    );
  });
});
