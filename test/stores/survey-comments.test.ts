import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';
import { $commentsState, $replacedCodebook, INITIAL_COMMENTS_STATE, removeTheme, saveTheme, setHandCode, undoCodebookReplace, openCodebookLink, createCodebookShareLink } from '../../src/stores/survey-comments.ts';
import { memoryStorage } from '../support/memory-storage.ts';

setStorageForTests(memoryStorage());
afterAll(() => setStorageForTests(undefined));
beforeEach(() => {
  $commentsState.set(INITIAL_COMMENTS_STATE);
  $replacedCodebook.set(null);
});

const price = { id: 'price', name: 'Price', rules: ['price*'] };
const hold = { id: 'hold', name: 'On hold', rules: ['on hold'] };

describe('the comments view store', () => {
  it('adds a theme, changes it by id, and removes it with its hand codes', () => {
    saveTheme(price);
    saveTheme(hold);
    saveTheme({ ...price, name: 'Prices', rules: ['price*', 'cost*'] });
    expect($commentsState.get().codebook.themes.map((theme) => theme.name)).toEqual(['Prices', 'On hold']);
    setHandCode('id:a', ['price']);
    setHandCode('id:b', ['price', 'hold']);
    setHandCode('id:c', []);
    removeTheme('price');
    // "a" had Price alone: back to the rules (no entry); "b" keeps On hold; "c" stays "no theme, on purpose".
    expect($commentsState.get().codebook.handCodes).toEqual({ 'id:b': ['hold'], 'id:c': [] });
    setHandCode('id:b', null);
    expect($commentsState.get().codebook.handCodes).toEqual({ 'id:c': [] });
  });

  it('opens a codebook link in place of the themes, keeps the hand codes, and undoes it', async () => {
    saveTheme(price);
    saveTheme(hold);
    const link = await createCodebookShareLink('https://touchpoint.example', '/tools/survey/');
    expect(link).toMatch(/^https:\/\/touchpoint\.example\/tools\/survey\/#k=/);
    $commentsState.set({ ...INITIAL_COMMENTS_STATE, codebook: { themes: [{ id: 'x', name: 'Mine', rules: ['mine'] }], handCodes: { 'row:4': ['x'] } } });
    const opened = await openCodebookLink(new URL(link).hash);
    expect(opened).toEqual({ ok: true, value: 'Opened a shared codebook: 2 themes in place of your 1 theme (Undo puts them back).' });
    expect($commentsState.get().codebook).toEqual({ themes: [price, hold], handCodes: { 'row:4': ['x'] } });
    undoCodebookReplace();
    expect($commentsState.get().codebook.themes.map((theme) => theme.name)).toEqual(['Mine']);
    expect(await openCodebookLink('#k=not-a-code')).toMatchObject({ ok: false });
    expect(await openCodebookLink('#s=other')).toBeNull();
  });
});
