// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferModule, useDeferredModule, type DeferredModule } from '../../../src/components/shared/deferred-module.ts';
import { hydrateLater } from '../../../src/components/shared/hydrate-later.tsx';

afterEach(cleanup);

function Greeting({ name }: { readonly name: string }) {
  return <p data-testid="greeting">Hello, {name}</p>;
}
type GreetingModule = { readonly Greeting: typeof Greeting };

/** A part with a field and a choice whose state shows in its output. */
function Form() {
  const [name, setName] = useState('Ada');
  const [size, setSize] = useState('small');
  const [drink, setDrink] = useState('tea');
  return (
    <form>
      <input type="text" aria-label="Name" value={name} onChange={(event) => setName(event.target.value)} />
      <select aria-label="Drink" value={drink} onChange={(event) => setDrink(event.target.value)}>
        <option value="tea">Tea</option>
        <option value="coffee">Coffee</option>
      </select>
      {['small', 'large'].map((choice) => (
        <label key={choice}>
          <input type="radio" name="size" value={choice} checked={size === choice} onChange={() => setSize(choice)} />
          {choice}
        </label>
      ))}
      <output>
        {name}, {size}, {drink}
      </output>
    </form>
  );
}

/** A module whose import the test settles by hand, as a slow or failing network would. */
function heldModule(): { deferred: DeferredModule<GreetingModule>; arrive(): void; fail(): void; requested(): boolean } {
  let arrive = () => {};
  let fail = () => {};
  let requested = false;
  const deferred = deferModule(
    () =>
      new Promise<GreetingModule>((resolve, reject) => {
        requested = true;
        arrive = () => resolve({ Greeting });
        fail = () => reject(new Error('offline'));
      }),
  );
  return { deferred, arrive: () => arrive(), fail: () => fail(), requested: () => requested };
}

/** jsdom has no IntersectionObserver: one the test drives, reporting the elements it watches as on screen. */
class TestIntersectionObserver {
  static watching: TestIntersectionObserver[] = [];
  readonly elements: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    TestIntersectionObserver.watching.push(this);
  }
  observe(element: Element) {
    this.elements.push(element);
  }
  disconnect() {
    TestIntersectionObserver.watching = TestIntersectionObserver.watching.filter((observer) => observer !== this);
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  /** Report every watched element as near the screen. */
  static scrollIntoView() {
    for (const observer of TestIntersectionObserver.watching) {
      observer.callback(
        observer.elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
        observer as unknown as IntersectionObserver,
      );
    }
  }
}

/** Whether the part in `container` has hydrated (its wrapper says so). */
const isHydrated = (container: HTMLElement) => container.querySelector('.hydrate-later')?.hasAttribute('data-hydrated') ?? false;

/**
 * The server's HTML of a part, hydrated in a container on the page, with the part's code already fetched (as the
 * page does while idle); it waits for the watcher (loaded after the first render) to be in place.
 */
async function hydrateServerPart(name: string) {
  const Server = hydrateLater(heldModule().deferred, (module) => module.Greeting, Greeting);
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Server name={name} />);
  document.body.append(container);
  const deferred = deferModule(async () => ({ Greeting }));
  const Later = hydrateLater(deferred, (module) => module.Greeting, null);
  const errors: unknown[] = [];
  const watchersBefore = TestIntersectionObserver.watching.length;
  await act(async () => {
    hydrateRoot(container, <Later name={name} />, { onRecoverableError: (error) => errors.push(error) });
  });
  await waitFor(() => expect(deferred.get()).not.toBeNull());
  await waitFor(() => expect(TestIntersectionObserver.watching.length > watchersBefore || isHydrated(container)).toBe(true));
  return { container, errors, serverGreeting: container.querySelector('[data-testid="greeting"]') };
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
    // No server HTML to keep: the code is asked for as soon as the part has mounted.
    await waitFor(() => expect(held.requested()).toBe(true));
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

  describe('with the page’s HTML from the server', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      TestIntersectionObserver.watching = [];
      document.body.replaceChildren();
    });

    it('fetches the part’s code while idle but hydrates it only when it comes near the screen, in place', async () => {
      vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
      const { container, errors, serverGreeting } = await hydrateServerPart('Ada');
      await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(isHydrated(container)).toBe(false);
      expect(serverGreeting?.textContent).toBe('Hello, Ada');

      await act(async () => TestIntersectionObserver.scrollIntoView());
      await waitFor(() => expect(isHydrated(container)).toBe(true));
      expect(container.querySelector('[data-testid="greeting"]')).toBe(serverGreeting);
      expect(TestIntersectionObserver.watching).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('hydrates it when focus or a pointer gets into the part before it is on screen', async () => {
      vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
      const focused = await hydrateServerPart('Ada');
      expect(isHydrated(focused.container)).toBe(false);
      await act(async () => focused.serverGreeting?.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
      await waitFor(() => expect(isHydrated(focused.container)).toBe(true));
      expect(TestIntersectionObserver.watching).toEqual([]);

      const pointed = await hydrateServerPart('Grace');
      expect(isHydrated(pointed.container)).toBe(false);
      await act(async () => pointed.serverGreeting?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
      await waitFor(() => expect(isHydrated(pointed.container)).toBe(true));
    });

    it('keeps what was typed and chosen in the part before its code arrived, and its state follows', async () => {
      vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
      const Server = hydrateLater(deferModule(async () => ({ Form })), (module) => module.Form, Form);
      const container = document.createElement('div');
      container.innerHTML = renderToString(<Server />);
      document.body.append(container);
      let arrive = () => {};
      const Later = hydrateLater(deferModule(() => new Promise<{ Form: typeof Form }>((resolve) => (arrive = () => resolve({ Form })))), (module) => module.Form, null);
      await act(async () => {
        hydrateRoot(container, <Later />);
      });
      await waitFor(() => expect(TestIntersectionObserver.watching.length).toBe(1));
      // The person reaches the part and edits it while its code is on its way (what a browser does for a key).
      const name = container.querySelector('input[type="text"]') as HTMLInputElement;
      await act(async () => name.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
      name.value = 'Grace';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      const large = container.querySelector('input[value="large"]') as HTMLInputElement;
      large.checked = true;
      large.dispatchEvent(new Event('change', { bubbles: true }));
      const drink = container.querySelector('select') as HTMLSelectElement;
      drink.value = 'coffee';
      drink.dispatchEvent(new Event('change', { bubbles: true }));

      await act(async () => arrive());
      await waitFor(() => expect(container.querySelector('output')?.textContent).toBe('Grace, large, coffee'));
      expect(name.value).toBe('Grace');
      expect(large.checked).toBe(true);
      expect(drink.value).toBe('coffee');
    });

    it('keeps what was typed before its watcher was in place, and hydrates the part for it', async () => {
      vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
      const Server = hydrateLater(deferModule(async () => ({ Form })), (module) => module.Form, Form);
      const container = document.createElement('div');
      container.innerHTML = renderToString(<Server />);
      document.body.append(container);
      // Edited with no event the watcher could hear (it loads after the island's first render).
      const name = container.querySelector('input[type="text"]') as HTMLInputElement;
      name.value = 'Grace';
      const large = container.querySelector('input[value="large"]') as HTMLInputElement;
      large.checked = true;
      const drink = container.querySelector('select') as HTMLSelectElement;
      drink.value = 'coffee';
      const Later = hydrateLater(deferModule(async () => ({ Form })), (module) => module.Form, null);
      await act(async () => {
        hydrateRoot(container, <Later />);
      });
      // Never scrolled to: the edits found when the watcher starts are what hydrates the part.
      await waitFor(() => expect(isHydrated(container)).toBe(true));
      await waitFor(() => expect(container.querySelector('output')?.textContent).toBe('Grace, large, coffee'));
      expect(name.value).toBe('Grace');
      expect(large.checked).toBe(true);
      expect(drink.value).toBe('coffee');
    });

    it('hydrates it when the island gives it new props (a result to plan from), before it is reached', async () => {
      vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
      const Server = hydrateLater(heldModule().deferred, (module) => module.Greeting, Greeting);
      const container = document.createElement('div');
      container.innerHTML = renderToString(
        <>
          <Server name="Ada" />
          <span>0</span>
        </>,
      );
      document.body.append(container);
      const deferred = deferModule(async () => ({ Greeting }));
      const Later = hydrateLater(deferred, (module) => module.Greeting, null);
      let setName: (name: string) => void = () => {};
      let rerender: () => void = () => {};
      function Island() {
        const [name, set] = useState('Ada');
        const [renders, setRenders] = useState(0);
        setName = set;
        rerender = () => setRenders(renders + 1);
        return (
          <>
            <Later name={name} />
            <span>{renders}</span>
          </>
        );
      }
      await act(async () => {
        hydrateRoot(container, <Island />);
      });
      await waitFor(() => expect(TestIntersectionObserver.watching.length).toBe(1));
      await waitFor(() => expect(deferred.get()).not.toBeNull());
      // A re-render with the same props changes nothing; a new name hydrates the part with it.
      await act(async () => rerender());
      await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(isHydrated(container)).toBe(false);
      await act(async () => setName('Grace'));
      await waitFor(() => expect(container.querySelector('[data-testid="greeting"]')?.textContent).toBe('Hello, Grace'));
      expect(isHydrated(container)).toBe(true);
    });

    it('hydrates it at once where the browser cannot tell what is on screen', async () => {
      vi.stubGlobal('IntersectionObserver', undefined);
      const { container } = await hydrateServerPart('Ada');
      await waitFor(() => expect(isHydrated(container)).toBe(true));
    });
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
    await waitFor(() => expect(held.requested()).toBe(true));
    await act(async () => held.fail());
    await waitFor(() => expect(screen.getByText(/could not be loaded/).textContent).toBe('This part of the page could not be loaded. Check your connection and try again.'));
    // Said to a screen reader too: it replaces the part the person just reached for.
    expect(screen.getByRole('alert').textContent).toBe('This part of the page could not be loaded. Check your connection and try again.');
    expect(screen.getByRole('heading', { name: 'Still here' })).toBeTruthy();
  });
});
