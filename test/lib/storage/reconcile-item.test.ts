import { describe, expect, it } from 'vitest';
import { recordWrittenValues, type WrittenValues } from '../../../src/lib/storage/item-revisions.ts';
import { reconcileItem, type ItemVersions } from '../../../src/lib/storage/reconcile-item.ts';

type Item = { summary: string; name: string; updatedAt: string };
const IGNORE = new Set(['updatedAt']);
const NONE: WrittenValues = new Map();
const v = (revision: string, summary: string, name = 'Maya'): Item => ({ summary, name, updatedAt: revision });

function versions(mine: Item, theirs: Item, extra: Partial<ItemVersions<Item>> = {}): ItemVersions<Item> {
  return { mine, theirs, mineRevision: mine.updatedAt, theirRevision: theirs.updatedAt, parent: undefined, history: undefined, lastReceived: undefined, written: NONE, ignore: IGNORE, ...extra };
}

describe('reconcileItem', () => {
  const r1 = v('r1', 'a');
  const r2 = v('r2', 'ab');
  const history = new Map([
    ['r1', r1],
    ['r2', r2],
  ]);

  it('takes a version made from this tab’s latest revision, even when it changed the field this tab typed in', () => {
    expect(reconcileItem(versions(r2, v('t1', 'abX'), { parent: 'r2', history }))).toEqual({ kind: 'take-theirs' });
  });

  it('keeps mine when sent a revision this tab already had', () => {
    expect(reconcileItem(versions(r2, r1, { history }))).toEqual({ kind: 'keep-mine' });
  });

  it('compares with the common version: the same field changed on both sides is a conflict', () => {
    // The other tab made its version from r1 while this tab went on to r2.
    expect(reconcileItem(versions(r2, v('t1', 'aZ'), { parent: 'r1', history }))).toEqual({ kind: 'conflict', fields: ['summary'] });
  });

  it('merges changes to different fields made from the same version', () => {
    expect(reconcileItem(versions(r2, v('t1', 'a', 'Maya Chen'), { parent: 'r1', history }))).toEqual({ kind: 'merged', item: { summary: 'ab', name: 'Maya Chen', updatedAt: 't1' } });
  });

  it('falls back to the last received version and this tab’s own values when the parent is unknown', () => {
    const written = recordWrittenValues(recordWrittenValues(NONE, r1, IGNORE), r2, IGNORE);
    expect(reconcileItem(versions(r2, v('t1', 'a', 'Maya Chen'), { lastReceived: v('r0', ''), written }))).toEqual({
      kind: 'merged',
      item: { summary: 'ab', name: 'Maya Chen', updatedAt: 't1' },
    });
    expect(reconcileItem(versions(r2, v('t1', 'zz'), { lastReceived: v('r0', ''), written })).kind).toBe('conflict');
  });

  it('takes the same revision with the same content, and treats a reused revision with other content by content', () => {
    expect(reconcileItem(versions(r2, { ...r2 }))).toEqual({ kind: 'take-theirs' });
    expect(reconcileItem(versions(r2, v('r2', 'ab', 'Other'), { lastReceived: r2 }))).toEqual({ kind: 'take-theirs' });
  });
});
