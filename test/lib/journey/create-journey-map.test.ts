import { describe, expect, it } from 'vitest';
import { createJourneyId, createSequentialIds } from '../../../src/lib/journey/create-journey-id';
import { createJourneyMap, createPersonaRef, createStage } from '../../../src/lib/journey/create-journey-map';
import { journeyMapSchema } from '../../../src/lib/journey/journey-map-schema';

const NOW = new Date('2025-03-01T10:00:00.000Z');

describe('createJourneyId', () => {
  it('makes 10 URL-safe characters from random bytes', () => {
    expect(createJourneyId((bytes) => bytes.fill(0))).toBe('aaaaaaaaaa');
    expect(createJourneyId((bytes) => bytes.fill(31))).toBe('9999999999');
    expect(createJourneyId()).toMatch(/^[a-z2-9]{10}$/);
  });

  it('rarely repeats', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createJourneyId()));
    expect(ids.size).toBe(1000);
  });
});

describe('createJourneyMap', () => {
  it('starts with the five default stages, empty, for one persona', () => {
    const map = createJourneyMap({ personaId: 'abc', name: '  Ana  ' }, ' Renewing a subscription ', createSequentialIds(), NOW);
    expect(map.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']);
    expect(map.personas).toEqual([{ key: 'id2', personaId: 'abc', name: 'Ana' }]);
    expect(map.scenario).toBe('Renewing a subscription');
    expect(map.createdAt).toBe('2025-03-01T10:00:00.000Z');
    expect(journeyMapSchema.parse(map)).toEqual(map);
  });

  it('makes empty stages and persona references', () => {
    expect(createStage('s1', 'Purchase')).toEqual({
      id: 's1',
      name: 'Purchase',
      goals: '',
      actions: '',
      thoughts: '',
      touchpoints: [],
      emotions: [],
      painPoints: [],
      opportunities: [],
      metric: null,
    });
    expect(createPersonaRef('p1', { personaId: '', name: ' Bo ' })).toEqual({ key: 'p1', personaId: '', name: 'Bo' });
  });
});
