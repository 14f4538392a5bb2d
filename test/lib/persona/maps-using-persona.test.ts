import { describe, expect, it } from 'vitest';
import { findMapsUsingPersona } from '../../../src/lib/persona/maps-using-persona.ts';

const ref = (personaId: string, name = 'Maya') => ({ key: `k-${personaId}`, personaId, name });

describe('findMapsUsingPersona', () => {
  const maps = [
    { id: 'm1', scenario: 'First purchase', personas: [ref('maya'), ref('sam')] },
    { id: 'm2', scenario: '  ', personas: [ref('maya')] },
    { id: 'm3', scenario: 'Returns', personas: [ref('sam')] },
    // A name typed on the map, not linked: never "used" by a persona of the builder.
    { id: 'm4', scenario: 'Typed', personas: [ref('', 'Maya')] },
  ];

  it('names every map linking to the persona, untitled ones included', () => {
    expect(findMapsUsingPersona(maps, 'maya')).toEqual([
      { id: 'm1', title: 'First purchase' },
      { id: 'm2', title: 'Untitled scenario' },
    ]);
  });

  it('finds none for a persona no map links to, or an empty id', () => {
    expect(findMapsUsingPersona(maps, 'ana')).toEqual([]);
    expect(findMapsUsingPersona(maps, '')).toEqual([]);
    expect(findMapsUsingPersona([], 'maya')).toEqual([]);
  });
});
