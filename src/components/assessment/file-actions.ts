/** A file name stamp such as 2026-03-01. */
export function getDateStamp(date: Date): string {
  return date.toISOString().slice(0, 10);
}
