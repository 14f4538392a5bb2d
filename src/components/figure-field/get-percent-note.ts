import { toPlainDecimal } from '../../lib/metrics/to-plain-decimal.ts';

/**
 * A note for a percent figure that may have been meant as a fraction: 0.05 typed for 5% reads as 0.05%.
 *
 * @param text what was typed
 * @param value the figure read from it, in percent; null when blank or unreadable
 * @returns the note, or undefined when the figure is 0, at least 1, or typed with a % sign
 * @example getPercentNote('0.05', 0.05) // 'Read as 0.05%. This field takes percents: for 5%, type 5.'
 */
export function getPercentNote(text: string, value: number | null): string | undefined {
  if (value === null || value <= 0 || value >= 1 || text.includes('%')) return undefined;
  return `Read as ${toPlainDecimal(value)}%. This field takes percents: for 5%, type 5.`;
}
