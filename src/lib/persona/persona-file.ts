import type { Persona } from './persona-schema.ts';
import { PERSONA_SCHEMA_VERSION } from './persona-schema.ts';

/** The `format` field of an exported file: how an import knows the file is ours. */
export const PERSONA_FILE_FORMAT = 'touchpoint-personas';

/**
 * An exported file: `{ format, version, exportedAt, personas }`. Avatar images are included (as data URLs),
 * so a file restores everything.
 */
export interface PersonaFile {
  readonly format: typeof PERSONA_FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly personas: readonly Persona[];
}

/**
 * Write personas as an export file (pretty-printed JSON), for one persona or the whole collection.
 *
 * @param personas the personas to export
 * @param now when the export happens
 * @returns the file's text
 * @example JSON.parse(exportPersonasJson([maya], new Date('2026-03-01T10:00:00Z'))).format // 'touchpoint-personas'
 */
export function exportPersonasJson(personas: readonly Persona[], now: Date): string {
  const file: PersonaFile = { format: PERSONA_FILE_FORMAT, version: PERSONA_SCHEMA_VERSION, exportedAt: now.toISOString(), personas };
  return `${JSON.stringify(file, null, 2)}\n`;
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
  if (personas.length === 1 && only) return `persona-${toSlug(only.name)}.${extension}`;
  return `personas-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Lower-case ASCII words joined by hyphens, at most 40 characters; "untitled" when nothing is left. */
function toSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'untitled';
}
