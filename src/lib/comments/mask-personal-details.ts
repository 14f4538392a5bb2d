/**
 * Mask personal details in a comment before it is shown, exported or shared: email addresses, phone numbers and
 * long digit runs (card, account, membership numbers) become `[email]`, `[phone]` and `[number]`.
 *
 * Rules (generous, but dates, times, prices, percentages and everyday numbers stay):
 * - Email: up to 64 characters of local part, `@`, a domain ending in a dot and 2+ letters.
 * - A digit run is digits in groups joined by one space, dash or dot (a dash or dot may have a space each side),
 *   with an optional leading `+` and `(area code)`, and an optional extension ("ext. 12", "x12"). A run never
 *   starts right after a letter or `_`, nor with a digit right after a digit, `.`, `,` or `+` (so "ABC123456" and
 *   "1,299,000" are not runs).
 * - Left alone: runs of fewer than 6 digits ("3 times", "20 minutes", "10:30"); runs right after a currency sign
 *   or before `%`; decimals (`1299.00`) and dot-grouped thousands (`1.299.000`); dates (2026-12-01, 01.12.2026,
 *   1/12/26 is never a run); ranges of equal-length numbers (`1000-2000`); runs of years (`2019 2020 2021`); and
 *   runs with a one-digit group after the first ("9 10 8 7 9 10", a list of scores).
 * - `[phone]`: 7–15 digits with a `+`, a `00` prefix, an `(area code)` or an extension; 7–12 digits in groups
 *   ("555-123-4567", "020 7946 0958", "555.123.4567"); or 10–11 digits with no separator starting with 0
 *   ("07700900123").
 * - `[number]`: any other run of 6+ digits (cards "4111 1111 1111 1111" included).
 */

/** How many of each kind were masked. */
export type MaskCounts = { readonly email: number; readonly phone: number; readonly number: number };

/** A comment with its personal details masked. */
export type MaskedComment = { readonly text: string; readonly masked: MaskCounts };

/** Runs with fewer digits are everyday numbers, not identifiers. */
export const MIN_MASKED_DIGITS = 6;

// Bounded repeats keep the search linear: a local part is at most 64 characters and a domain 253 (RFC 5321).
const EMAIL = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,}/gu;
const SEPARATOR = String.raw`(?:[ \t]?[-–.][ \t]?|[ \t])`;
const GROUP = String.raw`(?:\(\d{1,5}\)|\d+)`;
const DIGIT_RUN = new RegExp(
  // A `+` or `(` may start a run after anything but a letter; a digit only after none of `[\p{L}\p{N}_.,+]`. So
  // what may start a run never depends on a digit before it, which masking may have turned into "]".
  String.raw`(?:(?<![\p{L}_])(\+[ \t]?)|(?<![\p{L}_])(?=\()|(?<![\p{L}\p{N}_.,+]))` +
    String.raw`(${GROUP}(?:(?:${SEPARATOR}|(?<=\)))${GROUP})*)` +
    String.raw`([ \t]*(?:ext\.?|extension|x)[ \t]*\d{1,6}(?![\p{L}\p{N}]))?`,
  'giu',
);
const CURRENCY_BEFORE = /\p{Sc}[ \t]?$/u;
const PERCENT_AFTER = /^[ \t]?%/u;

type RunKind = 'phone' | 'number' | 'leave';

function isYear(group: string): boolean {
  return group.length === 4 && Number(group) >= 1900 && Number(group) <= 2099;
}

/** 2026-12-01, 01.12.2026, 12-01-2026, 01-12-26: a date, not an identifier. */
function isDate(groups: readonly string[]): boolean {
  if (groups.length !== 3) return false;
  const [first = '', second = '', third = ''] = groups;
  const [a, b, c] = [Number(first), Number(second), Number(third)];
  if (isYear(first)) return second.length <= 2 && b >= 1 && b <= 12 && third.length <= 2 && c >= 1 && c <= 31;
  const dayMonth = first.length <= 2 && second.length <= 2 && a >= 1 && b >= 1 && a <= 31 && b <= 31 && Math.min(a, b) <= 12;
  return dayMonth && (isYear(third) || third.length === 2);
}

/** Decide what a digit run is (see the module comment for the rules). */
function classifyRun(run: string, hasPlus: boolean, hasExtension: boolean): RunKind {
  const groups = run.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  if (digits < MIN_MASKED_DIGITS) return 'leave';
  const [first = ''] = groups;
  if (groups.length === 1) {
    if (hasPlus && digits >= 7 && digits <= 15) return 'phone';
    return first.startsWith('0') && (digits === 10 || digits === 11) ? 'phone' : 'number';
  }
  const separators = run.replace(/[\d()]/g, '').replace(/[ \t]/g, '');
  const onlyDots = separators !== '' && /^\.+$/.test(separators) && !/[ \t()]/.test(run);
  if (onlyDots && groups.length === 2) return 'leave'; // 1299.00
  if (onlyDots && first.length <= 3 && groups.slice(1).every((group) => group.length === 3)) return 'leave'; // 1.299.000
  if (isDate(groups) || groups.every(isYear)) return 'leave';
  const [, second = ''] = groups;
  if (groups.length === 2 && /^[-–]+$/.test(separators) && first.length === second.length && Number(first) < Number(second)) {
    return 'leave'; // 1000-2000
  }
  const international = hasPlus || first.startsWith('00');
  if (!international && groups.slice(1).some((group) => group.length === 1)) return 'leave'; // 9 10 8 7 9 10
  if ((international || run.includes('(') || hasExtension) && digits >= 7 && digits <= 15) return 'phone';
  return digits >= 7 && digits <= 12 ? 'phone' : 'number';
}

/**
 * Mask email addresses, phone numbers and long digit runs in a comment (rules in the module comment). Text with
 * no digit and no `@` comes back unchanged. Masking is idempotent. O(length of text).
 *
 * @param text the comment
 * @returns the masked text and how many of each kind were masked
 * @example maskPersonalDetails('Call me on +44 20 7946 0958 or mail jo@example.com')
 * // { text: 'Call me on [phone] or mail [email]', masked: { email: 1, phone: 1, number: 0 } }
 * @example maskPersonalDetails('Paid £1,299.00 on 2026-12-01, waited 20 minutes') // unchanged, all counts 0
 */
export function maskPersonalDetails(text: string): MaskedComment {
  const masked = { email: 0, phone: 0, number: 0 };
  if (typeof text !== 'string') return { text: '', masked };
  let result = text;
  if (result.includes('@')) {
    // A second pass catches an address that only shows once the one overlapping it is gone (a@b.c1@d.ef).
    for (let pass = 0; pass < 3; pass += 1) {
      const before = masked.email;
      result = result.replace(EMAIL, () => {
        masked.email += 1;
        return '[email]';
      });
      if (masked.email === before) break;
    }
  }
  if (/\d/.test(result)) {
    result = result.replace(DIGIT_RUN, (match, plus: string | undefined, run: string, extension: string | undefined, offset: number, whole: string) => {
      const end = offset + match.length;
      if (CURRENCY_BEFORE.test(whole.slice(Math.max(0, offset - 2), offset)) || PERCENT_AFTER.test(whole.slice(end, end + 2))) {
        return match;
      }
      const kind = classifyRun(run, plus !== undefined, extension !== undefined);
      if (kind === 'leave') return match;
      masked[kind] += 1;
      // A long number's "x 2" is a multiplier, not an extension: keep it.
      return kind === 'phone' ? '[phone]' : `${plus ?? ''}[number]${extension ?? ''}`;
    });
  }
  return { text: result, masked };
}
