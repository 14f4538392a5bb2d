import type { PersonaImportError } from './import-personas.ts';
import { formatBytes } from '../text/format.ts';
import { PERSONA_FILE_FORMAT } from './persona-file.ts';

/**
 * Say in plain words why an imported file could not be read, and what to do.
 *
 * @param error the import error
 * @returns one sentence or two
 * @example describeImportError({ kind: 'not-json' }) // 'This is not JSON. Choose a file exported from the persona builder (it ends in .json), or paste its text.'
 */
export function describeImportError(error: PersonaImportError): string {
  switch (error.kind) {
    case 'empty':
      return 'The file or text is empty. Choose a file exported from the persona builder, or paste its text.';
    case 'too-large':
      return `This is ${formatBytes(error.bytes)}, over the ${formatBytes(error.limit)} limit. Export fewer personas at a time, or remove large photos.`;
    case 'not-json':
      return 'This is not JSON. Choose a file exported from the persona builder (it ends in .json), or paste its text.';
    case 'wrong-format':
      return `This JSON comes from something else (its format is “${error.found}”, not “${PERSONA_FILE_FORMAT}”). Choose a file exported from the persona builder.`;
    case 'not-personas':
      return `This JSON holds no personas: expected an export file (with "format": "${PERSONA_FILE_FORMAT}"), one persona with a "name", or a list of personas.`;
    case 'future-version':
      return `This file was made by a newer version of the persona builder (format ${error.found}; this page reads up to ${error.supported}). Reload the page to get the latest version, then import again.`;
    case 'no-personas':
      return 'This file has an empty list of personas: there is nothing to import.';
    case 'too-many':
      return `This file has ${error.count} personas; one browser keeps up to ${error.limit}. Split the file and import it in parts.`;
    default:
      return error satisfies never;
  }
}
