import { slugForFileName, writeExportFile, type ExportFileFormat } from '../portable/export-file.ts';
import { MAX_IMPORT_BYTES } from './persona-limits.ts';
import type { Persona } from './persona-schema.ts';
import { PERSONA_SCHEMA_VERSION } from './persona-migrations.ts';

/**
 * The persona builder's export file: `{ format, version, exportedAt, personas }`. Avatar images are included
 * (as data URLs), so a file restores everything. An import also takes one persona (an object with a name) or a
 * list of personas, written by hand or by another tool.
 */
export const PERSONA_FILE: ExportFileFormat = {
  format: 'touchpoint-personas',
  itemsKey: 'personas',
  maxBytes: MAX_IMPORT_BYTES,
  version: PERSONA_SCHEMA_VERSION,
  readBare: (data) => (Array.isArray(data) ? data : typeof data === 'object' && data !== null && 'name' in data ? [data] : undefined),
};

/**
 * Write personas as an export file (pretty-printed JSON), for one persona or the whole collection.
 *
 * @param personas the personas to export
 * @param now when the export happens
 * @returns the file's text
 * @example JSON.parse(exportPersonasJson([maya], new Date('2026-03-01T10:00:00Z'))).format // 'touchpoint-personas'
 */
export function exportPersonasJson(personas: readonly Persona[], now: Date): string {
  return writeExportFile(PERSONA_FILE, personas, now);
}

/**
 * A file name for an export: the persona's name for one persona, the date for several.
 *
 * @param personas the exported personas
 * @param extension `json` or `md`
 * @param now the export date
 * @returns e.g. "persona-maya-chen.json" or "personas-2026-03-01.md"
 * @example getExportFileName([maya], 'md', new Date('2026-03-01T10:00:00Z')) // 'persona-maya-chen.md'
 */
export function getExportFileName(personas: readonly Persona[], extension: 'json' | 'md', now: Date): string {
  const [only] = personas;
  if (personas.length === 1 && only) return `persona-${slugForFileName(only.name, 40) || 'untitled'}.${extension}`;
  return `personas-${now.toISOString().slice(0, 10)}.${extension}`;
}
