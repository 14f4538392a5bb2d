/**
 * The code envelope: what every share code has around its payload, read and written in one place.
 *
 *     [prefix] version sep part… [sep checksum]        1.nps.95.1e-u-k.7itq   T2~l~QW5h~1.q3….k9Qa~Zx0_
 *
 * A format names its separator, alphabet, length limit, checksum style and how many parts it has; the reader
 * checks, in order, from the problem a person can fix to the least specific: blank, length, characters, version
 * (newer than this site, or older than it reads), part count, checksum. The domain then reads the parts.
 * O(length), never throws.
 */
import { err, ok, type Result } from '../result.ts';
import { CHECKSUM_LENGTH, getChecksum, type ChecksumStyle } from './checksum.ts';
import type { PortableError } from './portable-error.ts';

export interface CodeFormat {
  /** Joins the version, the parts and the checksum; never inside a part. */
  readonly separator: '.' | '~';
  /** Every character a code may contain (tested one at a time). */
  readonly alphabet: RegExp;
  /** Longest code read, in characters: stated in the error, so a person knows the limit. */
  readonly maxLength: number;
  /** How the checksum is shown; `none` for formats whose payload carries its own check (zlib's Adler-32). */
  readonly checksum: ChecksumStyle | 'none';
  /** Letters before the version number (the team code's `T`). */
  readonly prefix?: string;
  /** Read upper case as lower case (codes that people may retype). */
  readonly lowerCase?: boolean;
  /** How many parts between the version and the checksum: fewer is `truncated`, more is `malformed`. */
  readonly parts: { readonly min: number; readonly max: number };
}

/** What the envelope held: the version and the parts between it and the checksum. */
export interface CodeContents {
  readonly version: number;
  readonly parts: readonly string[];
}

const VERSION_PATTERN = /^(0|[1-9][0-9]{0,8})$/;

/** The whole-text form of each format's one-character alphabet, so a long valid code is checked in one pass. */
const wholeTextPatterns = new WeakMap<RegExp, RegExp>();

function findInvalidCharacter(text: string, alphabet: RegExp): PortableError | undefined {
  let whole = wholeTextPatterns.get(alphabet);
  if (whole === undefined) {
    whole = new RegExp(`^(?:${alphabet.source.replace(/^\^|\$$/g, '')})*$`, alphabet.flags);
    wholeTextPatterns.set(alphabet, whole);
  }
  if (whole.test(text)) return undefined;
  let position = 0;
  for (const character of text) {
    if (!alphabet.test(character)) return { kind: 'invalid-characters', position, character };
    position += character.length;
  }
  return undefined;
}

/**
 * Write a code: the version, the parts and, unless the format has none, the checksum over all before it.
 *
 * @param format the code's format
 * @param version the format version written
 * @param parts the payload parts, none containing the separator
 * @returns the code
 * @example writeCode(CALCULATOR_CODE, 1, ['nps', '95', '1e-u-k']) // '1.nps.95.1e-u-k.' + 4 check characters
 */
export function writeCode(format: CodeFormat, version: number, parts: readonly string[]): string {
  const body = [`${format.prefix ?? ''}${String(version)}`, ...parts].join(format.separator);
  return format.checksum === 'none' ? body : `${body}${format.separator}${getChecksum(body, format.checksum)}`;
}

/**
 * Strip what comes around a code when people copy it: blanks, a leading `#`, the fragment key (`c=`, `map=`…),
 * percent-escapes a browser or chat app added, and the punctuation of the sentence the link ended.
 *
 * @param raw what was pasted or found in the link
 * @param keys the fragment keys this code may sit behind
 * @example cleanCode(' #c=1.nps… ', ['c']) // '1.nps…'
 */
export function cleanCode(raw: string, keys: readonly string[] = []): string {
  let text = String(raw);
  // Escapes undone first, so an escaped blank, "#" or key ("%20c%3D…") is cleaned like a plain one. No code contains "%".
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // A stray "%" that is not an escape: left as it is, and the character check names it.
    }
  }
  text = text.trim().replace(/^#/, '').trim();
  const key = keys.find((candidate) => text.slice(0, candidate.length + 1).toLowerCase() === `${candidate}=`);
  if (key !== undefined) text = text.slice(key.length + 1).trim();
  // Punctuation a link picks up at the end of a sentence ("…k9Qa." or "(…k9Qa)"): no code ends with any of it.
  return text.replace(/[.,;:!?)\]'"»”’]+$/u, '');
}

/**
 * Read a code's envelope. Never throws, whatever the string.
 *
 * @param code the code, already cleaned (see `cleanCode`)
 * @param format its format
 * @param versions the versions this site reads: `current` (above it is `future-version`) and `oldest` (a domain's
 *   `Migrations` table fits)
 * @returns the version and the parts, or why the code cannot be read
 * @example readCode(writeCode(F, 1, ['a']), F, { oldest: 1, current: 1 }) // ok({ version: 1, parts: ['a'] })
 */
export function readCode(code: string, format: CodeFormat, versions: { readonly oldest: number; readonly current: number }): Result<CodeContents, PortableError> {
  let text = code;
  if (text === '') return err({ kind: 'empty' });
  if (text.length > format.maxLength) return err({ kind: 'too-long', length: text.length, limit: format.maxLength });
  if (format.lowerCase === true) text = text.toLowerCase();
  const badCharacter = findInvalidCharacter(text, format.alphabet);
  if (badCharacter !== undefined) return err(badCharacter);

  const pieces = text.split(format.separator);
  const head = pieces[0] ?? '';
  const prefix = format.prefix ?? '';
  const versionText = head.slice(prefix.length);
  if (!head.startsWith(prefix) || !VERSION_PATTERN.test(versionText)) return err({ kind: 'malformed', part: 'version' });
  const version = Number(versionText);
  if (version > versions.current) return err({ kind: 'future-version', found: version, supported: versions.current });
  if (version < versions.oldest) return err({ kind: 'unsupported-version', found: version, supported: versions.current });

  const hasChecksum = format.checksum !== 'none';
  const parts = pieces.slice(1, hasChecksum ? -1 : undefined);
  if (hasChecksum && pieces.length < 2) return err({ kind: 'truncated' });
  if (parts.length > format.parts.max) return err({ kind: 'malformed', part: 'structure' });
  if (parts.length < format.parts.min) return err({ kind: 'truncated' });
  if (format.checksum !== 'none') {
    const checksum = pieces.at(-1) ?? '';
    if (checksum.length < CHECKSUM_LENGTH) return err({ kind: 'truncated' });
    const body = text.slice(0, text.length - checksum.length - format.separator.length);
    if (getChecksum(body, format.checksum) !== checksum) return err({ kind: 'checksum-mismatch' });
  }
  return ok({ version, parts });
}
