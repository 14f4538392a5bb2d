/** The journey map import panel's state (see `ImportPanel.tsx`); the import itself is `importMaps` in journey-maps.ts. */
import { atom } from 'nanostores';
import type { ImportConflict } from '../lib/journey/apply-journey-import.ts';
import type { JourneyMap } from '../lib/journey/journey-map-schema.ts';

/** Where an import stands: nothing yet, refused (with every reason), asking about conflicts, or done. */
export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'failed'; readonly headline: string; readonly details: readonly string[] }
  | {
      readonly kind: 'asking';
      readonly fileName: string;
      readonly maps: readonly JourneyMap[];
      readonly conflicts: readonly ImportConflict[];
      readonly ignoredFields: readonly string[];
    }
  | { readonly kind: 'done'; readonly message: string; readonly ignoredFields: readonly string[] };

/**
 * The import panel's state, kept outside the component: the first import on an empty page creates the
 * first map, which swaps the empty page's import panel for the one under "Keep, share, export", and the
 * result must still be on screen there.
 */
export const $journeyImportState = atom<ImportState>({ kind: 'idle' });
