/**
 * A short description of a value found in data, for a message about it: strings and numbers as written
 * (long strings cut at 40 characters), other values by kind.
 *
 * @param value any value
 * @returns e.g. '"five"', '7', 'a list', 'an object', 'nothing'
 * @example describeValue([1, 2]) // 'a list'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
