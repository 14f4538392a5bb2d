import type { z } from '../schema/zod.ts';
import { err, ok, type Result } from '../result.ts';

/**
 * Turn a zod schema into the `parse` function persisted stores take: typed data, or one readable message
 * naming the first field that is wrong.
 *
 * @param schema the schema of the current version's data
 * @returns a validator that never throws
 * @example schemaParser(z.object({ text: z.string() }))({ text: 1 }) // err('text: expected string, received number')
 */
export function schemaParser<S extends z.ZodMiniType>(schema: S): (data: unknown) => Result<z.output<S>, string> {
  return (data) => {
    const result = schema.safeParse(data);
    if (result.success) return ok(result.data);
    const issue = result.error.issues[0];
    const path = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return err(`${path}${issue?.message ?? 'invalid data'}`);
  };
}
