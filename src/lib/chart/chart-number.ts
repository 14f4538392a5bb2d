/**
 * Numbers on a survey chart and in its table, through the shared formatters: a score in its unit (points, a
 * percentage, or a plain mean such as CES), with as many decimals as the axis's span calls for.
 */
import { formatNumber, formatPercent, NOT_A_NUMBER } from '../text/format.ts';

/** The unit a chart's values are in: NPS points, a percentage (0 to 100, as CSAT), or none (a mean, as CES). */
export type ChartUnit = 'points' | '%' | '';

/** Above this span (NPS −100…100, CSAT 0…100) one decimal tells scores apart; on a short scale (CES 1…7), two. */
const WIDE_SPAN = 20;

/**
 * How many decimals (at most) a value on an axis over `domain` is written with.
 *
 * @example getChartDecimals([-100, 100]) // 1
 * @example getChartDecimals([1, 7]) // 2
 */
export function getChartDecimals(domain: readonly [number, number]): number {
  const span = Math.abs(domain[1] - domain[0]);
  return Number.isFinite(span) && span <= WIDE_SPAN ? 2 : 1;
}

/**
 * A value as a reader sees it on a chart: "32.5", "−12", "87.5%" (the locale's percent pattern), or "–" for no
 * value. `unit` is the chart's unit: a percentage is given as 0 to 100, not as a share.
 *
 * @param value the value, or null when there is none
 * @param unit 'points', '%' or ''
 * @param options `maximumDecimals` (default 1) and `locale`
 * @returns the text, never NaN or Infinity
 * @example formatChartValue(87.5, '%', { locale: 'en-GB' }) // '87.5%'
 * @example formatChartValue(-12, 'points', { locale: 'en-GB' }) // '−12'
 */
export function formatChartValue(
  value: number | null,
  unit: string,
  options: { readonly maximumDecimals?: number; readonly locale?: string | undefined } = {},
): string {
  if (value === null || !Number.isFinite(value)) return NOT_A_NUMBER;
  const decimals = { maximumDecimals: options.maximumDecimals ?? 1, locale: options.locale };
  return unit === '%' ? formatPercent(value / 100, decimals) : formatNumber(value, decimals);
}
