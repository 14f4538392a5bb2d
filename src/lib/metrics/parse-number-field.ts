import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** Why a typed figure could not be read. */
export type NumberFieldError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-a-number'; readonly text: string }
  | { readonly kind: 'not-whole'; readonly text: string; readonly value: number }
  /** A count above 2^53 − 1: a double cannot hold it exactly, so sums and checks on it would be wrong. */
  | { readonly kind: 'too-large-to-count'; readonly text: string; readonly value: number }
  /** A figure such as `1.250`: thousands (1250, as written in much of Europe) or decimals (1.25)? Never guessed. */
  | { readonly kind: 'ambiguous'; readonly text: string; readonly grouped: number; readonly decimal: number };

/** Options for `parseNumberField`. */
export type ParseNumberFieldOptions = {
  /** A count: must be whole, and a single `.` or `,` before three digits groups thousands (`1.234` is 1234). */
  readonly wholeNumber?: boolean;
};

/**
 * First code point of each run of ten digits typed on other keyboards: full-width, Arabic-Indic, Persian,
 * Devanagari, Bengali. The paste reader has the same runs (read-answer-text.ts, DIGIT_ZEROS); they are kept
 * apart because importing either module would load the other's reader on pages that use only one (the churn
 * and CLV calculators, the survey workbench), and a test checks that the two read every one of these digits alike.
 */
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6] as const;

/** Those digits, and the Arabic and full-width decimal and thousands separators with their ASCII forms. */
const OTHER_SCRIPT_NUMBER_CHARACTERS = /[\uff0c\uff0e\uff10-\uff19\u0660-\u0669\u066b\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g;
const OTHER_SCRIPT_SEPARATORS: Readonly<Record<string, string>> = { '\u066b': '.', '\u066c': ',', '\uff0e': '.', '\uff0c': ',' };

/** The ASCII digit for a digit of DIGIT_ZEROS' runs; any other character as it is. */
function toAsciiDigit(code: number): string {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return String.fromCharCode(code);
}

/** Characters that only ever group thousands: spaces (also no-break and thin) and the Swiss apostrophe. */
const GROUPING_ONLY = /[\s\u00a0\u2009\u202f'’]/;
/** Stands in for a space-like thousands separator while the number is checked; cannot be typed. */
const GROUP_MARK = '\u0001';
const NUMBER_SHAPE = /^([+\-\u2212]?)([0-9.,]*)$/;
const CURRENCY_OR_PERCENT = /^[$€£¥₹]\s*|\s*(?:[$€£¥₹]|%)$/gu;

/** Split digits at grouping marks and check they form thousands groups: 1–3 digits, then groups of 3. */
function joinThousands(part: string, mark: string): string | null {
  const groups = part.split(mark);
  const [head, ...tail] = groups;
  if (head === undefined || !/^\d{1,3}$/.test(head) || tail.some((group) => !/^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/**
 * Read one typed figure (a count, a revenue, a rate) the way people write it in different countries.
 *
 * Spaces (also no-break and thin) and apostrophes between digit groups of three
 * are thousands separators (`1 234`, `1'234,5`); after them a single `.` or `,`
 * is the decimal mark. When both `.` and `,` appear,
 * the last one is the decimal mark (`1,234.5` and `1.234,5` are 1234.5). One
 * kind appearing twice or more groups thousands (`1.234.567`). A single `.` is
 * a decimal point; a single `,` is a decimal comma (`4,5`, `0,125`) unless it
 * is followed by exactly three digits after a 1–3 digit non-zero start, which
 * reads as thousands (`1,234` is 1234). With `wholeNumber`, a single `.` before
 * three digits also groups thousands (`1.234` is 1234) and the value must be
 * whole (more than three zeros after one, as in `1,0000`, are a slip, not a
 * number); without it, that figure is refused as ambiguous (1234 or 1.234?).
 * A leading or trailing currency sign ($ € £ ¥ ₹) or trailing % is
 * ignored (not with `wholeNumber`). Digits of other scripts read as their ASCII
 * digits (`١٢٥٠` is 1250). Counts above 2^53 − 1 are refused rather
 * rounded. Never throws. O(length).
 *
 * @param text what was typed in the field
 * @param options wholeNumber for counts
 * @returns the number, or why it cannot be read
 * @example parseNumberField('1.234,5') // { ok: true, value: 1234.5 }
 * @example parseNumberField('1.234', { wholeNumber: true }) // { ok: true, value: 1234 }
 * @see https://en.wikipedia.org/wiki/Decimal_separator#Digit_grouping
 */
export function parseNumberField(text: string, options: ParseNumberFieldOptions = {}): Result<number, NumberFieldError> {
  const wholeNumber = options.wholeNumber === true;
  const typed = text.trim();
  if (typed === '') return err({ kind: 'empty' });
  const shown = typed.length > 40 ? `${typed.slice(0, 40)}…` : typed;
  // Typed on an Arabic, Persian, Hindi or Bengali keyboard, or in full width: the same figure in ASCII digits.
  const trimmed = typed.replace(OTHER_SCRIPT_NUMBER_CHARACTERS, (char) => OTHER_SCRIPT_SEPARATORS[char] ?? toAsciiDigit(char.charCodeAt(0)));
  const notANumber = err({ kind: 'not-a-number', text: shown } as const);
  const withoutUnits = wholeNumber ? trimmed : trimmed.replace(CURRENCY_OR_PERCENT, '');
  const marked = withoutUnits.replace(/(\d)[\s\u00a0\u2009\u202f'’](?=\d)/g, `$1${GROUP_MARK}`);
  // Any grouping character left over did not sit between two digits.
  if (GROUPING_ONLY.test(marked)) return notANumber;
  const spaceGrouped = marked.includes(GROUP_MARK);
  let compact = marked;
  if (spaceGrouped) {
    const markAt = marked.search(/[.,]/);
    const grouped = markAt === -1 ? marked : marked.slice(0, markAt);
    const rest = markAt === -1 ? '' : marked.slice(markAt);
    const signLength = /^[+\-\u2212]/.test(grouped) ? 1 : 0;
    const joined = joinThousands(grouped.slice(signLength), GROUP_MARK);
    if (joined === null || rest.includes(GROUP_MARK) || /[.,].*[.,]/.test(rest)) return notANumber;
    compact = grouped.slice(0, signLength) + joined + rest;
  }
  const shape = NUMBER_SHAPE.exec(compact);
  if (!shape) return notANumber;
  const sign = shape[1] === '' || shape[1] === '+' ? '' : '-';
  const body = shape[2] ?? '';
  if (!/\d/.test(body)) return notANumber;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let integerPart: string | null;
  let fractionPart = '';
  if (dots > 0 && commas > 0) {
    const decimalMark = lastDot > lastComma ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    if ((decimalMark === '.' ? dots : commas) !== 1) return notANumber;
    const cut = Math.max(lastDot, lastComma);
    integerPart = joinThousands(body.slice(0, cut), groupMark);
    fractionPart = body.slice(cut + 1);
  } else if (dots + commas === 0) {
    integerPart = body;
  } else {
    const mark = dots > 0 ? '.' : ',';
    const [head = '', tail = ''] = body.split(mark);
    const looksGrouped = dots + commas === 1 && /^[1-9]\d{0,2}$/.test(head) && /^\d{3}$/.test(tail);
    if (dots + commas > 1) {
      integerPart = joinThousands(body, mark);
    } else if (looksGrouped && !spaceGrouped && (mark === ',' || wholeNumber)) {
      integerPart = head + tail;
    } else if (wholeNumber && tail.length > 3 && /^0+$/.test(tail)) {
      // `1,0000` as a count: a slip in grouping (10000? 1000?), not four decimal zeros of a whole number.
      return notANumber;
    } else if (looksGrouped && !spaceGrouped) {
      // `1.250` in a money or rate field: a point before three digits groups thousands in much of Europe, and a
      // guess either way is out by a factor of 1,000. The person says which.
      return err({ kind: 'ambiguous', text: shown, grouped: Number(`${sign}${head}${tail}`), decimal: Number(`${sign}${head}.${tail}`) });
    } else {
      integerPart = head === '' ? '0' : head;
      fractionPart = tail;
    }
  }
  if (integerPart === null || !/^\d*$/.test(fractionPart) || (integerPart === '' && fractionPart === '')) return notANumber;
  const value = Number(`${sign}${integerPart === '' ? '0' : integerPart}.${fractionPart === '' ? '0' : fractionPart}`);
  if (!Number.isFinite(value)) return notANumber;
  const normalized = value === 0 ? 0 : value;
  if (wholeNumber && !Number.isInteger(normalized)) return err({ kind: 'not-whole', text: shown, value: normalized });
  if (wholeNumber && !Number.isSafeInteger(normalized)) return err({ kind: 'too-large-to-count', text: shown, value: normalized });
  return ok(normalized);
}
