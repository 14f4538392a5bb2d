import { describe, expect, it } from 'vitest';
import { createSequentialIds } from '../../../src/lib/text/id.ts';
import { createJourneyMap, createPersonaRef, createStage, fitPersonaName } from '../../../src/lib/journey/create-journey-map';
import { JOURNEY_LIMITS } from '../../../src/lib/journey/journey-limits';
import { journeyMapSchema } from '../../../src/lib/journey/journey-map-schema';

const NOW = new Date('2025-03-01T10:00:00.000Z');

describe('fitPersonaName', () => {
  it('keeps a name within the limit, trimmed', () => {
    expect(fitPersonaName('  Ana Lima ')).toBe('Ana Lima');
    expect(fitPersonaName('x'.repeat(JOURNEY_LIMITS.personaName))).toBe('x'.repeat(JOURNEY_LIMITS.personaName));
  });

  it('cuts a longer name to the limit with an ellipsis, never half an emoji', () => {
    const cut = fitPersonaName('y'.repeat(130));
    expect(cut).toHaveLength(JOURNEY_LIMITS.personaName);
    expect(cut.endsWith('y…')).toBe(true);
    // An emoji (two UTF-16 units) straddling the cut is dropped whole.
    const emoji = fitPersonaName(`${'z'.repeat(JOURNEY_LIMITS.personaName - 2)}😀${'z'.repeat(20)}`);
    expect(emoji).toBe(`${'z'.repeat(JOURNEY_LIMITS.personaName - 2)}…`);
    expect(emoji.length).toBeLessThanOrEqual(JOURNEY_LIMITS.personaName);
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
      metrics: [],
    });
    expect(createPersonaRef('p1', { personaId: '', name: ' Bo ' })).toEqual({ key: 'p1', personaId: '', name: 'Bo' });
    const map = createJourneyMap({ personaId: 'draft', name: 'D'.repeat(130) }, 'Long name', createSequentialIds(), NOW);
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  });
});
