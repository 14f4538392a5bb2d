/**
 * The codebook's export file: `{ "format": "touchpoint-codebook", "version": 1, "exportedAt", "codebook": { themes,
 * handCodes } }`, written and read through the portable layer's export-file envelope. Hand codes are included (the
 * file stays with the analyst; only share codes leave them out); comments never are. An import also takes a bare
 * codebook (`{ "themes": [...] }`) written by hand.
 */
import { readExportFile, writeExportFile, type ExportFileFormat } from '../portable/export-file.ts';
import { migrate } from '../portable/migrate.ts';
import type { PortableError } from '../portable/portable-error.ts';
import type { Result } from '../result.ts';
import type { Codebook } from './comment.ts';
import { CODEBOOK_MIGRATIONS, CODEBOOK_VERSION } from './codebook-migrations.ts';
import { readCodebook } from './codebook-schema.ts';

/** Largest file read: 100,000 hand codes pretty-printed take about 7 MB. */
export const MAX_CODEBOOK_FILE_BYTES = 16_000_000;

export const CODEBOOK_FILE: ExportFileFormat = {
  format: 'touchpoint-codebook',
  itemsKey: 'codebook',
  single: true,
  maxBytes: MAX_CODEBOOK_FILE_BYTES,
  version: CODEBOOK_VERSION,
  // A codebook written by hand, on its own: taken as the current version.
  readBare: (data) => (typeof data === 'object' && data !== null && !Array.isArray(data) && 'themes' in data ? [data] : undefined),
};

/**
 * Write a codebook as an export file.
 *
 * @param codebook themes and hand codes
 * @param now the export time
 * @returns pretty-printed JSON, ending in a newline
 * @example JSON.parse(createCodebookFile({ themes: [], handCodes: {} }, new Date())).format // 'touchpoint-codebook'
 */
export function createCodebookFile(codebook: Codebook, now: Date): string {
  return writeExportFile(CODEBOOK_FILE, [codebook], now);
}

/**
 * Read an export file (or a bare codebook) back into a checked codebook: size, JSON, format, version, then the
 * schema (limits, unique ids, every rule parsed). Never throws.
 *
 * @param text the file's text
 * @param bytes the file's size in bytes (defaults to the text's UTF-8 length)
 * @returns the codebook, or why it cannot be imported (which theme, which rule, why)
 * @example importCodebookFile('{"format":"touchpoint-personas","version":1,"personas":[]}') // err({ kind: 'other-tool', found: 'the persona builder (/tools/personas/)' })
 */
export function importCodebookFile(text: string, bytes?: number): Result<Codebook, PortableError> {
  const read = readExportFile(text, CODEBOOK_FILE, bytes);
  if (!read.ok) return read;
  const migrated = migrate(read.value.items[0], read.value.version, CODEBOOK_MIGRATIONS);
  if (!migrated.ok) return migrated;
  return readCodebook(migrated.value);
}

/**
 * The export's file name, dated.
 *
 * @example getCodebookFileName(new Date('2026-03-01T10:00:00Z')) // 'codebook-2026-03-01.json'
 */
export function getCodebookFileName(now: Date): string {
  return `codebook-${now.toISOString().slice(0, 10)}.json`;
}
