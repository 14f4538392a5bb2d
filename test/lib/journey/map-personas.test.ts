import { describe, expect, it } from 'vitest';
import {
  addPersonaToMap,
  describeMapPersonaError,
  removePersonaFromMap,
  resolvePersonaRefs,
  syncPersonaNames,
} from '../../../src/lib/journey/map-personas';
import { JOURNEY_LIMITS } from '../../../src/lib/journey/journey-limits';
import { journeyMapSchema } from '../../../src/lib/journey/journey-map-schema';
import { makeMap, makeStage } from './make-map';

describe('personas on a map', () => {
  it('adds a persona from the builder or a typed name, each once', () => {
    const added = addPersonaToMap(makeMap(), { personaId: 'persona2', name: 'Bo' }, 'p2');
    if (!added.ok) throw new Error('not added');
    expect(added.value.personas.map((persona) => persona.name)).toEqual(['Ana', 'Bo']);
    expect(addPersonaToMap(added.value, { personaId: 'persona2', name: 'Bo again' }, 'p3')).toEqual({ ok: false, error: { kind: 'already-on-map', name: 'Bo' } });
    const typed = addPersonaToMap(added.value, { personaId: '', name: 'Carla' }, 'p3');
    if (!typed.ok) throw new Error('not added');
    expect(addPersonaToMap(typed.value, { personaId: '', name: ' carla ' }, 'p4').ok).toBe(false);
    expect(addPersonaToMap(makeMap(), { personaId: '', name: '  ' }, 'p2')).toEqual({ ok: false, error: { kind: 'empty-name' } });
  });

  it('refuses a seventh persona', () => {
    const personas = Array.from({ length: 6 }, (_unused, index) => ({ key: `p${index}`, personaId: '', name: `P${index}` }));
    expect(addPersonaToMap(makeMap({ personas }), { personaId: '', name: 'New' }, 'p9')).toEqual({ ok: false, error: { kind: 'too-many-personas', limit: 6 } });
  });

  it('removes a persona with its scores, but never the last one', () => {
    const map = makeMap({
      personas: [
        { key: 'p1', personaId: '', name: 'Ana' },
        { key: 'p2', personaId: '', name: 'Bo' },
      ],
      stages: [makeStage('s1', 'A', { emotions: [{ personaKey: 'p1', curve: 'as-is', score: 1 }, { personaKey: 'p2', curve: 'as-is', score: -1 }] })],
    });
    const removed = removePersonaFromMap(map, 'p2');
    expect(removed.ok && removed.value.personas.map((persona) => persona.key)).toEqual(['p1']);
    expect(removed.ok && removed.value.stages[0]?.emotions).toEqual([{ personaKey: 'p1', curve: 'as-is', score: 1 }]);
    expect(removed.ok && removePersonaFromMap(removed.value, 'p1')).toEqual({ ok: false, error: { kind: 'last-persona' } });
  });

  it('tells linked, deleted and typed personas apart, keeping the deleted one’s name', () => {
    const refs = [
      { key: 'p1', personaId: 'here', name: 'Old name' },
      { key: 'p2', personaId: 'gone', name: 'Bo' },
      { key: 'p3', personaId: '', name: 'Carla' },
      { key: 'p4', personaId: '', name: ' ' },
    ];
    expect(resolvePersonaRefs(refs, [{ id: 'here', name: 'Ana' }]).map(({ status, name }) => [status, name])).toEqual([
      ['linked', 'Ana'],
      ['missing', 'Bo'],
      ['typed', 'Carla'],
      ['typed', 'Unnamed persona'],
    ]);
  });

  it('follows a rename in the persona builder, and returns the same map when nothing changed', () => {
    const map = makeMap();
    expect(syncPersonaNames(map, [{ id: 'persona1', name: 'Ana Lima' }]).personas[0]?.name).toBe('Ana Lima');
    expect(syncPersonaNames(map, [{ id: 'persona1', name: 'Ana' }])).toBe(map);
    expect(syncPersonaNames(map, [])).toBe(map);
    expect(syncPersonaNames(map, [{ id: 'persona1', name: '  ' }])).toBe(map);
    // A draft persona's name over the map's limit is cut, so the map can still be read back.
    const long = syncPersonaNames(map, [{ id: 'persona1', name: 'L'.repeat(300) }]);
    expect(long.personas[0]?.name).toHaveLength(JOURNEY_LIMITS.personaName);
    expect(journeyMapSchema.safeParse(long).success).toBe(true);
  });

  it('words every error', () => {
    expect(describeMapPersonaError({ kind: 'last-persona' })).toBe('A map needs at least one persona: add another before removing this one.');
    expect(describeMapPersonaError({ kind: 'already-on-map', name: 'Bo' })).toBe('Bo is already on this map.');
    expect(describeMapPersonaError({ kind: 'too-many-personas', limit: 6 })).toBe('A map can follow up to 6 personas.');
    expect(describeMapPersonaError({ kind: 'empty-name' })).toBe('Choose a persona or type a name first.');
  });
});
