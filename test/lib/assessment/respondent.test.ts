import { describe, expect, test } from 'vitest';
import { normalizeRespondentLabel, respondentSchema } from '../../../src/lib/assessment/respondent.ts';

describe('normalizeRespondentLabel', () => {
  test('ignores case and extra spaces', () => {
    expect(normalizeRespondentLabel('  Ana   López ')).toBe('ana lópez');
    expect(normalizeRespondentLabel('ANA LÓPEZ')).toBe('ana lópez');
  });
});

describe('respondentSchema', () => {
  test('trims the label and accepts a known role', () => {
    expect(respondentSchema.parse({ label: '  Ops team ', role: 'back-office' })).toEqual({ label: 'Ops team', role: 'back-office' });
    expect(respondentSchema.parse({})).toEqual({});
  });

  test('rejects a blank or over-long label and an unknown role', () => {
    expect(respondentSchema.safeParse({ label: '   ' }).success).toBe(false);
    expect(respondentSchema.safeParse({ label: 'x'.repeat(61) }).success).toBe(false);
    expect(respondentSchema.safeParse({ role: 'ceo' }).success).toBe(false);
  });
});
