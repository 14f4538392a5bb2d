import { formatJourneyIssue } from './describe-journey-issue.ts';
import type { JourneyImportError } from './import-journey-file.ts';
import { formatBytes } from '../text/format.ts';
import { describeMigrationError } from './journey-migrations.ts';

/**
 * Say in plain words why a file was not imported, and that nothing changed.
 *
 * @param error the import error
 * @returns a headline and the details to list under it
 * @example describeImportError({ kind: 'empty' }).headline // 'The file is empty. Nothing was imported.'
 */
export function describeImportError(error: JourneyImportError): { headline: string; details: readonly string[] } {
  switch (error.kind) {
    case 'empty':
      return { headline: 'The file is empty. Nothing was imported.', details: [] };
    case 'too-large':
      return {
        headline: `The file is ${formatBytes(error.bytes)}; this page reads journey map files up to ${formatBytes(error.limit)}. Nothing was imported.`,
        details: [],
      };
    case 'not-json':
      return { headline: 'The file is not valid JSON (it may be cut off or not a journey map export). Nothing was imported.', details: describeJsonErrorPlace(error.message) };
    case 'not-a-journey-file':
      if (error.format === 'touchpoint-personas') {
        return {
          headline: 'This is a persona export from the persona builder, not a journey map. Nothing was imported.',
          details: ['Import it in the persona builder (Tools, Persona builder): its personas can then be picked for a map here.'],
        };
      }
      if (error.format !== undefined) {
        return {
          headline: `This JSON comes from something else (its format is “${error.format}”, not “touchpoint-journey-maps”). Nothing was imported.`,
          details: ['Export a map with “Export this map (JSON)” and import that file, or a file with the same shape.'],
        };
      }
      return {
        headline: 'This JSON is not a journey map export from this page. Nothing was imported.',
        details: ['Export a map with “Export this map (JSON)” and import that file, or a file with the same shape.'],
      };
    case 'version':
      return { headline: `This file cannot be read because ${describeMigrationError(error.error)}. Nothing was imported.`, details: [] };
    case 'no-maps':
      return { headline: 'The file holds no journey maps. Nothing was imported.', details: [] };
    case 'too-many-maps':
      return {
        headline: `The file holds ${String(error.count)} maps; this browser keeps at most ${String(error.limit)}. Nothing was imported.`,
        details: [],
      };
    case 'invalid': {
      const more = error.total - error.issues.length;
      return {
        headline: `The file has ${String(error.total)} ${error.total === 1 ? 'problem' : 'problems'}, so nothing was imported. Fix ${error.total === 1 ? 'it' : 'them'} and try again:`,
        details: [...error.issues.map(formatJourneyIssue), ...(more > 0 ? [`and ${String(more)} more`] : [])],
      };
    }
    default:
      return error satisfies never;
  }
}

/**
 * Where the JSON parser stopped, in words, when its message says (engines word the rest differently, and the
 * raw message reads as jargon): "The first problem is at line 5, column 3."
 *
 * @param message the parser's message
 * @returns one sentence, or none
 * @example describeJsonErrorPlace("Expected ',' or '}' after property value in JSON at position 41 (line 3 column 5)") // ['The first problem is at line 3, column 5.']
 */
export function describeJsonErrorPlace(message: string): string[] {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return [`The first problem is at line ${lineColumn[1] ?? ''}, column ${lineColumn[2] ?? ''}.`];
  const position = /position (\d+)/.exec(message);
  if (position) return [`The first problem is at character ${String(Number(position[1]) + 1)}.`];
  return [];
}
