import { findMapsUsingPersona, type MapUsingPersona } from '../../lib/persona/maps-using-persona';
import { deferModule, useDeferredModule } from '../shared/deferred-module';

/**
 * The journey maps store (its schema, migrations and sync, about 11 KB), read to name the maps that use a persona
 * before it is deleted (never changed). Not in the persona builder's first load: fetched once the page is idle.
 */
const journeyMapsStore = deferModule(() =>
  // Ready once the saved maps are read (their parser loads after the module: see persistedAtom's `parse.load`).
  import('../../stores/journey-maps').then(async (store) => {
    await store.$journeyCollection.ready();
    return store;
  }),
);

/**
 * A reader of the journey maps that link to a persona, for a component that deletes personas: it starts the
 * store loading when the page is idle, and calls back at once once it has loaded (so a deletion is as immediate
 * as before maps were checked), or when it arrives. If it cannot load (offline after an update, say), no map
 * is named and the deletion goes ahead as before.
 *
 * @returns `withMapsUsing(personaId, then)`, calling `then` with the maps that use the persona
 */
export function useMapsUsingPersona(): (personaId: string, then: (maps: MapUsingPersona[]) => void) => void {
  const store = useDeferredModule(journeyMapsStore, false);
  return (personaId, then) => {
    if (store) {
      then(findMapsUsingPersona(store.$journeyMaps.get(), personaId));
      return;
    }
    journeyMapsStore.load().then(
      ({ $journeyMaps }) => then(findMapsUsingPersona($journeyMaps.get(), personaId)),
      () => then([]),
    );
  };
}
