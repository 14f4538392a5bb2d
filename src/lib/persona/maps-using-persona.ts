import type { JourneyMap } from '../journey/journey-map-schema.ts';

/** A journey map that follows a persona, named as the journey map builder names it. */
export interface MapUsingPersona {
  readonly id: string;
  readonly title: string;
}

/**
 * The journey maps that link to a persona of the persona builder (by its id), so deleting it can name them
 * first. Maps keep the persona's name after a deletion, but lose the link (and its later renames).
 *
 * @param maps the journey maps kept in this browser (read-only)
 * @param personaId the persona's id
 * @returns each map that links to it, in the maps' order
 * @example findMapsUsingPersona([{ id: 'm1', scenario: 'Returns', personas: [{ key: 'p1', personaId: 'maya', name: 'Maya' }] }], 'maya') // [{ id: 'm1', title: 'Returns' }]
 */
export function findMapsUsingPersona(maps: readonly Pick<JourneyMap, 'id' | 'scenario' | 'personas'>[], personaId: string): MapUsingPersona[] {
  if (personaId === '') return [];
  return maps
    .filter((map) => map.personas.some((ref) => ref.personaId === personaId))
    .map((map) => ({ id: map.id, title: map.scenario.trim() || 'Untitled scenario' }));
}
