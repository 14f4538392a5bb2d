/**
 * The export-file envelope: `{ "format", "version", "exportedAt", "<items>": [...] }` (or `"<item>": {...}` for a
 * tool that exports one thing, such as the codebook), pretty-printed JSON that any text editor opens, read back with the same checks for every tool: size, JSON, our format (naming another
 * tool's), version. The domain then migrates and validates each item.
 */
import { err, ok, type Result } from '../result.ts';
import type { PortableError } from './portable-error.ts';

export interface ExportFileFormat {
  /** The `format` value, e.g. "touchpoint-personas". */
  readonly format: string;
  /** The field holding the items, e.g. "personas". */
  readonly itemsKey: string;
  /** The field holds one object rather than a list (written as the object, read back as a list of one). */
  readonly single?: boolean;
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

/** Touchpoint's own export formats, named for people, so a file opened in the wrong tool says where it belongs. */
const KNOWN_FORMATS: Readonly<Record<string, string>> = {
  'touchpoint-personas': 'the persona builder (/tools/personas/)',
  'touchpoint-journey-maps': 'the journey map builder (/tools/journey-map/)',
  'touchpoint-cx-assessment': 'the maturity assessment (/assessment/)',
  'touchpoint-cx-team': 'the team view of the assessment (/assessment/team/)',
  'touchpoint-codebook': 'the comments view of the survey workbench (/tools/survey/)',
};

/**
 * The tool an export file's `format` belongs to, in words, for the message of a file opened in the wrong tool.
 *
 * @example nameExportFormat('touchpoint-personas') // 'the persona builder (/tools/personas/)'
 */
export function nameExportFormat(format: string): string {
  return KNOWN_FORMATS[format] ?? `another tool (its format is “${format}”)`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Write items as an export file.
 *
 * @param format the tool's file format
 * @param items the items (one, for a `single` format)
 * @param now the export time
 * @returns the file's text (pretty JSON, ending in a newline)
 * @example JSON.parse(writeExportFile(PERSONA_FILE, [maya], now)).format // 'touchpoint-personas'
 */
export function writeExportFile(format: ExportFileFormat, items: readonly unknown[], now: Date): string {
  const file = { format: format.format, version: format.version, exportedAt: now.toISOString(), [format.itemsKey]: format.single === true ? items[0] : items };
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
    if (place) return err({ kind: 'not-json', line: Number(place[1]), column: Number(place[2]) });
    // Some engines give only the character offset: count the lines up to it ourselves.
    const position = /position (\d+)/.exec(message);
    if (!position) return err({ kind: 'not-json' });
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(position[1]));
    const lines = before.split('\n');
    return err({ kind: 'not-json', line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 });
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
      if (found === '') return err({ kind: 'malformed', part: 'format field' });
      return err({ kind: 'other-tool', found: nameExportFormat(found) });
    }
    const version = data['version'];
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return err({ kind: 'malformed', part: 'version' });
    if (version > format.version) return err({ kind: 'future-version', found: version, supported: format.version });
    const items = data[format.itemsKey];
    if (format.single === true) return isRecord(items) ? ok({ version, items: [items] }) : err({ kind: 'malformed', part: `“${format.itemsKey}” field` });
    return Array.isArray(items) ? ok({ version, items }) : err({ kind: 'malformed', part: `“${format.itemsKey}” list` });
  }
  const bare = format.readBare?.(data);
  return bare === undefined ? err({ kind: 'other-tool' }) : ok({ version: format.version, items: bare });
}

/**
 * Text as lower-case ASCII words joined by hyphens, for a file name: accents dropped, at most `maxLength`
 * characters, never ending in a hyphen; empty when nothing is left.
 *
 * @example slugForFileName('Première visite — en ligne!', 40) // 'premiere-visite-en-ligne'
 */
export function slugForFileName(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
