/**
 * The slow path of answer reading: text that is not a plain ASCII number. Digits of other scripts, invisible
 * characters and odd spaces are normalised; a number followed by its scale label (`10 - Extremely likely`,
 * `10 (Extremely likely)`, `10 = Extremely likely`) reads as the number; anything else is named by the first
 * character that stopped it, so a report can say why.
 */

/** First code point of each run of ten digits people paste from other scripts or keyboards. */
const DIGIT_ZEROS = [
  0xff10, // full-width ０-９ (Japanese, Chinese and Korean input)
  0x0660, // Arabic-Indic ٠-٩
  0x06f0, // Extended Arabic-Indic ۰-۹ (Persian, Urdu)
  0x0966, // Devanagari ०-९
  0x09e6, // Bengali ০-৯
] as const;

/** Characters that are replaced one for one: signs, marks and spaces written with other code points. */
const REPLACEMENTS: ReadonlyMap<number, string> = new Map([
  [0x2212, '-'], // minus sign
  [0xff0d, '-'], // full-width hyphen-minus
  [0xfe63, '-'], // small hyphen-minus
  [0xff0b, '+'], // full-width plus
  [0xff0e, '.'], // full-width full stop
  [0xff0c, ','], // full-width comma
  [0x066b, '.'], // Arabic decimal separator
  [0x066c, ','], // Arabic thousands separator
  [0xff08, '('], // full-width parentheses
  [0xff09, ')'],
  [0xff1d, '='], // full-width equals
  [0xff1a, ':'], // full-width colon
]);

/** Invisible characters that editors and chat apps slip into copied text. */
function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0x00ad;
}

/** Spaces other than U+0020 that mean a space. */
function isOtherSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 9;
}

/**
 * Normalise a pasted answer: digits of other scripts become ASCII digits, the Unicode minus and full-width
 * signs become ASCII, zero-width characters and soft hyphens go, other spaces become one space, and the
 * result is trimmed with inner runs of spaces collapsed.
 *
 * @param text one answer as pasted
 * @returns the answer with only the characters a reader sees
 * @example normaliseAnswerText('\u200b１０\u00a0') // '10'
 * @see https://www.unicode.org/charts/PDF/UFF00.pdf (full-width forms)
 */
export function normaliseAnswerText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isInvisible(code)) continue;
    if (code === 32 || isOtherSpace(code) || code === 10 || code === 13) {
      pendingSpace = out !== '';
      continue;
    }
    let char = text[index] ?? '';
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    if (zero !== undefined) char = String(code - zero);
    else char = REPLACEMENTS.get(code) ?? char;
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
  }
  return out;
}

/** A plain number: optional sign, digits, at most one decimal mark (a comma only between digits). */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+|\d+,\d+)$/;
/**
 * A number, then its label: after a dash, an equals sign or a colon, or inside parentheses, as long as the
 * label starts with a letter and has no digit (so `7 - 8` stays unread). A label after a bare space is not
 * read (`9 did not answer` may be a note, not a scale point).
 */
const LABELLED_NUMBER = /^([+-]?(?:\d+(?:[.,]\d+)?|\.\d+))\s*(?:[-–—=:]|\()\s*(\p{L}[^\d()]*?)\s*\)?$/u;

/** A star rating: filled stars (★ or the emoji ⭐), then any empty ones. */
const STARS = /^[★⭐]+ ?☆*$/u;
/** A star rating written out: "4 stars", "1 star". */
const STAR_COUNT = /^(\d{1,2}) ?stars?$/i;

/** Read a plain number already normalised; NaN when it is not one. */
function readNormalisedNumber(text: string): number {
  if (!PLAIN_NUMBER.test(text)) return Number.NaN;
  const value = Number(text.replace(',', '.'));
  return value === 0 ? 0 : value;
}

/** An answer read from text: its number (NaN when none), the label beside it, and what stopped the reading. */
export type AnswerText = {
  /** The number; NaN when there is none; null when the answer is blank. */
  readonly value: number | null;
  /** The scale label written with the number (`Extremely likely`), or the whole answer when it is only words. */
  readonly label: string | null;
  /** For text that starts like a number but is not one, the first character that is not part of a number. */
  readonly stoppedBy: string | null;
};

/** The first character of a number-like text that a number cannot hold (a whole code point). */
function findStoppingCharacter(text: string): string | null {
  if (!/^[+\-.,]?\d/.test(text)) return null;
  for (const char of text) {
    if (!/[\d+\-.,\s]/.test(char)) return char;
  }
  return null;
}

/**
 * Read an answer that is not a plain ASCII number: normalise it, then read a plain number, a number with its
 * label, or keep the words as a label for the person to map to a score. Never throws. O(length).
 *
 * @param text one answer, without surrounding quotes
 * @returns the number (or NaN, or null for blank), the label and, when unreadable, the character that stopped it
 * @example readAnswerText('10 - Extremely likely') // { value: 10, label: 'Extremely likely', stoppedBy: null }
 * @example readAnswerText('٩') // { value: 9, label: null, stoppedBy: null }
 * @example readAnswerText('9½') // { value: NaN, label: null, stoppedBy: '½' }
 * @example readAnswerText('★★★★☆') // { value: 4, label: null, stoppedBy: null }
 * @see https://help.surveymonkey.com/en/surveymonkey/analyze/exporting-your-results/ (labelled NPS answers in exports)
 */
export function readAnswerText(text: string): AnswerText {
  const normalised = normaliseAnswerText(text);
  if (normalised === '') return { value: null, label: null, stoppedBy: null };
  const plain = readNormalisedNumber(normalised);
  if (!Number.isNaN(plain)) return { value: plain, label: null, stoppedBy: null };
  // Star ratings (★★★★☆, ⭐⭐⭐, "4 stars"): the filled stars are the score.
  if (STARS.test(normalised)) return { value: (normalised.match(/[★⭐]/gu) ?? []).length, label: null, stoppedBy: null };
  const starCount = STAR_COUNT.exec(normalised);
  if (starCount) return { value: Number(starCount[1]), label: null, stoppedBy: null };
  const labelled = LABELLED_NUMBER.exec(normalised);
  if (labelled) {
    const value = readNormalisedNumber(labelled[1] ?? '');
    const label = (labelled[2] ?? '').trim();
    if (!Number.isNaN(value) && label !== '') return { value, label, stoppedBy: null };
  }
  if (/^\p{L}/u.test(normalised) && !/\d/.test(normalised)) return { value: Number.NaN, label: normalised, stoppedBy: null };
  return { value: Number.NaN, label: null, stoppedBy: findStoppingCharacter(normalised) };
}
