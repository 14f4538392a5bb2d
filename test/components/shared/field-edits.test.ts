// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { editedFields, giveEdit, LONG_TEXT_AS_DROP, takeLongText } from '../../../src/components/shared/field-edits.ts';

afterEach(() => document.body.replaceChildren());

/** The length from which the box in these tests takes text as long (the score box says 50,000). */
const LONG_TEXT = 300;

describe('takeLongText', () => {
  const box = (marked: boolean, value: string) => {
    document.body.innerHTML = `<label for="answers">Answers</label><textarea id="answers" class="score-input__box" rows="8"${marked ? ` ${LONG_TEXT_AS_DROP}="${String(LONG_TEXT)}"` : ''}></textarea>`;
    const field = document.querySelector('textarea')!;
    field.value = value;
    return field;
  };

  it('swaps a marked box holding long text for an empty copy of itself, focused if it was, and gives the text', () => {
    const text = '10\n'.repeat(Math.ceil((LONG_TEXT + 1) / 3));
    const field = box(true, text);
    field.focus();
    const taken = takeLongText(field);
    expect(taken?.text).toBe(text);
    expect(field.isConnected).toBe(false);
    const fresh = document.querySelector('textarea')!;
    expect(taken?.box).toBe(fresh);
    expect(fresh.value).toBe('');
    expect([...fresh.attributes].map(({ name, value }) => `${name}=${value}`)).toEqual([...field.attributes].map(({ name, value }) => `${name}=${value}`));
    expect(document.activeElement).toBe(fresh);
    // Still the field its label names.
    expect(document.querySelector('label')!.control).toBe(fresh);
  });

  it('leaves text up to the limit, and any box not marked, where it is', () => {
    const short = box(true, '9'.repeat(LONG_TEXT));
    expect(takeLongText(short)).toBeNull();
    expect(short.isConnected).toBe(true);
    const unmarked = box(false, '10\n'.repeat(2000));
    expect(takeLongText(unmarked)).toBeNull();
    expect(unmarked.value).toHaveLength(6000);
  });
});

describe('editedFields', () => {
  it('finds each field that differs from the server’s HTML, with its edit', () => {
    document.body.innerHTML = `<input id="a" value="x"><input id="b" value="y"><input type="checkbox" id="c"><select id="d"><option>1</option><option>2</option></select><textarea id="e"></textarea>`;
    const get = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;
    get<HTMLInputElement>('b').value = 'typed';
    get<HTMLInputElement>('c').checked = true;
    get<HTMLSelectElement>('d').value = '2';
    const edits = editedFields(document.body);
    expect([...edits].map(([field, edit]) => [field.id, edit])).toEqual([
      ['b', 'typed'],
      ['c', true],
      ['d', '2'],
    ]);
  });
});

describe('giveEdit', () => {
  /** The field, and the values its input events carried (what React's onChange would read). */
  const field = (html: string) => {
    document.body.innerHTML = html;
    const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    const seen: string[] = [];
    element.addEventListener('input', () => seen.push(element.value));
    return { element, seen };
  };

  it('gives the edit with the event React listens to, and keeps the caret where the person left it', () => {
    const { element, seen } = field('<textarea>server</textarea>');
    element.value = '10\n9\n8';
    element.focus();
    element.setSelectionRange(3, 3);
    giveEdit(element, '10\n9\n8');
    expect(seen).toEqual(['10\n9\n8']);
    expect([element.selectionStart, element.selectionEnd]).toEqual([3, 3]);
  });

  it('gives the edit over the server’s value that hydration put back', () => {
    const { element, seen } = field('<input value="40">');
    giveEdit(element, '50');
    expect(element.value).toBe('50');
    expect(seen).toEqual(['50']);
  });

  it('leaves text being typed since (after hydration, which React has seen), newer than the edit', () => {
    const { element, seen } = field('<textarea></textarea>');
    element.focus();
    element.value = '7\n6\n10\n9\n8';
    giveEdit(element, '7\n10\n9\n8');
    expect(element.value).toBe('7\n6\n10\n9\n8');
    expect(seen).toEqual([]);
  });

  it('gives the edit over a value the island rendered, in a field not in use (new figures from elsewhere)', () => {
    const { element, seen } = field('<input value="40">');
    element.value = '45';
    giveEdit(element, '50');
    expect(element.value).toBe('50');
    expect(seen).toEqual(['50']);
  });
});
