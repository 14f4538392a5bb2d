import { formatJourneyIssue } from './describe-journey-issue.ts';
import { describeMigrationError } from './journey-migrations.ts';
import type { ShareCodeError } from './share-code.ts';

/**
 * Say in plain words why a shared link could not be opened.
 *
 * @param error the share code error
 * @returns a sentence, with details for an invalid map
 * @example describeShareCodeError({ kind: 'tampered' }) // 'This link was changed or cut short …'
 */
export function describeShareCodeError(error: ShareCodeError): string {
  switch (error.kind) {
    case 'empty':
      return 'This link holds no map: the part after “#map=” is empty.';
    case 'too-long':
      return `This link is too long to be a journey map (${String(error.length)} characters; at most ${String(error.limit)}).`;
    case 'invalid-characters':
      return `This link has a character a map link never contains (“${error.character}” at position ${String(error.position + 1)}): it may have been changed by an app or cut short.`;
    case 'malformed':
      return 'This link is not a complete journey map link: it may have been cut short when it was copied.';
    case 'version':
      return `This link cannot be opened because ${describeMigrationError(error.error)}.`;
    case 'tampered':
      return 'This link was changed or cut short after it was made (its check characters do not match). Ask for the link again.';
    case 'no-decompression':
      return 'This browser cannot unpack the compressed map in this link. Open it in a current version of Chrome, Edge, Firefox or Safari, or ask for a JSON export instead.';
    case 'unreadable':
      return 'The map in this link cannot be read: it was damaged when it was copied. Ask for the link again.';
    case 'invalid-map':
      return `The map in this link is not valid: ${error.issues.map(formatJourneyIssue).join('; ')}.`;
    default:
      return error satisfies never;
  }
}
