import type { z } from './zod.ts';
import { describeValue } from './describe-value.ts';

/** A problem in an imported file: where it is and why it is wrong. */
export type ImportIssue = {
  /** The field, e.g. `answers.strategy-vision.level`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
};

type SchemaIssue = z.core.$ZodIssue;

function describeExpected(values: readonly unknown[]): string {
  const listed = values.map((value) => JSON.stringify(value));
  return listed.length === 1 ? `${listed[0]}` : `one of ${listed.join(', ')}`;
}

/**
 * Turns a zod issue (parsed with `reportInput: true`) into a field path and a plain reason that
 * says what was expected and what was found.
 *
 * @example
 * describeSchemaIssue({ code: 'invalid_value', values: [1, 2, 3, 4, 5], path: ['answers', 'voc-sources', 'level'], input: 7, message: '…' });
 * // => { path: 'answers.voc-sources.level', message: 'expected one of 1, 2, 3, 4, 5, got 7' }
 */
export function describeSchemaIssue(issue: SchemaIssue): ImportIssue {
  const path = issue.path.map(String).join('.');
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return { path, message: issue.input === undefined ? 'is missing' : `expected ${issue.expected}, ${got}` };
    case 'invalid_value':
      return { path, message: `expected ${describeExpected(issue.values)}, ${got}` };
    case 'invalid_union': {
      // A discriminated union reports the discriminator's allowed values as `options`.
      const options = 'options' in issue ? issue.options : undefined;
      const input: unknown = issue.input;
      const found =
        issue.discriminator !== undefined && typeof input === 'object' && input !== null && issue.discriminator in input
          ? `got ${describeValue((input as Record<string, unknown>)[issue.discriminator])}`
          : got;
      return { path, message: options === undefined ? `is not in a recognised form, ${got}` : `expected ${describeExpected(options)}, ${found}` };
    }
    case 'invalid_format':
      return {
        path,
        message:
          issue.format === 'datetime' ? `expected a date-time such as "2026-03-01T10:00:00Z", ${got}` : `expected a ${issue.format}, ${got}`,
      };
    case 'too_small':
      return { path, message: issue.origin === 'string' && issue.minimum === 1 ? 'must not be empty' : `is too short (minimum ${issue.minimum})` };
    case 'too_big':
      return { path, message: `is too long (maximum ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''})` };
    default:
      return { path, message: issue.message };
  }
}
