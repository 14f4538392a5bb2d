import type { z } from './zod.ts';
import { formatNumber } from '../text/format.ts';
import { describeValue } from './describe-value.ts';

/** A problem found in data: where it is (in the data and in words) and why it is wrong. */
export interface SchemaIssue {
  /** The field's path in the data, e.g. `['painPoints', 2, 'severity']`; empty for the data as a whole. */
  readonly path: readonly (string | number)[];
  /** The field in the tool's words, e.g. "Pain points and frustrations, item 3, severity"; empty for the whole. */
  readonly place: string;
  /** Why, e.g. "is 215 characters long; the limit is 200". */
  readonly message: string;
}

/** A zod issue, or a problem a tool words itself (a message for a place in the data). */
export type IssueInput = z.core.$ZodIssue | { readonly code: 'custom'; readonly path: readonly PropertyKey[]; readonly message: string; readonly input?: unknown };

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  object: 'an object',
  record: 'a set of named values',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** A path as dotted keys ("answers.voc-sources.level"), for data whose fields have no names in words. */
export const dottedPath = (path: readonly (string | number)[]): string => path.join('.');

/**
 * Say where a problem is and why, in plain words: what was expected and what was found, never "undefined" or a
 * type name. Data must be parsed with `reportInput: true`, so the found value can be named.
 *
 * @param issue the zod issue, or a tool's own message for a place
 * @param namePlace names a path in the tool's words; dotted keys by default
 * @returns the path, the place in words and the reason
 * @example describeSchemaIssue({ code: 'too_big', origin: 'string', maximum: 60, input: 'x'.repeat(75), path: ['name'], message: '' })
 * // { path: ['name'], place: 'name', message: 'is 75 characters long; the limit is 60' }
 */
export function describeSchemaIssue(issue: IssueInput, namePlace: (path: readonly (string | number)[]) => string = dottedPath): SchemaIssue {
  const path = issue.path.map((part) => (typeof part === 'number' ? part : String(typeof part === 'symbol' ? part.description : part)));
  return { path, place: namePlace(path), message: describeReason(issue) };
}

/**
 * One line for a list of problems.
 *
 * @example formatSchemaIssue({ place: 'stage 1', message: 'is missing' }) // 'stage 1: is missing'
 */
export function formatSchemaIssue(issue: Pick<SchemaIssue, 'place' | 'message'>): string {
  return issue.place === '' ? issue.message : `${issue.place}: ${issue.message}`;
}

function describeExpected(values: readonly unknown[]): string {
  const listed = values.filter((value) => value !== '').map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)));
  const empty = values.includes('') ? ' (or empty)' : '';
  return listed.length === 1 ? `${listed[0] ?? ''}${empty}` : `one of ${listed.join(', ')}${empty}`;
}

function describeReason(issue: IssueInput): string {
  const input: unknown = issue.input;
  // A message the schema words itself ("a map needs at least one stage") says it best; zod's own defaults do not.
  if (issue.code !== 'custom' && !/^(Invalid|Too (big|small):|Unrecognized key)/.test(issue.message) && issue.message !== '') return issue.message;
  const got = `got ${describeValue(input)}`;
  // A required field that is absent fails as a wrong type, value or form with nothing as its input.
  if (input === undefined && ['invalid_type', 'invalid_value', 'invalid_union', 'invalid_format'].includes(issue.code)) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
    case 'invalid_value':
      return `should be ${describeExpected(issue.values)}; ${got}`;
    case 'invalid_union': {
      // A discriminated union reports the discriminator's allowed values as `options`.
      const options = 'options' in issue ? (issue.options as readonly unknown[]) : undefined;
      const found =
        issue.discriminator !== undefined && typeof input === 'object' && input !== null && issue.discriminator in input
          ? `got ${describeValue((input as Record<string, unknown>)[issue.discriminator])}`
          : got;
      return options === undefined ? `is not in a recognised form; ${got}` : `should be ${describeExpected(options)}; ${found}`;
    }
    case 'too_small':
      if (issue.origin === 'string') {
        if (Number(issue.minimum) > 1) return `is shorter than ${String(issue.minimum)} characters`;
        return issue.path.some((part) => typeof part === 'number') ? 'is empty; fill it in or remove it' : 'must not be empty';
      }
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'item' : 'items'}`;
      return `should be at least ${String(issue.minimum)}; ${got}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return typeof input === 'string'
          ? `is ${formatNumber(input.length)} characters long; the limit is ${formatNumber(Number(issue.maximum))}`
          : `is longer than the limit of ${String(issue.maximum)} characters`;
      }
      if (issue.origin === 'array') {
        return Array.isArray(input) ? `has ${formatNumber(input.length)} items; the limit is ${formatNumber(Number(issue.maximum))}` : `has more than ${formatNumber(Number(issue.maximum))} items`;
      }
      return `should be at most ${String(issue.maximum)}; ${got}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `should be a date and time such as "2026-03-01T10:00:00Z"; ${got}`;
      if (issue.format === 'regex' && issue.path.at(-1) === 'id') return `should be 1 to 40 letters, digits, "-" or "_"; ${got}`;
      return `is not in the expected form; ${got}`;
    case 'unrecognized_keys':
      return `has fields this tool does not use: ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    default:
      // A tool's own message (a refinement, a migration that failed) is already in words.
      return issue.message === '' ? 'is not valid' : issue.message;
  }
}
