/** The fields of a guide used to group and filter the index. */
export interface GroupableGuide {
  readonly id: string;
  readonly data: {
    readonly theme: string;
    readonly stages: readonly string[];
    readonly tags: readonly string[];
    readonly paths: readonly string[];
  };
}

/**
 * Group guides under each key of a fixed vocabulary, keeping the vocabulary's order and the guides' order.
 * Keys with no guide are left out.
 *
 * @param guides guides in reading order
 * @param keys the vocabulary (themes, stages or learning paths) in display order
 * @param keysOf which keys a guide belongs to
 * @returns `[key, guides]` pairs
 * @example groupBy(guides, ['foundations', 'journeys'], (g) => [g.data.theme])
 */
export function groupBy<T extends GroupableGuide, K extends string>(
  guides: readonly T[],
  keys: readonly K[],
  keysOf: (guide: T) => readonly string[],
): [K, T[]][] {
  return keys
    .map((key): [K, T[]] => [key, guides.filter((guide) => keysOf(guide).includes(key))])
    .filter(([, members]) => members.length > 0);
}

/**
 * Every tag used by at least one guide, with how many guides use it, sorted alphabetically.
 *
 * @param guides all published guides
 * @returns tags with counts
 * @example countTags([{ id: 'a', data: { tags: ['nps'], … } }]) // [{ tag: 'nps', count: 1 }]
 */
export function countTags(guides: readonly GroupableGuide[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const guide of guides) {
    for (const tag of new Set(guide.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}
