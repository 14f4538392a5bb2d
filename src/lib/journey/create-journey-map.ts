import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES } from '../../consts.ts';
import type { CreateId } from '../text/id.ts';
import { JOURNEY_LIMITS } from './journey-limits.ts';
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
  return { id, name, goals: '', actions: '', thoughts: '', touchpoints: [], emotions: [], painPoints: [], opportunities: [], metrics: [] };
}

/**
 * A persona's name as a map keeps it: trimmed, and cut (with "…") to the map's limit. The persona builder
 * saves drafts with names over its own limit, and a map that stored one could not be read back.
 *
 * @param name the persona's name
 * @returns at most JOURNEY_LIMITS.personaName characters (UTF-16 units, as the schema counts), never half an emoji
 * @example fitPersonaName('  Ana ') // 'Ana'
 */
export function fitPersonaName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length <= JOURNEY_LIMITS.personaName) return trimmed;
  let end = JOURNEY_LIMITS.personaName - 1;
  // Do not split a surrogate pair (an emoji): cut before its first half.
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${trimmed.slice(0, end).trimEnd()}…`;
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
  return { key, personaId: persona.personaId, name: fitPersonaName(persona.name) };
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
