/** Longest part of a repeated id kept before its copy number, so renamed ids stay within the id length limits. */
const KEPT_ID_CHARACTERS = 36;

/**
 * Give every item of a saved list its own id, in one pass: the first item with an id keeps it, a later one
 * gets `<id>-2`, `<id>-3`… (the first of those not taken). Each id remembers the copy number it reached, so
 * 20,000 items sharing one id take linear time, not the quadratic time of counting up from 2 for each.
 *
 * @returns a function taking an item's id and returning the id it should be kept under (never one returned before)
 * @example
 * const unique = createUniqueIds();
 * [unique('a'), unique('a'), unique('a')]; // => ['a', 'a-2', 'a-3']
 */
export function createUniqueIds(): (id: string) => string {
  const taken = new Set<string>();
  const nextCopy = new Map<string, number>();
  return (id) => {
    let unique = id;
    if (taken.has(id)) {
      // Numbers below nextCopy were all taken when tried, and taken ids are never released.
      let copy = nextCopy.get(id) ?? 2;
      for (; taken.has(`${id.slice(0, KEPT_ID_CHARACTERS)}-${String(copy)}`); copy++);
      unique = `${id.slice(0, KEPT_ID_CHARACTERS)}-${String(copy)}`;
      nextCopy.set(id, copy + 1);
    }
    taken.add(unique);
    return unique;
  };
}
