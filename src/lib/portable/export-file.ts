/**
 * The export-file envelope: `{ "format", "version", "exportedAt", "<items>": [...] }`, pretty-printed JSON that
 * any text editor opens, read back with the same checks for every tool: size, JSON, our format (naming another
 * tool's), version. The domain then migrates and validates each item.
 */
import { err, ok, type Result } from '../result.ts';
import type { PortableError } from './portable-error.ts';

export interface ExportFileFormat {
  /** The `format` value, e.g. "touchpoint-personas". */
  readonly format: string;
  /** The field holding the items, e.g. "personas". */
  readonly itemsKey: string;
  /** Largest file read, in bytes. */
  readonly maxBytes: number;
  /** The newest version this site reads. */
  readonly version: number;
  /**
   * Items in JSON that is not an export file but is still plainly this tool's data (one item, or a list of
   * items), taken as the current version; undefined when it is not.
   */
  readonly readBare?: (data: unknown) => readonly unknown[] | undefined;
}

/** What an export file held: the version its items are written in, and the items (not yet validated). */
export interface ExportFileContents {
  readonly version: number;
  readonly items: readonly unknown[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Write items as an export file.
 *
 * @param format the tool's file format
 * @param items the items
 * @param now the export time
 * @returns the file's text (pretty JSON, ending in a newline)
 * @example JSON.parse(writeExportFile(PERSONA_FILE, [maya], now)).format // 'touchpoint-personas'
 */
export function writeExportFile(format: ExportFileFormat, items: readonly unknown[], now: Date): string {
  const file = { format: format.format, version: format.version, exportedAt: now.toISOString(), [format.itemsKey]: items };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Parse JSON without throwing; where the engine says where it stopped, so does the error.
 *
 * @example parseJson('{"a":') // err({ kind: 'not-json', ... })
 */
export function parseJson(text: string): Result<unknown, PortableError> {
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const place = /line (\d+) column (\d+)/.exec(message);
    return err(place ? { kind: 'not-json', line: Number(place[1]), column: Number(place[2]) } : { kind: 'not-json' });
  }
}

/**
 * Read an export file's envelope. Never throws.
 *
 * @param text the file's text
 * @param format the tool's file format
 * @param bytes the file's size in bytes (defaults to the text's UTF-8 length)
 * @returns the version and the raw items, or why the file cannot be read
 * @example readExportFile('[]', PERSONA_FILE) // ok({ version: 1, items: [] }) when readBare accepts lists
 */
export function readExportFile(text: string, format: ExportFileFormat, bytes?: number): Result<ExportFileContents, PortableError> {
  // A text longer than the limit in UTF-16 units is longer in UTF-8 bytes too: no need to encode it.
  const size = bytes ?? (text.length > format.maxBytes ? text.length : new TextEncoder().encode(text).length);
  if (size > format.maxBytes) return err({ kind: 'too-large', bytes: size, limit: format.maxBytes });
  if (text.trim() === '') return err({ kind: 'empty' });
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (isRecord(data) && 'format' in data) {
    if (data['format'] !== format.format) {
      const found = typeof data['format'] === 'string' ? data['format'].trim().slice(0, 60) : '';
      return err(found === '' ? { kind: 'malformed', part: 'format field' } : { kind: 'other-tool', found });
    }
    const version = data['version'];
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return err({ kind: 'malformed', part: 'version' });
    if (version > format.version) return err({ kind: 'future-version', found: version, supported: format.version });
    const items = data[format.itemsKey];
    return Array.isArray(items) ? ok({ version, items }) : err({ kind: 'malformed', part: `“${format.itemsKey}” list` });
  }
  const bare = format.readBare?.(data);
  return bare === undefined ? err({ kind: 'other-tool', found: 'unknown JSON' }) : ok({ version: format.version, items: bare });
}
