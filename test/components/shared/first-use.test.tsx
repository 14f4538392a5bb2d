// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedDataGate } from '../../../src/components/shared/SavedDataGate.tsx';
import firstUse from '../../../src/directives/first-use.ts';

/** A tool whose output shows every piece of its state: a field, a box and a button's count. */
function Tool() {
  const [name, setName] = useState('');
  const [ticked, setTicked] = useState(false);
  const [clicks, setClicks] = useState(0);
  const [greeting, setGreeting] = useState('');
  return (
    <SavedDataGate stores={[]}>
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={ticked} onChange={(event) => setTicked(event.target.checked)} /> Tick
      </label>
      <button type="button" onClick={() => setClicks((count) => count + 1)}>
        Add
      </button>
      <button type="button" onClick={() => setGreeting(`Hello, ${name}`)}>
        Greet
      </button>
      <output>{`${name}|${String(ticked)}|${String(clicks)}|${greeting}`}</output>
    </SavedDataGate>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  localStorage.clear();
  history.replaceState(null, '', '/');
});

/** The server's HTML in an island, the directive on it, and a way to let its code arrive (React hydrates then). */
function setUp() {
  const island = document.createElement('div');
  island.innerHTML = renderToString(<Tool />);
  document.body.append(island);
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const load = vi.fn(async () => {
    await arrived;
    return async () => {
      root = hydrateRoot(island, <Tool />);
    };
  });
  firstUse(load, { name: 'Tool', value: '' }, island);
  const get = <T extends Element>(selector: string) => island.querySelector<T>(selector)!;
  const hydrate = () => act(async () => arrive());
  return { island, load, get, hydrate, output: () => get('output').textContent };
}

/** As a keystroke does: the text changes behind React's back (the prototype's setter), then input fires. */
const type = (field: HTMLInputElement, text: string) => {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('client:first-use', () => {
  it('enables the server-rendered controls and loads nothing until the island is reached for', () => {
    const { get, load } = setUp();
    expect(get<HTMLFieldSetElement>('fieldset').disabled).toBe(false);
    expect(load).not.toHaveBeenCalled();
    get('input').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    get('button').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets a link, a label and a file picker work as they are, only starting to load', () => {
    const { island, load, get } = setUp();
    island.insertAdjacentHTML('beforeend', '<a href="#method">Method</a><label for="file">Choose a file</label><input id="file" type="file">');
    const labelClick = new MouseEvent('click', { bubbles: true, cancelable: true });
    get('label').dispatchEvent(labelClick);
    expect(labelClick.defaultPrevented).toBe(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    island.querySelector('a')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    const pick = new MouseEvent('click', { bubbles: true, cancelable: true });
    island.querySelector('label[for="file"]')!.dispatchEvent(pick);
    expect(pick.defaultPrevented).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ignores what happens outside the island', () => {
    const { load } = setUp();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    outside.click();
    expect(load).not.toHaveBeenCalled();
  });

  it('gives the typing, the box ticked and the clicks made before hydration to React after it, in order', async () => {
    const { get, hydrate, output } = setUp();
    type(get('input'), 'A');
    type(get('input'), 'Ada');
    get<HTMLInputElement>('input[type="checkbox"]').click();
    // Ticked at once, as the browser does, so the person sees it; kept as an edit to give React.
    expect(get<HTMLInputElement>('input[type="checkbox"]').checked).toBe(true);
    get<HTMLButtonElement>('button').click();
    get<HTMLButtonElement>('button').click();
    // Greet reads the name typed before it was pressed: each action is given back in a task of its own, after
    // React has applied the one before.
    get<HTMLButtonElement>('button:last-of-type').click();
    expect(output()).toBe('|false|0|');
    await hydrate();
    await waitFor(() => expect(output()).toBe('Ada|true|2|Hello, Ada'));
    // And React has them for good: the next keystroke builds on the replayed text.
    await act(async () => type(get('input'), 'Ada L'));
    expect(output()).toBe('Ada L|true|2|Hello, Ada');
  });

  it('keeps what was typed before it ran (a field the browser restored, say)', async () => {
    const island = document.createElement('div');
    island.innerHTML = renderToString(<Tool />);
    document.body.append(island);
    island.querySelector('input')!.value = 'Restored';
    let hydrate = async () => {};
    const load = vi.fn(async () => hydrate);
    hydrate = async () => {
      root = hydrateRoot(island, <Tool />);
    };
    firstUse(load, { name: 'Tool', value: '' }, island);
    // An edit is a use: it loads at once.
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => {});
    expect(island.querySelector('output')!.textContent).toBe('Restored|false|0|');
  });

  it('hydrates at once, controls still disabled until then, when there is saved data or a link in the address', () => {
    localStorage.setItem('touchpoint:theme', 'dark');
    expect(setUp().load).not.toHaveBeenCalled();
    document.body.replaceChildren();

    localStorage.setItem('touchpoint:nps-calculator', '{}');
    const saved = setUp();
    expect(saved.load).toHaveBeenCalledTimes(1);
    expect(saved.get<HTMLFieldSetElement>('fieldset').disabled).toBe(true);
    localStorage.clear();
    document.body.replaceChildren();

    history.replaceState(null, '', '/#c=1.nps');
    expect(setUp().load).toHaveBeenCalledTimes(1);
    document.body.replaceChildren();
    history.replaceState(null, '', '/?template=onboarding');
    expect(setUp().load).toHaveBeenCalledTimes(1);
  });

  it('hydrates when another tab saves data', () => {
    const { load } = setUp();
    window.dispatchEvent(new StorageEvent('storage', { key: 'touchpoint:personas' }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says the tool could not load, with the focus, and disables its controls again, when Astro reports the failure', () => {
    const { island, get } = setUp();
    get<HTMLInputElement>('input').focus();
    type(get('input'), 'Ada');
    expect(island.getAttribute('aria-busy')).toBe('true');
    const event = new CustomEvent('astro:hydration-error', { bubbles: true, cancelable: true });
    island.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    const alert = island.querySelector<HTMLElement>('[role="alert"]');
    expect(alert?.textContent).toBe('This tool could not be loaded. Check your connection and try again.');
    expect(get<HTMLFieldSetElement>('fieldset').disabled).toBe(true);
    // Not dropped to the page's start with the disabled field: on the message, where the person reads why.
    expect(document.activeElement).toBe(alert);
    expect(island.hasAttribute('aria-busy')).toBe(false);
    expect(document.querySelector('.first-use-loading')).toBeNull();
  });

  it('says the tool is loading while something done in it waits, and no longer once it has hydrated', async () => {
    const { island, get, hydrate, output } = setUp();
    get('input').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    // Reaching for the tool starts loading it, and is not yet waiting on it.
    expect(island.hasAttribute('aria-busy')).toBe(false);
    get<HTMLButtonElement>('button').click();
    expect(island.getAttribute('aria-busy')).toBe('true');
    const status = island.nextElementSibling;
    expect(status?.getAttribute('role')).toBe('status');
    // Empty at first (a live region is announced when its words change), then said after a moment.
    expect(status?.textContent).toBe('');
    await waitFor(() => expect(status?.textContent).toBe('Loading the tool…'));
    await hydrate();
    await waitFor(() => expect(output()).toBe('|false|1|'));
    expect(island.hasAttribute('aria-busy')).toBe(false);
    expect(status?.isConnected).toBe(false);
  });
});
