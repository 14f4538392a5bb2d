import type { z } from '../schema/zod.ts';
import { describeFieldPath } from './describe-field-path.ts';
import { describeValue } from '../schema/describe-value.ts';

/** One problem with a persona's data: where it is (in data and in words) and why it is wrong. */
export interface PersonaIssue {
  /** The field's path in the data, e.g. `['painPoints', 2, 'severity']`. */
  readonly path: readonly (string | number)[];
  /** The field in the form's words, e.g. "Pain points and frustrations, item 3, severity". */
  readonly field: string;
  /** Why, e.g. "is 215 characters long; the limit is 200". */
  readonly message: string;
}

type SchemaIssue = z.core.$ZodIssue;

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  object: 'an object',
  number: 'a number',
};

/**
 * Turn a zod issue on persona data (parsed with `reportInput: true`) into a field name and a plain reason
 * that says what was found and what is allowed.
 *
 * @param issue the zod issue
 * @returns the path, the field in words and the reason
 * @example describePersonaIssue({ code: 'too_big', origin: 'string', maximum: 60, input: 'x'.repeat(75), path: ['name'], message: '' })
 * // { path: ['name'], field: 'Name', message: 'is 75 characters long; the limit is 60' }
 */
export function describePersonaIssue(issue: SchemaIssue): PersonaIssue {
  const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  const field = describeFieldPath(path);
  return { path, field, message: describeReason(issue) };
}

function describeReason(issue: SchemaIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
    case 'invalid_value': {
      const allowed = issue.values.filter((value) => value !== '').map((value) => String(value));
      return `should be one of ${allowed.join(', ')}${issue.values.includes('') ? ' (or empty)' : ''}; got ${describeValue(input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.path.some((part) => typeof part === 'number') ? 'is empty: fill it in or remove it' : 'must not be empty';
      }
      return `needs at least ${issue.minimum} items`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.length : undefined;
        return length === undefined
          ? `is longer than the limit of ${issue.maximum} characters`
          : `is ${length} characters long; the limit is ${issue.maximum}`;
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(input) ? input.length : undefined;
        return count === undefined ? `has more than ${issue.maximum} items` : `has ${count} items; the limit is ${issue.maximum}`;
      }
      return `is over the limit of ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `should be a date and time such as "2026-03-01T10:00:00Z"; got ${describeValue(input)}`;
      if (issue.format === 'regex' && issue.path.at(-1) === 'id') return `should be 1 to 40 letters, digits, "-" or "_"; got ${describeValue(input)}`;
      return `is not in the expected form; got ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `has fields a persona does not use: ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    default:
      return issue.message;
  }
}
