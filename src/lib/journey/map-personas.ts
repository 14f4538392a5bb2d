/**
 * The personas on a map. A map refers to a persona of the persona builder by id and keeps its name, so a
 * map still says who it is for after the persona is deleted (or when it was made in another browser).
 */
import { err, ok, type Result } from '../result.ts';
import { createPersonaRef, fitPersonaName, type NewMapPersona } from './create-journey-map.ts';
import { JOURNEY_LIMITS } from './journey-limits.ts';
import type { JourneyMap, PersonaRef } from './journey-map-schema.ts';

/** Why a persona could not be added or removed. */
export type MapPersonaError =
  | { readonly kind: 'too-many-personas'; readonly limit: number }
  | { readonly kind: 'already-on-map'; readonly name: string }
  | { readonly kind: 'empty-name' }
  | { readonly kind: 'last-persona' };

/** A persona the builder knows: enough to link and name it. */
export interface KnownPersona {
  readonly id: string;
  readonly name: string;
}

/** A map's persona as the page shows it. */
export interface ResolvedPersona {
  readonly ref: PersonaRef;
  /** `linked`: in the persona builder; `missing`: it was, but is not now; `typed`: a name typed on the map. */
  readonly status: 'linked' | 'missing' | 'typed';
  /** The persona builder's current name when linked, otherwise the name the map kept. */
  readonly name: string;
}

/**
 * Add a persona (its own curve) to a map.
 *
 * @param map the map
 * @param persona from the persona builder or typed
 * @param key its new key on this map
 * @returns the map, or why the persona was not added
 * @example addPersonaToMap(map, { personaId: '', name: 'Bo' }, 'p2').value.personas.length // 2
 */
export function addPersonaToMap(map: JourneyMap, persona: NewMapPersona, key: string): Result<JourneyMap, MapPersonaError> {
  if (persona.name.trim() === '') return err({ kind: 'empty-name' });
  if (map.personas.length >= JOURNEY_LIMITS.personas) return err({ kind: 'too-many-personas', limit: JOURNEY_LIMITS.personas });
  const same = map.personas.find((known) =>
    persona.personaId === '' ? known.personaId === '' && known.name.trim().toLowerCase() === persona.name.trim().toLowerCase() : known.personaId === persona.personaId,
  );
  if (same) return err({ kind: 'already-on-map', name: same.name });
  return ok({ ...map, personas: [...map.personas, createPersonaRef(key, persona)] });
}

/**
 * Take a persona off a map, with its emotion scores. A map keeps at least one persona.
 *
 * @example removePersonaFromMap(map, 'p2').value.personas.length // 1
 */
export function removePersonaFromMap(map: JourneyMap, key: string): Result<JourneyMap, MapPersonaError> {
  if (map.personas.length <= 1) return err({ kind: 'last-persona' });
  return ok({
    ...map,
    personas: map.personas.filter((persona) => persona.key !== key),
    stages: map.stages.map((stage) => ({ ...stage, emotions: stage.emotions.filter((entry) => entry.personaKey !== key) })),
  });
}

/**
 * Match a map's personas with the persona builder's.
 *
 * @param refs the map's persona references
 * @param known the personas the builder has now
 * @returns each reference with its status and the name to show
 * @example resolvePersonaRefs([{ key: 'p1', personaId: 'gone', name: 'Ana' }], [])[0].status // 'missing'
 */
export function resolvePersonaRefs(refs: readonly PersonaRef[], known: readonly KnownPersona[]): ResolvedPersona[] {
  return refs.map((ref) => {
    if (ref.personaId === '') return { ref, status: 'typed', name: ref.name.trim() || 'Unnamed persona' };
    const persona = known.find((candidate) => candidate.id === ref.personaId);
    if (persona) return { ref, status: 'linked', name: persona.name.trim() || ref.name.trim() || 'Unnamed persona' };
    return { ref, status: 'missing', name: ref.name.trim() || 'Unnamed persona' };
  });
}

/**
 * Keep the names a map stores in step with the persona builder, so exports and a later deletion show the
 * latest name. Returns the same map object when nothing changed.
 *
 * @example syncPersonaNames(map, [{ id: 'x', name: 'Ana Lima' }]).personas[0].name // 'Ana Lima'
 */
export function syncPersonaNames(map: JourneyMap, known: readonly KnownPersona[]): JourneyMap {
  let changed = false;
  const personas = map.personas.map((ref) => {
    const persona = ref.personaId === '' ? undefined : known.find((candidate) => candidate.id === ref.personaId);
    const name = persona ? fitPersonaName(persona.name) : '';
    if (name === '' || name === ref.name) return ref;
    changed = true;
    return { ...ref, name };
  });
  return changed ? { ...map, personas } : map;
}

/**
 * Say why a persona could not be added or removed.
 *
 * @example describeMapPersonaError({ kind: 'last-persona' }) // 'A map needs at least one persona: add another before removing this one.'
 */
export function describeMapPersonaError(error: MapPersonaError): string {
  switch (error.kind) {
    case 'too-many-personas':
      return `A map can follow up to ${String(error.limit)} personas.`;
    case 'already-on-map':
      return `${error.name} is already on this map.`;
    case 'empty-name':
      return 'Choose a persona or type a name first.';
    case 'last-persona':
      return 'A map needs at least one persona: add another before removing this one.';
    default:
      return error satisfies never;
  }
}
