import { findMapsUsingPersona, type MapUsingPersona } from '../../lib/persona/maps-using-persona';

/**
 * The journey maps in this browser that link to a persona, read from the journey maps store (never changed). The
 * store (its schema, migrations and sync, about 11 KB) loads on the first deletion, not with the persona builder.
 * If it cannot load (offline after an update, say), no map is named and the deletion goes ahead as before maps existed.
 */
export async function readMapsUsingPersona(personaId: string): Promise<MapUsingPersona[]> {
  try {
    const { $journeyMaps } = await import('../../stores/journey-maps');
    return findMapsUsingPersona($journeyMaps.get(), personaId);
  } catch {
    return [];
  }
}
