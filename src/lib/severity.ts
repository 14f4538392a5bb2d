/**
 * How badly a pain point hurts, on the one scale every tool uses: the persona builder's pain points and the
 * journey map's pain points both read and write these values, so a team compares like with like.
 *
 * Journey maps written before version 2 used 1–3; `getSeverityFromLegacyRating` maps those (1 → low,
 * 2 → medium, 3 → high) when old maps, files and links are opened (lib/journey/journey-migrations.ts).
 */

/** Severity values, from mildest to worst. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The words the pages show for each severity. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** The severity a new pain point starts with. */
export const DEFAULT_SEVERITY: Severity = 'medium';

/**
 * Whether a value is one of the severities.
 *
 * @param value anything
 * @returns true for 'low', 'medium', 'high' or 'critical'
 * @example isSeverity('high') // true
 */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * The severity of a journey map pain point written on the old 1–3 scale.
 *
 * @param rating the old rating (1 low, 2 medium, 3 high)
 * @returns the severity, or undefined when the rating is not 1, 2 or 3 (the schema then reports the value)
 * @example getSeverityFromLegacyRating(3) // 'high'
 */
export function getSeverityFromLegacyRating(rating: unknown): Severity | undefined {
  if (rating === 1) return 'low';
  if (rating === 2) return 'medium';
  if (rating === 3) return 'high';
  return undefined;
}
