// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusLater } from '../../../src/components/shared/focus-later';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function button(id: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.id = id;
  element.textContent = id;
  return element;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusLater', () => {
  it('focuses an element that is already rendered', async () => {
    document.body.append(button('target'));
    focusLater('target');
    await wait(30);
    expect(document.activeElement?.id).toBe('target');
  });

  it('still focuses an element React renders only after the first try (a state set in a promise callback)', async () => {
    focusLater('late');
    await wait(5);
    document.body.append(button('late'));
    await wait(60);
    expect(document.activeElement?.id).toBe('late');
  });

  it('follows an element that is replaced right after it was focused, instead of leaving focus on the page', async () => {
    const old = button('swapped');
    document.body.append(old);
    focusLater('swapped');
    await wait(5);
    old.remove();
    const replacement = button('swapped');
    document.body.append(replacement);
    await wait(60);
    expect(document.activeElement).toBe(replacement);
  });

  it('never takes back focus the person moved elsewhere', async () => {
    const other = button('other');
    document.body.append(button('target'), other);
    focusLater('target');
    await wait(5);
    other.focus();
    await wait(80);
    expect(document.activeElement).toBe(other);
  });

  it('stops quietly when the page is gone before a retry fires', async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    focusLater('never-rendered');
    vi.stubGlobal('document', undefined);
    await wait(60);
    vi.unstubAllGlobals();
    process.off('uncaughtException', onError);
    expect(errors).toEqual([]);
  });
});
