/**
 * Who answered, as code characters: the one way a role and a label are written into a share code, shared by
 * the team code (a role field and a label field per respondent) and a person's result code (both in one part).
 *
 * - role: one letter (see ROLE_CODES), `-` when none;
 * - label: base64url of the UTF-8 label, empty when none.
 */
import { decodeBase64UrlText, encodeBase64UrlText } from '../portable/base64url.ts';
import { invalid, type PortableError } from '../portable/portable-error.ts';
import { err, ok, type Result } from '../result.ts';
import { RESPONDENT_LABEL_MAX_LENGTH, RESPONDENT_ROLES, type Respondent, type RespondentRole } from './respondent.ts';

/** One letter per role. Never change a letter: links people hold use them. */
export const ROLE_CODES = {
  leadership: 'l',
  management: 'm',
  'front-line': 'f',
  'back-office': 'b',
  other: 'o',
} as const satisfies Record<RespondentRole, string>;

/** The role character of a respondent who gave none. */
export const NO_ROLE_CODE = '-';

/**
 * The one character for a role.
 *
 * @example encodeRoleCode('leadership') // 'l'
 * @example encodeRoleCode(undefined) // '-'
 */
export function encodeRoleCode(role: RespondentRole | undefined): string {
  return role === undefined ? NO_ROLE_CODE : ROLE_CODES[role];
}

/**
 * Reads a role character back.
 *
 * @param roleCode one character from a code
 * @returns the role, `undefined` for `-`, or an error naming what was found
 * @example decodeRoleCode('f') // ok('front-line')
 * @example decodeRoleCode('x') // err(invalid(['“x” is not a known role.']))
 */
export function decodeRoleCode(roleCode: string): Result<RespondentRole | undefined, PortableError> {
  if (roleCode === NO_ROLE_CODE) return ok(undefined);
  const role = RESPONDENT_ROLES.find((candidate) => ROLE_CODES[candidate] === roleCode);
  return role === undefined ? err(invalid([`“${roleCode.slice(0, 20)}” is not a known role.`])) : ok(role);
}

/**
 * A label as code characters: base64url of its UTF-8, empty for none.
 *
 * @example encodeLabelCode('Ana') // 'QW5h'
 */
export function encodeLabelCode(label: string | undefined): string {
  return label === undefined ? '' : encodeBase64UrlText(label);
}

/**
 * Reads a label back: trimmed, never empty, at most RESPONDENT_LABEL_MAX_LENGTH characters.
 *
 * @example decodeLabelCode('QW5h') // ok('Ana')
 * @example decodeLabelCode('') // ok(undefined)
 * @example decodeLabelCode('ICAg') // err(invalid(['The label could not be read.'])) (three blanks)
 */
export function decodeLabelCode(labelCode: string): Result<string | undefined, PortableError> {
  if (labelCode === '') return ok(undefined);
  const label = (decodeBase64UrlText(labelCode) ?? '').trim();
  return label === '' || label.length > RESPONDENT_LABEL_MAX_LENGTH ? err(invalid(['The label could not be read.'])) : ok(label);
}

/**
 * A respondent from its two fields, keeping only what was given (`{}` when neither).
 *
 * @example readRespondentCodes('l', 'QW5h') // ok({ label: 'Ana', role: 'leadership' })
 */
export function readRespondentCodes(roleCode: string, labelCode: string): Result<Respondent, PortableError> {
  const role = decodeRoleCode(roleCode);
  if (!role.ok) return role;
  const label = decodeLabelCode(labelCode);
  if (!label.ok) return label;
  return ok({ ...(label.value === undefined ? {} : { label: label.value }), ...(role.value === undefined ? {} : { role: role.value }) });
}
