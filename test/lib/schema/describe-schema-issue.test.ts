import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { describeSchemaIssue, formatSchemaIssue } from '../../../src/lib/schema/describe-schema-issue.ts';

const schema = z.object({
  count: z.number(),
  when: z.iso.datetime(),
  name: z.string().min(1).max(5),
  pick: z.enum(['a', 'b']),
  item: z.discriminatedUnion('kind', [z.object({ kind: z.literal('x') }), z.object({ kind: z.literal('y') })]),
});

test('says what was expected and what was found, per field', () => {
  const result = schema.safeParse(
    { count: [1], when: 'now', name: 'far too long', pick: null, item: { kind: 'z' } },
    { reportInput: true },
  );
  expect(result.success ? [] : result.error.issues.map((issue) => describeSchemaIssue(issue))).toMatchInlineSnapshot(`
    [
      {
        "message": "should be a number, not a list",
        "path": [
          "count",
        ],
        "place": "count",
      },
      {
        "message": "should be a date and time such as "2026-03-01T10:00:00Z"; got "now"",
        "path": [
          "when",
        ],
        "place": "when",
      },
      {
        "message": "is 12 characters long; the limit is 5",
        "path": [
          "name",
        ],
        "place": "name",
      },
      {
        "message": "should be one of "a", "b"; got null",
        "path": [
          "pick",
        ],
        "place": "pick",
      },
      {
        "message": "should be one of "x", "y"; got "z"",
        "path": [
          "item",
          "kind",
        ],
        "place": "item.kind",
      },
    ]
  `);
});

test('a missing field is "missing", an empty string "must not be empty"', () => {
  const result = schema.safeParse({ when: '2026-03-01T10:00:00Z', name: '', pick: 'a', item: { kind: 'x' } }, { reportInput: true });
  expect(result.success ? [] : result.error.issues.map((issue) => describeSchemaIssue(issue))).toMatchInlineSnapshot(`
    [
      {
        "message": "is missing",
        "path": [
          "count",
        ],
        "place": "count",
      },
      {
        "message": "must not be empty",
        "path": [
          "name",
        ],
        "place": "name",
      },
    ]
  `);
});

test('keeps a message the schema words itself, says an absent choice is missing, and names the place as the tool asks', () => {
  const worded = z.object({
    level: z.number().int().min(1, { error: 'expected a level from 1 to 5' }),
    pick: z.enum(['a', 'b']),
    tags: z.array(z.string().min(1)).max(2),
  });
  const result = worded.safeParse({ level: 0, tags: ['', 'x'] }, { reportInput: true });
  const named = (path: readonly (string | number)[]) => path.map((part) => (typeof part === 'number' ? `item ${String(part + 1)}` : part.toUpperCase())).join(' / ');
  expect(result.success ? [] : result.error.issues.map((issue) => formatSchemaIssue(describeSchemaIssue(issue, named)))).toEqual([
    'LEVEL: expected a level from 1 to 5',
    'PICK: is missing',
    'TAGS / item 1: is empty; fill it in or remove it',
  ]);
  expect(formatSchemaIssue(describeSchemaIssue({ code: 'custom', path: [], message: '' }))).toBe('is not valid');
});

test('names a record in words, not by zod’s type name', () => {
  const result = z.object({ targets: z.record(z.string(), z.number()) }).safeParse({ targets: null }, { reportInput: true });
  expect(result.success ? [] : result.error.issues.map((issue) => formatSchemaIssue(describeSchemaIssue(issue)))).toEqual(['targets: should be a set of named values, not null']);
});
