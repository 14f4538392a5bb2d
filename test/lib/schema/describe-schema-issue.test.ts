import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { describeSchemaIssue } from '../../../src/lib/schema/describe-schema-issue.ts';

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
  expect(result.success ? [] : result.error.issues.map(describeSchemaIssue)).toMatchInlineSnapshot(`
    [
      {
        "message": "expected number, got a list",
        "path": "count",
      },
      {
        "message": "expected a date-time such as "2026-03-01T10:00:00Z", got "now"",
        "path": "when",
      },
      {
        "message": "is too long (maximum 5 characters)",
        "path": "name",
      },
      {
        "message": "expected one of "a", "b", got null",
        "path": "pick",
      },
      {
        "message": "expected one of "x", "y", got "z"",
        "path": "item.kind",
      },
    ]
  `);
});

test('a missing field is "missing", an empty string "must not be empty"', () => {
  const result = schema.safeParse({ when: '2026-03-01T10:00:00Z', name: '', pick: 'a', item: { kind: 'x' } }, { reportInput: true });
  expect(result.success ? [] : result.error.issues.map(describeSchemaIssue)).toMatchInlineSnapshot(`
    [
      {
        "message": "is missing",
        "path": "count",
      },
      {
        "message": "must not be empty",
        "path": "name",
      },
    ]
  `);
});
