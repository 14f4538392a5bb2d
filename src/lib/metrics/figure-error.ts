/** A typed business figure (customers, revenue, a rate) that cannot be right whatever the others are. */
export type FigureError<Field extends string> =
  /** NaN or ±Infinity: nothing usable was entered. */
  | { readonly kind: 'not-finite'; readonly field: Field }
  /** Below zero, which no count, amount or rate here can be. */
  | { readonly kind: 'negative'; readonly field: Field; readonly value: number };

/**
 * Find the first figure, in the order given, that is not finite or is negative.
 *
 * @param figures the figures by name (a missing one counts as not finite)
 * @param fields which to check, in order
 * @returns the first problem, or null when all are finite and >= 0
 * @see https://en.wikipedia.org/wiki/Data_validation
 * @example findFigureError({ start: 10, lost: -1 }, ['start', 'lost']) // { kind: 'negative', field: 'lost', value: -1 }
 */
export function findFigureError<Field extends string>(
  figures: Readonly<Partial<Record<Field, number>>>,
  fields: readonly Field[],
): FigureError<Field> | null {
  for (const field of fields) {
    const value = figures[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'not-finite', field };
    if (value < 0) return { kind: 'negative', field, value };
  }
  return null;
}
