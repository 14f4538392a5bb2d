import { parseCountField } from './parse-count-field.ts';
import type { CountFieldError } from './parse-count-field.ts';
import type { ScoreScale } from './score-scale.ts';
import { assertScoreScale, getScalePointCount } from './score-scale.ts';

/** A count field that cannot be used, by the scale point it is for. */
export type CountFieldIssue = { readonly score: number; readonly error: CountFieldError };

/**
 * The outcome of reading "counts mode" fields: `empty` when every field is
 * blank (a prompt, not an error), `invalid` with every bad field, or the counts.
 */
export type CountFieldsParse =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly issues: readonly CountFieldIssue[] }
  | { readonly kind: 'counts'; readonly counts: readonly number[]; readonly n: number };

/**
 * Read "how many answered each score" fields, for people who only have totals
 * (NPS 0–10, CSAT or CES scale points).
 *
 * Each field is read by `parseCountField`: blank is 0, otherwise a whole number
 * >= 0, thousands separators allowed (`1 234`, `1,234`, `1.234`). All fields
 * must be valid, since one wrong total skews every share. n may be 0 when all
 * typed counts are 0. Never throws for any strings. O(fields).
 *
 * @param fields one string per scale point, lowest score first
 * @param scale the scale, e.g. NPS_SCALE (11 fields)
 * @returns empty, invalid (with issues by score) or counts with n
 * @example parseCountFields(['', '', '', '', '', '', '3', '', '5', '10', '12'], NPS_SCALE) // { kind: 'counts', counts: [0, 0, 0, 0, 0, 0, 3, 0, 5, 10, 12], n: 30 }
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow (the 0–10 question whose answers are counted)
 */
export function parseCountFields(fields: readonly string[], scale: ScoreScale): CountFieldsParse {
  assertScoreScale(scale, 'parseCountFields');
  const expected = getScalePointCount(scale);
  if (fields.length !== expected) {
    throw new Error(`parseCountFields requires ${String(expected)} fields for ${String(scale.min)}–${String(scale.max)}, got ${String(fields.length)}`);
  }
  if (fields.every((field) => field.trim() === '')) return { kind: 'empty' };
  const counts: number[] = [];
  const issues: CountFieldIssue[] = [];
  let n = 0;
  fields.forEach((field, index) => {
    const parsed = parseCountField(field);
    if (parsed.ok) {
      counts.push(parsed.value);
      n += parsed.value;
    } else {
      counts.push(0);
      issues.push({ score: scale.min + index, error: parsed.error });
    }
  });
  if (issues.length > 0) return { kind: 'invalid', issues };
  if (!Number.isSafeInteger(n)) return { kind: 'invalid', issues: [{ score: scale.max, error: { kind: 'too-large', value: n } }] };
  return { kind: 'counts', counts, n };
}
