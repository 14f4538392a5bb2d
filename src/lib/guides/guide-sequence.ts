/** The fields of a guide that decide its place in the reading order. */
export interface SequencedGuide {
  readonly id: string;
  readonly data: { readonly order: number; readonly title: string };
}

/**
 * Sort guides into the playbook's reading order (by `order`, then title so the result never depends on file order).
 *
 * @param guides guides in any order
 * @returns a new sorted array
 * @example sortByReadingOrder([{ id: 'b', data: { order: 2, title: 'B' } }, { id: 'a', data: { order: 1, title: 'A' } }]).map((g) => g.id) // ['a', 'b']
 */
export function sortByReadingOrder<T extends SequencedGuide>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/**
 * The guides before and after one guide in a reading order.
 *
 * @param sortedGuides guides already in reading order
 * @param id the current guide's id
 * @returns the neighbours, `undefined` at either end or when `id` is not in the list
 * @example getNeighbours(sorted, 'customer-journey') // { previous: whatIsCx, next: touchpoints }
 */
export function getNeighbours<T extends SequencedGuide>(
  sortedGuides: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = sortedGuides.findIndex((guide) => guide.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: sortedGuides[index - 1], next: sortedGuides[index + 1] };
}

/**
 * Find `order` values used by more than one guide, which would make the reading order ambiguous.
 *
 * @param guides all guides
 * @returns each duplicated order with the ids that share it
 * @example findDuplicateOrders([{ id: 'a', data: { order: 1, title: 'A' } }, { id: 'b', data: { order: 1, title: 'B' } }]) // [{ order: 1, ids: ['a', 'b'] }]
 */
export function findDuplicateOrders(guides: readonly SequencedGuide[]): { order: number; ids: string[] }[] {
  const idsByOrder = new Map<number, string[]>();
  for (const guide of guides) {
    idsByOrder.set(guide.data.order, [...(idsByOrder.get(guide.data.order) ?? []), guide.id]);
  }
  return [...idsByOrder].filter(([, ids]) => ids.length > 1).map(([order, ids]) => ({ order, ids }));
}
