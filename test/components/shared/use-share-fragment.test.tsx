// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShareFragment } from '../../../src/components/shared/use-share-fragment.ts';

function Opener({ apply, ready }: { apply: (hash: string) => boolean; ready: () => Promise<void> }) {
  useShareFragment(apply, undefined, true, ready);
  return null;
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/tools/nps/');
});

/** Let the effect's awaits settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useShareFragment', () => {
  it('without a fragment, neither reads the saved state nor opens anything (a first visit loads no validator)', async () => {
    window.history.replaceState(null, '', '/tools/nps/');
    const apply = vi.fn(() => true);
    const ready = vi.fn(() => Promise.resolve());
    render(<Opener apply={apply} ready={ready} />);
    await settle();
    expect(ready).not.toHaveBeenCalled();
    expect(apply).not.toHaveBeenCalled();
  });

  it('opens a fragment after the saved state is read, then removes it from the address', async () => {
    window.history.replaceState(null, '', '/tools/nps/#c=1.nps.95.abc');
    const order: string[] = [];
    const ready = vi.fn(() => {
      order.push('ready');
      return Promise.resolve();
    });
    const apply = vi.fn((hash: string) => {
      order.push(`apply ${hash}`);
      return true;
    });
    render(<Opener apply={apply} ready={ready} />);
    await settle();
    expect(order).toEqual(['ready', 'apply #c=1.nps.95.abc']);
    expect(window.location.hash).toBe('');
  });
});
