/**
 * Why something that came back into the browser (a share code, a link's fragment, an imported file, stored data)
 * cannot be read: one union for every tool, and one describer that words it for people.
 *
 * A domain's own rules (an answer that does not exist, a field that is too long) arrive as `invalid`, already
 * worded by the domain as sentences, so this module never needs to know any tool's data.
 */
import { formatBytes, formatNumber } from '../text/format.ts';

/** Why a code, link, file or stored value cannot be read. */
export type PortableError =
  | { readonly kind: 'empty' }
  /** A code or link longer than the reader accepts (characters). */
  | { readonly kind: 'too-long'; readonly length: number; readonly limit: number }
  /** A file, or what a code expands to, larger than the reader accepts (bytes; `bytes` absent when reading stopped at the limit). */
  | { readonly kind: 'too-large'; readonly bytes?: number; readonly limit: number }
  /** A character no code of this kind contains; `position` counts from 0. */
  | { readonly kind: 'invalid-characters'; readonly position: number; readonly character: string }
  /** Parts or checksum characters are missing: usually a partial copy. */
  | { readonly kind: 'truncated' }
  /** A part is not in the form the format allows; `part` names it (version, structure, counts…). */
  | { readonly kind: 'malformed'; readonly part: string }
  /** Well formed, but the checksum does not match: a character was changed or lost. */
  | { readonly kind: 'checksum-mismatch' }
  /** Made by a newer version of the site than this one. */
  | { readonly kind: 'future-version'; readonly found: number; readonly supported: number }
  /** Made by an older version that this one can no longer upgrade. */
  | { readonly kind: 'unsupported-version'; readonly found: number; readonly supported: number }
  | { readonly kind: 'migration-failed'; readonly from: number; readonly message: string }
  /** A sound code or file, but for another tool: `found` names it for people ("the NPS calculator (/tools/nps/)"); absent when it is not ours at all. */
  | { readonly kind: 'other-tool'; readonly found?: string }
  /** The compressed or encoded payload is damaged (passed the checksum, still unreadable). */
  | { readonly kind: 'unreadable' }
  /** This browser cannot decompress. */
  | { readonly kind: 'no-decompression' }
  /** Not JSON; `line` and `column` say where the parser stopped, when it says. */
  | { readonly kind: 'not-json'; readonly line?: number; readonly column?: number }
  /** Readable, but not what the tool can use: the domain's own sentences, the first few of `total`. */
  | { readonly kind: 'invalid'; readonly issues: readonly string[]; readonly total: number };

/** What was being read, to name it in a message: "share link", "team code", "file"… */
export interface PortableSubject {
  /** e.g. "share link", "code", "file", "saved data". */
  readonly thing: string;
  /** The tool, for other-tool and version messages, e.g. "journey map builder". */
  readonly tool: string;
}

/** A message for the page: one headline sentence, and details to list under it (may be empty). */
export interface PortableMessage {
  readonly headline: string;
  readonly details: readonly string[];
}

/** How many of a domain's issues a reader keeps; the describer says how many more there were. */
export const SHOWN_ISSUES = 8;

/**
 * Build an `invalid` error from a domain's issue sentences, keeping the first few.
 *
 * @example invalid(['Answer 3 is “x”, which is not an answer.']) // { kind: 'invalid', issues: [...], total: 1 }
 */
export function invalid(issues: readonly string[]): PortableError {
  return { kind: 'invalid', issues: issues.slice(0, SHOWN_ISSUES), total: issues.length };
}

function count(value: number, unit: string): string {
  return `${formatNumber(value)} ${unit}${value === 1 ? '' : 's'}`;
}

/**
 * Say in plain words why something could not be read and what to do; the only describer of `PortableError`.
 *
 * @param error why it could not be read
 * @param subject what was being read, e.g. `{ thing: 'share link', tool: 'persona builder' }`
 * @returns a headline and details
 * @example describePortableError({ kind: 'truncated' }, { thing: 'share link', tool: 'NPS calculator' }).headline
 * // 'This share link is incomplete: its end is missing. Copy the whole link again.'
 */
export function describePortableError(error: PortableError, subject: PortableSubject): PortableMessage {
  const { thing, tool } = subject;
  const headline = (text: string, details: readonly string[] = []): PortableMessage => ({ headline: text, details });
  switch (error.kind) {
    case 'empty':
      return headline(`This ${thing} is empty: there is nothing to open.`);
    case 'too-long':
      return headline(`This ${thing} is ${count(error.length, 'character')} long; the ${tool} reads at most ${count(error.limit, 'character')}. Check that nothing else was pasted with it.`);
    case 'too-large':
      return headline(
        error.bytes === undefined
          ? `This ${thing} expands to more than ${formatBytes(error.limit)} of data, the most the ${tool} reads.`
          : formatBytes(error.bytes) === formatBytes(error.limit)
            ? `This ${thing} holds ${count(error.bytes, 'byte')}; the ${tool} reads at most ${count(error.limit, 'byte')}.`
            : `This ${thing} holds ${formatBytes(error.bytes)} of data; the ${tool} reads at most ${formatBytes(error.limit)}.`,
      );
    case 'invalid-characters':
      return headline(`This ${thing} contains “${error.character}” at position ${String(error.position + 1)}, which such codes never contain. Copy it again.`);
    case 'truncated':
      return headline(`This ${thing} is incomplete: its end is missing. Copy the whole ${thing} again.`);
    case 'malformed':
      return headline(`This is not a ${tool} ${thing}: its ${error.part} is not in the expected form.`);
    case 'checksum-mismatch':
      return headline(`This ${thing} was changed or cut after it was made (its check characters do not match). Copy the original again.`);
    case 'future-version':
      return headline(`This ${thing} was made by a newer version of the ${tool} (format ${String(error.found)}; this page reads up to ${String(error.supported)}). Reload the page to get the latest version.`);
    case 'unsupported-version':
      return headline(`This ${thing} was made by an older version of the ${tool} (format ${String(error.found)}) that this page can no longer read (it reads format ${String(error.supported)}).`);
    case 'migration-failed':
      return headline(`This ${thing} is in format ${String(error.from)}, and upgrading it failed (${error.message}).`);
    case 'other-tool':
      return headline(
        error.found === undefined
          ? `This ${thing} is not from the ${tool}: it holds something else.`
          : `This ${thing} is for ${error.found}, not the ${tool}. Open it there.`,
      );
    case 'unreadable':
      return headline(`This ${thing} is damaged: part of it may have been lost when it was copied. Ask for it again.`);
    case 'no-decompression':
      return headline(`This browser cannot decompress this ${thing}. Open it in a current version of Chrome, Edge, Firefox or Safari.`);
    case 'not-json':
      return headline(
        `This ${thing} is not valid JSON (it may be cut off, or not an export of the ${tool}).`,
        error.line === undefined ? [] : [`The first problem is at line ${String(error.line)}, column ${String(error.column ?? 1)}.`],
      );
    case 'invalid': {
      // One problem worded as a whole sentence by the domain is the headline itself.
      const [only] = error.issues;
      if (error.total === 1 && only !== undefined) return headline(/^\p{Lu}/u.test(only) ? only : `This ${thing} has a problem: ${only}.`);
      const more = error.total - error.issues.length;
      return headline(
        `This ${thing} has ${count(error.total, 'problem')}:`,
        more > 0 ? [...error.issues, `and ${count(more, 'more problem')}`] : error.issues,
      );
    }
    default:
      return error satisfies never;
  }
}

/**
 * The headline and details as one paragraph, for places that show a single line (notices, live regions).
 *
 * @example formatPortableMessage({ headline: 'A.', details: ['B.'] }) // 'A. B.'
 */
export function formatPortableMessage(message: PortableMessage): string {
  return [message.headline, ...message.details].join(' ');
}
