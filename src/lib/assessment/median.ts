/**
 * The median of a list of numbers: the middle value once sorted, or the mean of the two middle
 * values when the count is even. O(n log n). See https://en.wikipedia.org/wiki/Median
 *
 * @throws {RangeError} on an empty list (a programmer error)
 * @example
 * getMedian([4, 1, 3]); // => 3
 * getMedian([1, 2, 4, 5]); // => 3
 */
export function getMedian(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median requires at least one value');
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? Number.NaN;
  return (lower + upper) / 2;
}
