import type { JourneyMap, Stage } from '../../../src/lib/journey/journey-map-schema';

/** A stage with nothing in it but what the test gives. */
export function makeStage(id: string, name: string, fields: Partial<Stage> = {}): Stage {
  return { id, name, goals: '', actions: '', thoughts: '', touchpoints: [], emotions: [], painPoints: [], opportunities: [], metrics: [], ...fields };
}

/** A three-stage map for one persona (key p1), dated 1 March 2025. */
export function makeMap(fields: Partial<JourneyMap> = {}): JourneyMap {
  return {
    id: 'map1',
    scenario: 'First purchase online',
    personas: [{ key: 'p1', personaId: 'persona1', name: 'Ana' }],
    stages: [makeStage('s1', 'Awareness'), makeStage('s2', 'Consideration'), makeStage('s3', 'Purchase')],
    customChannels: [],
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ...fields,
  };
}
