import { describeSchemaIssue, formatSchemaIssue } from '../schema/describe-schema-issue.ts';
import type { z } from '../schema/zod.ts';
import { err, ok, type Result } from '../result.ts';

/**
 * Turn a zod schema into the `parse` function persisted stores take: typed data, or one readable message
 * naming the first field that is wrong and why, in the words of `describeSchemaIssue` (the storage notice
 * shows it to the person).
 *
 * @param schema the schema of the current version's data
 * @returns a validator that never throws
 * @example schemaParser(z.object({ text: z.string() }))({ text: 1 }) // err('text: should be text, not 1')
 * @example schemaParser(z.object({ text: z.string() }))({}) // err('text: is missing')
 */
export function schemaParser<S extends z.ZodMiniType>(schema: S): (data: unknown) => Result<z.output<S>, string> {
  return (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return ok(result.data);
    const issue = result.error.issues[0];
    if (issue === undefined) return err('invalid data');
    return err(formatSchemaIssue(describeSchemaIssue(issue)));
  };
}
