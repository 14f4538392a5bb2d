import type { JourneyMap } from './journey-map-schema.ts';
import { JOURNEY_MAP_VERSION } from './journey-migrations.ts';

/** What an exported file says it is, so an import can tell our files from any other JSON. */
export const JOURNEY_FILE_FORMAT = 'touchpoint-journey-maps';

/** An exported file: `{ "format", "version", "exportedAt", "maps": [JourneyMap…] }`. */
export interface JourneyFile {
  readonly format: typeof JOURNEY_FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly maps: readonly JourneyMap[];
}

/**
 * The JSON text of an export file holding some maps.
 *
 * @param maps the maps to export
 * @param now the export time
 * @returns pretty-printed JSON, readable in any text editor
 * @example JSON.parse(createJourneyFile([map], new Date())).format // 'touchpoint-journey-maps'
 */
export function createJourneyFile(maps: readonly JourneyMap[], now: Date): string {
  const file: JourneyFile = { format: JOURNEY_FILE_FORMAT, version: JOURNEY_MAP_VERSION, exportedAt: now.toISOString(), maps };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file name for an export: the scenario in lower-case words, or "journey-maps" for several.
 *
 * @example getJourneyFileName([{ scenario: 'First purchase online' }], 'json') // 'journey-map-first-purchase-online.json'
 */
export function getJourneyFileName(maps: readonly Pick<JourneyMap, 'scenario'>[], extension: string): string {
  const [only] = maps;
  if (maps.length !== 1 || !only) return `journey-maps.${extension}`;
  const slug = only.scenario
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `journey-map${slug ? `-${slug}` : ''}.${extension}`;
}
