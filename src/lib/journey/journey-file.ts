import { slugForFileName, writeExportFile } from '../portable/export-file.ts';
import { JOURNEY_FILE } from './import-journey-file.ts';
import type { JourneyMap } from './journey-map-schema.ts';

/**
 * The JSON text of an export file holding some maps.
 *
 * @param maps the maps to export
 * @param now the export time
 * @returns pretty-printed JSON, readable in any text editor
 * @example JSON.parse(createJourneyFile([map], new Date())).format // 'touchpoint-journey-maps'
 */
export function createJourneyFile(maps: readonly JourneyMap[], now: Date): string {
  return writeExportFile(JOURNEY_FILE, maps, now);
}

/**
 * A file name for an export: the scenario in lower-case words, or "journey-maps" for several.
 *
 * @example getJourneyFileName([{ scenario: 'First purchase online' }], 'json') // 'journey-map-first-purchase-online.json'
 */
export function getJourneyFileName(maps: readonly Pick<JourneyMap, 'scenario'>[], extension: string): string {
  const [only] = maps;
  if (maps.length !== 1 || !only) return `journey-maps.${extension}`;
  const slug = slugForFileName(only.scenario, 60);
  return `journey-map${slug ? `-${slug}` : ''}.${extension}`;
}
