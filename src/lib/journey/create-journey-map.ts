import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES } from '../../consts.ts';
import type { CreateId } from './create-journey-id.ts';
import type { JourneyMap, PersonaRef, Stage } from './journey-map-schema.ts';

/** Who a new map is for: a persona from the persona builder (its id), or a typed name (`personaId` ''). */
export interface NewMapPersona {
  readonly personaId: string;
  readonly name: string;
}

/**
 * An empty stage with a name.
 *
 * @param id the stage's id
 * @param name what the column is called
 * @returns the stage, every lane empty
 * @example createStage('s1', 'Purchase').painPoints // []
 */
export function createStage(id: string, name: string): Stage {
  return { id, name, goals: '', actions: '', thoughts: '', touchpoints: [], emotions: [], painPoints: [], opportunities: [], metric: null };
}

/**
 * The persona reference a map keeps: the persona builder's id and the name at the time, so the map still
 * names the persona if it is deleted there.
 *
 * @param key the persona's key within the map
 * @param persona the persona chosen or typed
 * @returns the reference
 * @example createPersonaRef('p1', { personaId: '', name: ' Ana ' }) // { key: 'p1', personaId: '', name: 'Ana' }
 */
export function createPersonaRef(key: string, persona: NewMapPersona): PersonaRef {
  return { key, personaId: persona.personaId, name: persona.name.trim() };
}

/**
 * A blank map with the default stages: awareness, consideration, purchase, retention and advocacy.
 *
 * @param persona who the map is for
 * @param scenario what they are doing, e.g. "renewing a subscription"
 * @param createId makes ids
 * @param now the creation time
 * @returns the map
 * @example createJourneyMap({ personaId: '', name: 'Ana' }, 'First purchase', createSequentialIds(), new Date()).stages.length // 5
 */
export function createJourneyMap(persona: NewMapPersona, scenario: string, createId: CreateId, now: Date): JourneyMap {
  const time = now.toISOString();
  return {
    id: createId(),
    scenario: scenario.trim(),
    personas: [createPersonaRef(createId(), persona)],
    stages: JOURNEY_STAGES.map((stage) => createStage(createId(), JOURNEY_STAGE_LABELS[stage])),
    customChannels: [],
    createdAt: time,
    updatedAt: time,
  };
}
