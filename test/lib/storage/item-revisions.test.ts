import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideItemMerge,
  getChangedFields,
  getNextRevision,
  listFields,
  previewField,
  recordWrittenValues,
  type WrittenValues,
} from '../../../src/lib/storage/item-revisions.ts';

const IGNORE = new Set(['updatedAt']);
const base = { id: 'p1', name: 'Maya', summary: 'Shops weekly', demographics: { location: '', ageRange: '30-39' }, goals: [{ text: 'Save time' }], updatedAt: '2026-03-01T10:00:00.000Z' };
type Item = typeof base;
const NOTHING: WrittenValues = new Map();

/** What a tab wrote while typing `text` into a field one character at a time after `start`. */
function typed(item: Item, field: 'summary' | 'name', start: string, text: string): { item: Item; written: WrittenValues } {
  let written = NOTHING;
  let current = item;
  for (let end = 1; end <= text.length; end++) {
    current = { ...current, [field]: start + text.slice(0, end) };
    written = recordWrittenValues(written, current, IGNORE);
  }
  return { item: current, written };
}

describe('listFields and getChangedFields', () => {
  it('walks plain objects and treats lists and texts as one field', () => {
    expect([...listFields(base, IGNORE).keys()]).toEqual(['id', 'name', 'summary', 'demographics.location', 'demographics.ageRange', 'goals']);
    expect(getChangedFields(base, { ...base, demographics: { ...base.demographics, location: 'Leeds' }, updatedAt: 'later' }, IGNORE)).toEqual(['demographics.location']);
    expect(getChangedFields(base, { ...base, goals: [...base.goals, { text: 'Eat well' }] })).toEqual(['goals']);
  });

  it('counts a field only one side has as changed', () => {
    expect(getChangedFields({ a: '1' }, { a: '1', b: '' })).toEqual(['b']);
    expect(getChangedFields({ a: {} }, { a: { b: 1 } })).toEqual(['a', 'a.b']);
  });
});

describe('decideItemMerge', () => {
  it('asks when both tabs typed into the same field (the reported two-tab case)', () => {
    const mine = typed(base, 'summary', 'Shops weekly', ' aaaaaaaaaa');
    const theirs = typed(base, 'summary', 'Shops weekly', ' bbbbbbbbbb');
    expect(decideItemMerge({ base, mine: mine.item, theirs: theirs.item, written: mine.written, ignore: IGNORE })).toEqual({ kind: 'conflict', fields: ['summary'] });
  });

  it('combines changes to different fields, keeping both', () => {
    const mine = typed(base, 'summary', 'Shops weekly', ', on her phone');
    const theirs = typed(base, 'name', 'Maya', ' Chen');
    const decision = decideItemMerge({ base, mine: mine.item, theirs: theirs.item, written: mine.written, ignore: IGNORE });
    expect(decision).toEqual({ kind: 'merged', item: { ...theirs.item, summary: 'Shops weekly, on her phone' }, keptMine: ['summary'] });
  });

  it('keeps this tab’s newer text when the other tab saves an older value it got from this tab', () => {
    // This tab typed "abc"; the other tab had received "ab" and then changed the name: its save carries "ab".
    const mine = typed(base, 'summary', '', 'abc');
    const theirs = { ...base, summary: 'ab', name: 'Maya Chen' };
    const decision = decideItemMerge({ base, mine: mine.item, theirs, written: mine.written, ignore: IGNORE });
    expect(decision).toEqual({ kind: 'merged', item: { ...theirs, summary: 'abc' }, keptMine: ['summary'] });
  });

  it('takes the other tab’s version when this tab changed nothing, and says when there is no difference', () => {
    const theirs = { ...base, summary: 'Changed there' };
    expect(decideItemMerge({ base, mine: base, theirs, written: NOTHING, ignore: IGNORE })).toEqual({ kind: 'take-theirs' });
    expect(decideItemMerge({ base, mine: base, theirs: { ...base, updatedAt: 'later' }, written: NOTHING, ignore: IGNORE })).toEqual({ kind: 'same' });
  });

  it('with no base, keeps only what this tab itself wrote', () => {
    const written = recordWrittenValues(NOTHING, { ...base, summary: 'Mine' }, IGNORE);
    expect(decideItemMerge({ base: undefined, mine: { ...base, summary: 'Mine' }, theirs: { ...base, summary: 'Theirs' }, written, ignore: IGNORE }).kind).toBe('conflict');
    expect(decideItemMerge({ base: undefined, mine: base, theirs: { ...base, summary: 'Theirs' }, written: NOTHING, ignore: IGNORE }).kind).toBe('take-theirs');
  });

  const fieldValue = fc.constantFrom('', 'a', 'b', 'ab', 'ba');
  const itemArbitrary = fc.record({ name: fieldValue, summary: fieldValue, demographics: fc.record({ location: fieldValue, ageRange: fieldValue }) });
  type Small = { name: string; summary: string; demographics: { location: string; ageRange: string } };
  const paths = ['name', 'summary', 'demographics.location', 'demographics.ageRange'];
  const valueAt = (item: Small, path: string) => listFields(item).get(path);

  it('never loses a change: each field changed by one side keeps that change, and a field both changed differently is a conflict (property)', () => {
    fc.assert(
      fc.property(itemArbitrary, itemArbitrary, itemArbitrary, (baseItem, mine, theirs) => {
        // This tab wrote only its final version; so a value of theirs equal to mine counts as no difference.
        const written = recordWrittenValues(NOTHING, mine);
        const decision = decideItemMerge({ base: baseItem, mine, theirs, written });
        const iChanged = paths.filter((path) => valueAt(mine, path) !== valueAt(baseItem, path));
        const theyChanged = paths.filter((path) => valueAt(theirs, path) !== valueAt(baseItem, path) && valueAt(theirs, path) !== valueAt(mine, path));
        const both = iChanged.filter((path) => theyChanged.includes(path));
        if (both.length > 0) return decision.kind === 'conflict' && [...decision.fields].sort().join() === [...both].sort().join();
        if (decision.kind === 'conflict') return false;
        const result = decision.kind === 'merged' ? decision.item : decision.kind === 'take-theirs' ? theirs : mine;
        return iChanged.every((path) => valueAt(result, path) === valueAt(mine, path)) && theyChanged.every((path) => valueAt(result, path) === valueAt(theirs, path)) &&
          paths.every((path) => valueAt(result, path) === valueAt(mine, path) || valueAt(result, path) === valueAt(theirs, path));
      }),
      { numRuns: 200 },
    );
  }, 20_000);

  it('never asks a tab that changed nothing (property)', () => {
    fc.assert(
      fc.property(itemArbitrary, itemArbitrary, (baseItem, theirs) => {
        const decision = decideItemMerge({ base: baseItem, mine: baseItem, theirs, written: NOTHING });
        return decision.kind === 'same' || decision.kind === 'take-theirs';
      }),
      { numRuns: 200 },
    );
  }, 20_000);
});

describe('recordWrittenValues', () => {
  it('keeps the newest values per field, without repeats, within the limit', () => {
    let written: WrittenValues = new Map();
    for (const text of ['a', 'ab', 'a', 'abc']) written = recordWrittenValues(written, { summary: text }, new Set(), 2);
    expect(written.get('summary')).toEqual(['"a"', '"abc"']);
  });
});

describe('previewField', () => {
  it('shows texts, list texts, and says when a value is empty', () => {
    expect(previewField(base, 'goals')).toBe('Save time');
    expect(previewField(base, 'demographics.location')).toBe('(empty)');
    expect(previewField({ summary: 'x'.repeat(300) }, 'summary', 10)).toBe(`${'x'.repeat(9)}…`);
    expect(previewField({ stages: [{ name: 'Discover', items: [] }, { name: 'Buy' }] }, 'stages')).toBe('Discover; Buy');
  });
});

describe('getNextRevision', () => {
  it('is now, or one millisecond after the previous stamp when the clock has not moved on', () => {
    expect(getNextRevision('2026-03-01T10:00:00.000Z', new Date('2026-03-01T10:00:05.000Z'))).toBe('2026-03-01T10:00:05.000Z');
    expect(getNextRevision('2026-03-01T10:00:00.000Z', new Date('2026-03-01T10:00:00.000Z'))).toBe('2026-03-01T10:00:00.001Z');
    // A stamp from a clock that ran ahead (another device) still gets a later one.
    expect(getNextRevision('2030-01-01T00:00:00.000Z', new Date('2026-03-01T10:00:00.000Z'))).toBe('2030-01-01T00:00:00.001Z');
    expect(getNextRevision('not a date', new Date('2026-03-01T10:00:00.000Z'))).toBe('2026-03-01T10:00:00.000Z');
  });

  it('always moves forward, so each saved version has its own revision (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (previous, now) => {
        const next = getNextRevision(new Date(previous).toISOString(), new Date(now));
        return Date.parse(next) > previous && Date.parse(next) >= now;
      }),
      { numRuns: 200 },
    );
  });
});
