import { describe, expect, test } from 'vitest';
import { decodeLabelCode, decodeRoleCode, encodeLabelCode, encodeRoleCode, readRespondentCodes } from '../../../src/lib/assessment/respondent-code.ts';
import { RESPONDENT_ROLES } from '../../../src/lib/assessment/respondent.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';

describe('respondent codes', () => {
  test('role letters are the ones links already use (by hand from the team code format)', () => {
    expect(RESPONDENT_ROLES.map(encodeRoleCode)).toEqual(['l', 'm', 'f', 'b', 'o']);
    expect(encodeRoleCode(undefined)).toBe('-');
    for (const role of RESPONDENT_ROLES) expect(decodeRoleCode(encodeRoleCode(role))).toEqual({ ok: true, value: role });
    expect(decodeRoleCode('-')).toEqual({ ok: true, value: undefined });
    expect(decodeRoleCode('L')).toEqual({ ok: false, error: invalid(['“L” is not a known role.']) });
  });

  test('labels as base64url (Python: base64.urlsafe_b64encode(b"Ana") = QW5h)', () => {
    expect(encodeLabelCode('Ana')).toBe('QW5h');
    expect(encodeLabelCode(undefined)).toBe('');
    expect(decodeLabelCode('QW5h')).toEqual({ ok: true, value: 'Ana' });
    expect(decodeLabelCode('')).toEqual({ ok: true, value: undefined });
    // "ICAg" is three spaces; 61 characters is over the limit of 60.
    expect(decodeLabelCode('ICAg')).toEqual({ ok: false, error: invalid(['The label could not be read.']) });
    expect(decodeLabelCode(encodeLabelCode('a'.repeat(61)))).toEqual({ ok: false, error: invalid(['The label could not be read.']) });
    expect(decodeLabelCode('!!')).toEqual({ ok: false, error: invalid(['The label could not be read.']) });
  });

  test('readRespondentCodes keeps only what was given', () => {
    expect(readRespondentCodes('l', 'QW5h')).toEqual({ ok: true, value: { label: 'Ana', role: 'leadership' } });
    expect(readRespondentCodes('-', '')).toEqual({ ok: true, value: {} });
    expect(readRespondentCodes('z', 'QW5h').ok).toBe(false);
  });
});
