import type { ShareCodeError } from '../../lib/metrics/share-code.ts';

/**
 * Say which part of a share code is wrong.
 *
 * @param error from decodeShareCode
 * @returns one sentence
 */
export function describeShareCodeError(error: ShareCodeError): string {
  switch (error.kind) {
    case 'empty':
      return 'The share link has no code after “#c=”.';
    case 'too-long':
      return `The share code is too long (${String(error.length)} characters; a valid one has at most ${String(error.max)}).`;
    case 'unsupported-version':
      return `The share link was made by another version of this calculator (format “${error.version}”); this page reads format 1.`;
    case 'unknown-calculator':
      return `The share link names a calculator this site does not have (“${error.calculator}”).`;
    case 'checksum-mismatch':
      return 'The share link’s check digits do not match the rest of it: it was cut short or changed on the way. Copy the whole link again.';
    case 'malformed':
      switch (error.part) {
        case 'structure':
          return 'The share link is not in the expected form: parts of it are missing or extra.';
        case 'confidence':
          return 'The share link’s confidence level is not 90, 95 or 99.';
        case 'counts':
          return 'The share link’s counts are not valid: they must be whole numbers, one for each answer on the scale.';
        case 'scale':
          return 'The share link’s scale is not 1–3, 1–5, 1–7 or 1–10.';
        case 'threshold':
          return 'The share link’s “satisfied” threshold does not lie on its scale.';
        default:
          error.part satisfies never;
          return 'A part of the share link is not valid.';
      }
    default:
      error satisfies never;
      return 'The share link cannot be read.';
  }
}
