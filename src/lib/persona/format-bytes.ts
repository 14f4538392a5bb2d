/**
 * A file size in the units people read: bytes, KB or MB (1 KB = 1,024 bytes), KB rounded to a whole number, MB to one decimal.
 *
 * @param bytes the size
 * @returns e.g. "7.2 MB"
 * @example formatBytes(7_549_747) // '7.2 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
