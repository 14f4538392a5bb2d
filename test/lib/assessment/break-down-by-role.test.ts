import { expect, test } from 'vitest';
import { breakDownByRole } from '../../../src/lib/assessment/break-down-by-role.ts';
import type { TeamRespondent } from '../../../src/lib/assessment/team-respondent.ts';

const base = { bankVersion: 1, mode: 'quick', answers: {} } as const;
const value = new Map<TeamRespondent, number | undefined>();
function member(role: TeamRespondent['respondent'], score: number | undefined): TeamRespondent {
  const entry: TeamRespondent = role === undefined ? { ...base } : { ...base, respondent: role };
  value.set(entry, score);
  return entry;
}

test('groups by role in role order, then those without a role', () => {
  const members = [member({ role: 'front-line' }, 2), member(undefined, 3), member({ role: 'leadership' }, 4), member({ role: 'front-line' }, 3)];
  expect(breakDownByRole(members, (entry) => value.get(entry))).toEqual([
    { role: 'leadership', summary: { count: 1, median: 4, min: 4, max: 4, spread: 0 } },
    { role: 'front-line', summary: { count: 2, median: 2.5, min: 2, max: 3, spread: 1 } },
    { role: 'unspecified', summary: { count: 1, median: 3, min: 3, max: 3, spread: 0 } },
  ]);
});

test('a group whose members gave no value has no summary', () => {
  const members = [member({ role: 'management' }, undefined), member({ role: 'other' }, 1)];
  expect(breakDownByRole(members, (entry) => value.get(entry))).toEqual([
    { role: 'management', summary: undefined },
    { role: 'other', summary: { count: 1, median: 1, min: 1, max: 1, spread: 0 } },
  ]);
});

test('no breakdown when nobody gave a role', () => {
  expect(breakDownByRole([member(undefined, 2), member({ label: 'Ana' }, 3)], (entry) => value.get(entry))).toEqual([]);
});
