/**
 * The arithmetic mean of a list of numbers, in O(n).
 * See https://en.wikipedia.org/wiki/Arithmetic_mean
 *
 * @throws {RangeError} on an empty list (a programmer error: callers check for answers first)
 * @example
 * getMean([2, 3, 3]); // => 2.6666666666666665
 */
export function getMean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean requires at least one value');
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
