// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { deferModule, useDeferredModule, type DeferredModule } from '../../../src/components/shared/deferred-module.ts';
import { hydrateLater } from '../../../src/components/shared/hydrate-later.tsx';

afterEach(cleanup);

function Greeting({ name }: { readonly name: string }) {
  return <p data-testid="greeting">Hello, {name}</p>;
}
type GreetingModule = { readonly Greeting: typeof Greeting };

/** A module whose import the test settles by hand, as a slow or failing network would. */
function heldModule(): { deferred: DeferredModule<GreetingModule>; arrive(): void; fail(): void } {
  let arrive = () => {};
  let fail = () => {};
  const deferred = deferModule(
    () =>
      new Promise<GreetingModule>((resolve, reject) => {
        arrive = () => resolve({ Greeting });
        fail = () => reject(new Error('offline'));
      }),
  );
  return { deferred, arrive: () => arrive(), fail: () => fail() };
}

describe('hydrateLater', () => {
  it('renders at once when the module has loaded, without a fallback in between', async () => {
    const deferred = deferModule(async () => ({ Greeting }));
    await deferred.load();
    const Later = hydrateLater(deferred, (module) => module.Greeting, null);
    render(<Later name="Ada" />);
    expect(screen.getByTestId('greeting').textContent).toBe('Hello, Ada');
  });

  it('in a page rendered in the browser only, shows the part once its module arrives', async () => {
    const held = heldModule();
    const Later = hydrateLater(held.deferred, (module) => module.Greeting, null);
    render(<Later name="Ada" />);
    expect(screen.queryByTestId('greeting')).toBeNull();
    await act(async () => held.arrive());
    await waitFor(() => expect(screen.getByTestId('greeting').textContent).toBe('Hello, Ada'));
  });

  it('keeps the server’s HTML while the code is on its way, even when the island re-renders with new props, then hydrates with the current ones', async () => {
    const onServer = heldModule();
    const server = hydrateLater(onServer.deferred, (module) => module.Greeting, Greeting);
    let setName: (name: string) => void = () => {};
    // The island: its state changes before the part's code arrives (as saved data read after mount does), and it
    // re-renders when the code has arrived (useDeferredModule), as the calculators do.
    function Island({ Part, deferred }: { readonly Part: typeof server; readonly deferred: DeferredModule<GreetingModule> }) {
      const [name, set] = useState('Ada');
      setName = set;
      useDeferredModule(deferred, false);
      return <Part name={name} />;
    }
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Island Part={server} deferred={onServer.deferred} />);
    document.body.append(container);
    const serverGreeting = container.querySelector('[data-testid="greeting"]');
    expect(serverGreeting?.textContent).toBe('Hello, Ada');

    const held = heldModule();
    const Later = hydrateLater(held.deferred, (module) => module.Greeting, null);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Island Part={Later} deferred={held.deferred} />, { onRecoverableError: (error) => errors.push(error) });
    });
    await act(async () => setName('Grace'));
    // Not thrown away for an empty fallback: the same element, still saying what the server rendered.
    expect(container.querySelector('[data-testid="greeting"]')).toBe(serverGreeting);
    expect(serverGreeting?.textContent).toBe('Hello, Ada');

    await act(async () => held.arrive());
    await waitFor(() => expect(container.querySelector('[data-testid="greeting"]')?.textContent).toBe('Hello, Grace'));
    expect(container.querySelector('[data-testid="greeting"]')).toBe(serverGreeting);
    expect(errors).toEqual([]);
    container.remove();
  });

  it('says the part could not be loaded instead of crashing the island', async () => {
    const held = heldModule();
    const Later = hydrateLater(held.deferred, (module) => module.Greeting, null);
    render(
      <main>
        <h1>Still here</h1>
        <Later name="Ada" />
      </main>,
    );
    await act(async () => held.fail());
    await waitFor(() => expect(screen.getByText(/could not be loaded/).textContent).toBe('This part of the page could not be loaded. Check your connection and try again.'));
    expect(screen.getByRole('heading', { name: 'Still here' })).toBeTruthy();
  });
});
