import { describe, expect, it } from 'vitest';
import { collectTags, filterPersonas } from '../../../src/lib/persona/filter-personas.ts';
import { makePersona } from './make-persona.ts';

const maya = makePersona({ id: 'maya', name: 'Maya Chen', role: 'Working parent', tags: ['b2c', 'Retail'], priority: 'primary' });
const jose = makePersona({ id: 'jose', name: 'José Ortega', role: 'Head of Operations', tags: ['b2b'], priority: 'secondary' });
const all = { query: '', tags: [], priority: 'all' } as const;

describe('filterPersonas', () => {
  it('finds words in any order, ignoring case and accents', () => {
    expect(filterPersonas([maya, jose], { ...all, query: 'PARENT maya' })).toEqual([maya]);
    expect(filterPersonas([maya, jose], { ...all, query: 'jose' })).toEqual([jose]);
    expect(filterPersonas([maya, jose], { ...all, query: '  ' })).toEqual([maya, jose]);
    expect(filterPersonas([maya, jose], { ...all, query: 'nobody' })).toEqual([]);
  });

  it('narrows by every chosen tag and by priority', () => {
    expect(filterPersonas([maya, jose], { ...all, tags: ['retail'] })).toEqual([maya]);
    expect(filterPersonas([maya, jose], { ...all, tags: ['retail', 'b2b'] })).toEqual([]);
    expect(filterPersonas([maya, jose], { ...all, priority: 'secondary' })).toEqual([jose]);
  });
});

describe('collectTags', () => {
  it('lists each tag once, ignoring case, sorted, with its count', () => {
    expect(collectTags([{ tags: ['b2c', 'Retail'] }, { tags: ['B2C', 'saas', 'saas'] }])).toEqual([
      { tag: 'b2c', count: 2 },
      { tag: 'Retail', count: 1 },
      { tag: 'saas', count: 1 },
    ]);
  });
});
