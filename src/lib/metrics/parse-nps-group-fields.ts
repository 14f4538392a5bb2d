import type { NpsGroupName, NpsGroups } from './nps-groups.ts';
import type { CountFieldError } from './parse-count-field.ts';
import { parseCountField } from './parse-count-field.ts';

/** What was typed in the three group fields. */
export type NpsGroupFields = Readonly<Record<NpsGroupName, string>>;

/** The outcome of reading the group fields: all blank, some invalid, or the totals. */
export type NpsGroupFieldsParse =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly issues: readonly { readonly group: NpsGroupName; readonly error: CountFieldError }[] }
  | { readonly kind: 'groups'; readonly groups: NpsGroups; readonly n: number };

/**
 * Read promoter, passive and detractor totals typed by someone who only has the totals.
 *
 * Each field is read by `parseCountField`: blank is 0, otherwise a whole
 * number >= 0 with optional thousands separators. Never throws. O(1).
 *
 * @param fields the three fields' text
 * @returns empty, invalid (with every bad field) or the totals with n
 * @example parseNpsGroupFields({ promoters: '1 200', passives: '300', detractors: '' }) // { kind: 'groups', groups: { promoters: 1200, passives: 300, detractors: 0 }, n: 1500 }
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow
 */
export function parseNpsGroupFields(fields: NpsGroupFields): NpsGroupFieldsParse {
  const names = ['promoters', 'passives', 'detractors'] as const satisfies readonly NpsGroupName[];
  if (names.every((name) => String(fields[name] ?? '').trim() === '')) return { kind: 'empty' };
  const values: Record<NpsGroupName, number> = { promoters: 0, passives: 0, detractors: 0 };
  const issues: { group: NpsGroupName; error: CountFieldError }[] = [];
  for (const group of names) {
    const parsed = parseCountField(String(fields[group] ?? ''));
    if (parsed.ok) values[group] = parsed.value;
    else issues.push({ group, error: parsed.error });
  }
  if (issues.length > 0) return { kind: 'invalid', issues };
  const n = values.promoters + values.passives + values.detractors;
  if (!Number.isSafeInteger(n)) return { kind: 'invalid', issues: [{ group: 'promoters', error: { kind: 'too-large', value: n } }] };
  return { kind: 'groups', groups: values, n };
}
