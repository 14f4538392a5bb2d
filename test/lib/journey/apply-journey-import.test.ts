import { describe, expect, it } from 'vitest';
import { applyJourneyImport, findImportConflicts } from '../../../src/lib/journey/apply-journey-import';
import { createSequentialIds } from '../../../src/lib/text/id.ts';
import { makeMap } from './make-map';

const NOW = new Date('2025-03-02T09:00:00.000Z');
const options = () => ({ createId: createSequentialIds('new'), now: NOW });

describe('importing maps', () => {
  it('finds maps that have the same id as one here', () => {
    const here = makeMap({ id: 'a' });
    const conflicts = findImportConflicts([here], [makeMap({ id: 'b' }), makeMap({ id: 'a', scenario: 'Theirs' })]);
    expect(conflicts).toEqual([{ index: 1, incoming: makeMap({ id: 'a', scenario: 'Theirs' }), existing: here }]);
  });

  it('adds new maps at the end', () => {
    const result = applyJourneyImport([makeMap({ id: 'a' })], [makeMap({ id: 'b' })], new Map(), options());
    expect(result.ok && result.value.maps.map((map) => map.id)).toEqual(['a', 'b']);
    expect(result.ok && result.value.added.map((map) => map.id)).toEqual(['b']);
  });

  it('keeps both when no choice was made: nothing is overwritten without asking', () => {
    const result = applyJourneyImport([makeMap({ id: 'a' })], [makeMap({ id: 'a', scenario: 'Theirs' })], new Map(), options());
    if (!result.ok) throw new Error('not imported');
    expect(result.value.maps.map((map) => [map.id, map.scenario])).toEqual([
      ['a', 'First purchase online'],
      ['new1', 'Theirs (imported)'],
    ]);
    expect(result.value.maps[1]?.updatedAt).toBe('2025-03-02T09:00:00.000Z');
  });

  it('replaces or skips when asked', () => {
    const here = [makeMap({ id: 'a' }), makeMap({ id: 'b' })];
    const incoming = [makeMap({ id: 'a', scenario: 'New A' }), makeMap({ id: 'b', scenario: 'New B' })];
    const result = applyJourneyImport(here, incoming, new Map([[0, 'replace'], [1, 'skip']] as const), options());
    if (!result.ok) throw new Error('not imported');
    expect(result.value.maps.map((map) => map.scenario)).toEqual(['New A', 'First purchase online']);
    expect(result.value.replaced.map((map) => map.id)).toEqual(['a']);
    expect(result.value.skipped.map((map) => map.id)).toEqual(['b']);
  });

  it('keeps a long scenario within its limit when marking a copy', () => {
    const long = 'x'.repeat(200);
    const result = applyJourneyImport([makeMap({ id: 'a' })], [makeMap({ id: 'a', scenario: long })], new Map(), options());
    expect(result.ok && result.value.maps[1]?.scenario.length).toBe(200);
    expect(result.ok && result.value.maps[1]?.scenario.endsWith(' (imported)')).toBe(true);
  });

  it('refuses an import that would pass 50 maps, changing nothing', () => {
    const here = Array.from({ length: 49 }, (_unused, index) => makeMap({ id: `m${index}` }));
    const result = applyJourneyImport(here, [makeMap({ id: 'x' }), makeMap({ id: 'y' })], new Map(), options());
    expect(result).toEqual({ ok: false, error: { kind: 'too-many-maps', limit: 50, needed: 51 } });
    expect(here).toHaveLength(49);
  });
});
