import { describe, expect, it } from 'vitest';
import { parseJourneyCollection } from '../../../src/lib/journey/journey-collection';
import { JOURNEY_COLLECTION_MIGRATIONS } from '../../../src/lib/journey/journey-migrations';
import { makeMap } from './make-map';

describe('parseJourneyCollection', () => {
  it('reads saved maps and which one is open', () => {
    const first = makeMap({ id: 'a' });
    const second = makeMap({ id: 'b' });
    expect(parseJourneyCollection({ maps: [first, second], activeMapId: 'b' })).toEqual({
      ok: true,
      value: { maps: [first, second], activeMapId: 'b', setAside: [] },
    });
  });

  it('opens the first map when the open one is gone', () => {
    const result = parseJourneyCollection({ maps: [makeMap({ id: 'a' })], activeMapId: 'gone' });
    expect(result.ok && result.value.activeMapId).toBe('a');
    const empty = parseJourneyCollection({ maps: [] });
    expect(empty.ok && empty.value.activeMapId).toBeNull();
  });

  it('sets an unreadable map aside with its reason and raw JSON, and keeps the others', () => {
    const broken = { ...makeMap({ id: 'b', scenario: 'Renewal' }), stages: [] };
    const result = parseJourneyCollection({ maps: [makeMap({ id: 'a' }), broken], activeMapId: 'a' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.maps.map((map) => map.id)).toEqual(['a']);
    expect(result.value.setAside).toEqual([{ label: 'Renewal', reason: 'stages: a map needs at least one stage', raw: JSON.stringify(broken) }]);
  });

  it('names a set-aside map without a scenario, and keeps what was set aside before', () => {
    const earlier = { label: 'Old', reason: 'x', raw: '{}' };
    const result = parseJourneyCollection({ maps: [42], setAside: [earlier] });
    expect(result.ok && result.value.setAside).toEqual([earlier, { label: 'A journey map without a scenario', reason: 'should be an object, not 42', raw: '42' }]);
  });

  it('keeps both of two maps saved with one id', () => {
    const result = parseJourneyCollection({ maps: [makeMap({ id: 'a' }), makeMap({ id: 'a', scenario: 'Other' })] });
    expect(result.ok && result.value.maps.map((map) => map.id)).toEqual(['a', 'a-2']);
  });

  it('refuses data that is not a list of maps', () => {
    expect(parseJourneyCollection({ maps: 'nope' })).toEqual({ ok: false, error: 'maps: expected a list of journey maps' });
    expect(parseJourneyCollection(null).ok).toBe(false);
  });
});

describe('JOURNEY_COLLECTION_MIGRATIONS', () => {
  it('has one collection step per map step, applied to every saved map', () => {
    expect(Object.keys(JOURNEY_COLLECTION_MIGRATIONS)).toEqual(['1']);
    const stage = { id: 's1', metric: null, painPoints: [{ id: 'x', severity: 3 }] };
    expect(JOURNEY_COLLECTION_MIGRATIONS[1]?.({ maps: [{ id: 'a', stages: [stage] }, 'junk'], activeMapId: 'a' })).toEqual({
      maps: [{ id: 'a', stages: [{ id: 's1', metrics: [], painPoints: [{ id: 'x', severity: 'high' }] }] }, 'junk'],
      activeMapId: 'a',
    });
  });
});

describe('parseJourneyCollection with many repeated ids', () => {
  it('opens 2,000 saved maps sharing one id, each kept under its own id', { timeout: 60_000 }, () => {
    const map = makeMap({ id: 'same' });
    const result = parseJourneyCollection({ maps: Array.from({ length: 2_000 }, () => map) });
    expect(result.ok && new Set(result.value.maps.map((kept) => kept.id)).size).toBe(2_000);
    expect(result.ok && result.value.maps.at(-1)?.id).toBe('same-2000');
  });
});
