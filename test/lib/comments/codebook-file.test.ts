import { describe, expect, it } from 'vitest';
import type { Codebook } from '../../../src/lib/comments/comment.ts';
import { createCodebookFile, getCodebookFileName, importCodebookFile } from '../../../src/lib/comments/codebook-file.ts';
import { describePortableError } from '../../../src/lib/portable/portable-error.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const codebook: Codebook = {
  themes: [
    { id: 'price', name: 'Price & value', rules: ['expensive', 'pric*', '"too much"'] },
    { id: 'delivery', name: 'Livraison — délai', rules: ['deliver*', 'late delivery', 'livr*'] },
  ],
  handCodes: { 'id:R_1': ['price'], 'row:7': [] },
};
const headline = (text: string) => {
  const read = importCodebookFile(text);
  if (read.ok) throw new Error('expected a refusal');
  return describePortableError(read.error, { thing: 'file', tool: 'comments view' });
};
const file = (body: object) => JSON.stringify({ format: 'touchpoint-codebook', version: 1, exportedAt: NOW.toISOString(), ...body });

describe('codebook export file', () => {
  it('writes the export envelope with the codebook as one object, and reads it back equal', () => {
    const text = createCodebookFile(codebook, NOW);
    expect(JSON.parse(text)).toEqual({ format: 'touchpoint-codebook', version: 1, exportedAt: '2026-03-01T10:00:00.000Z', codebook });
    expect(text.endsWith('\n')).toBe(true);
    expect(importCodebookFile(text)).toEqual({ ok: true, value: codebook });
    expect(getCodebookFileName(NOW)).toBe('codebook-2026-03-01.json');
  });

  it('reads a bare codebook written by hand, hand codes optional', () => {
    expect(importCodebookFile(JSON.stringify({ themes: codebook.themes }))).toEqual({ ok: true, value: { themes: codebook.themes, handCodes: {} } });
  });

  it('refuses another tool’s file, a newer or broken version, broken JSON and a file with no codebook', () => {
    expect(headline('{"format":"touchpoint-personas","version":1,"personas":[]}').headline).toBe('This file is for the persona builder (/tools/personas/), not the comments view. Open it there.');
    expect(headline(file({ version: 2, codebook })).headline).toBe('This file was made by a newer version of the comments view (format 2; this page reads up to 1). Reload the page to get the latest version.');
    expect(headline(file({ version: 'one', codebook })).headline).toBe('This is not a comments view file: its version is not in the expected form.');
    expect(headline(file({ codebook: [codebook] })).headline).toBe('This is not a comments view file: its “codebook” field is not in the expected form.');
    expect(headline('{"format":"touchpoint-codebook","version":1,').details).toEqual(['The first problem is at line 1, column 45.']);
    expect(headline('[1, 2]').headline).toBe('This file is not from the comments view: it holds something else.');
    expect(headline('  ').headline).toBe('This file is empty: there is nothing to open.');
  });

  it('refuses an invalid rule naming the theme, the rule and why', () => {
    const bad = { themes: [codebook.themes[0], { id: 'x', name: 'Broad', rules: ['fine', 'a*'] }] };
    expect(headline(file({ codebook: bad })).headline).toBe('Theme 2 (“Broad”), rule 2 (“a*”) has “a*”, which is too broad: a word with * needs at least 2 other letters.');
  });

  it('lists every problem of a wrong shape without crashing', () => {
    const bad = { themes: [{ id: 'a b', name: '', rules: 'late' }, { id: 'p', name: 'x'.repeat(61), rules: ['*'] }, { id: 'p', name: 'Again', rules: [] }], handCodes: { 'row:0': ['p'], 'id:R': 'p' } };
    const message = headline(file({ codebook: bad }));
    expect(message.headline).toBe('This file has 7 problems:');
    expect(message.details).toEqual([
      'Theme 1: its id must be 1 to 40 letters, digits, “-” or “_”.',
      'Theme 1: its name must not be empty.',
      'Theme 1: its list of rules should be a list, not "late".',
      'Theme 2 (“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”): its name is 61 characters long; the limit is 60.',
      'Theme 2 (“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”), rule 1 (“*”) is only “*”, which matches every comment: write at least one word.',
      'The hand codes have a key (“row:0”) that is not a comment key (“id:…” or “row:…”).',
      'The hand code of comment “id:R” should be a list, not "p".',
    ]);
  });

  it('reports repeated theme ids once every theme is otherwise sound', () => {
    const bad = { themes: [{ id: 'p', name: 'One', rules: [] }, { id: 'q', name: 'Two', rules: [] }, { id: 'p', name: 'Again', rules: [] }] };
    expect(headline(file({ codebook: bad })).headline).toBe('Theme 3 (“Again”): its id repeats the id “p” of theme 1.');
  });

  it('refuses more than 100 themes, more than 30 rules and more than 100,000 hand codes', () => {
    const themes = Array.from({ length: 101 }, (_, index) => ({ id: `t${String(index)}`, name: `Theme ${String(index)}`, rules: [] }));
    expect(headline(file({ codebook: { themes } })).headline).toBe('The list of themes has 101 items; the limit is 100.');
    const rules = Array.from({ length: 31 }, (_, index) => `word${String(index)}`);
    expect(headline(file({ codebook: { themes: [{ id: 'a', name: 'A', rules }] } })).headline).toBe('Theme 1 (“A”): its list of rules has 31 items; the limit is 30.');
    const handCodes = Object.fromEntries(Array.from({ length: 100_001 }, (_, index) => [`row:${String(index + 1)}`, []]));
    expect(headline(file({ codebook: { themes: [], handCodes } })).headline).toBe('The codebook has 100001 hand codes; it may have at most 100000.');
  });

  it('refuses a file over 16 MB before reading it', () => {
    const read = importCodebookFile('{}', 17 * 1024 * 1024);
    expect(read.ok ? null : read.error.kind).toBe('too-large');
    expect(importCodebookFile(' '.repeat(17 * 1024 * 1024)).ok).toBe(false);
  });
});
