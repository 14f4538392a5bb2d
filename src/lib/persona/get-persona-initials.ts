/**
 * The initials shown on a persona's avatar: the first letter of the first and the last word of the name,
 * upper-cased; one letter for a one-word name; "?" when there is no letter at all. Letters are whole
 * characters as a reader sees them (accents and emoji stay intact).
 *
 * @param name the persona's name
 * @returns one or two characters
 * @example getPersonaInitials('Maya van der Berg') // 'MB'
 * @example getPersonaInitials('  ') // '?'
 */
export function getPersonaInitials(name: string): string {
  const words = name.trim().split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words.at(-1) : undefined;
  return [first, last]
    .filter((word) => word !== undefined)
    .map((word) => firstGrapheme(word.replace(/^[^\p{L}\p{N}]+/u, '')).toLocaleUpperCase())
    .join('');
}

function firstGrapheme(word: string): string {
  const segment = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word)[Symbol.iterator]().next();
  return segment.done ? '' : segment.value.segment;
}
