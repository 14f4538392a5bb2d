import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import type { ConflictChoice } from '../../stores/item-edit-sync';
import { $journeyEditConflict, $journeyMaps, resolveJourneyMapEditConflict, watchJourneyMapEdits } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { EditConflict } from '../shared/EditConflict';

/** A map's fields in the words of the builder (a map's stages are one field: two tabs editing stages choose). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  scenario: 'Scenario',
  personas: 'Personas on the map',
  stages: 'Stages (names, touchpoints, emotions, pain points, opportunities)',
  customChannels: 'Custom channels',
};

/**
 * The two-tab conflict for the map open in the journey map builder: watches the map while it is shown and
 * offers the choice (keep mine, take the other tab's, keep both) or, after a deletion elsewhere, restore it.
 */
export function JourneyMapEditConflict({ mapId }: { readonly mapId: string }) {
  const conflict = useStore($journeyEditConflict);
  useEffect(() => watchJourneyMapEdits(mapId), [mapId]);
  const resolve = (choice: ConflictChoice) => {
    const copyId = resolveJourneyMapEditConflict(choice);
    const copy = copyId ? $journeyMaps.get().find((map) => map.id === copyId) : undefined;
    announce(
      choice === 'let-go'
        ? 'Closed. The map stays deleted.'
        : choice === 'restore'
          ? 'Map restored.'
          : choice === 'take-theirs'
            ? 'Now showing the other tab’s version.'
            : copy
              ? `Kept yours here; the other tab’s version is saved as “${copy.scenario}”.`
              : 'Kept your version and saved it.',
    );
    // The choice's buttons go with the box: focus goes to the map's heading, not the page (as in the persona builder).
    if (choice !== 'let-go') document.getElementById('jm-map-heading')?.focus();
  };
  return (
    <EditConflict
      conflict={conflict?.id === mapId ? conflict : undefined}
      noun="journey map"
      describeField={(path) => FIELD_LABELS[path.split('.')[0] ?? ''] ?? path}
      onResolve={resolve}
    />
  );
}
