/**
 * Positions on a chart: where a value sits along an axis, which round numbers to tick, and how many period
 * labels fit side by side. Plain numbers in, plain numbers out: every result is finite, whatever comes in, so
 * no NaN or Infinity reaches an SVG attribute.
 */

/** A value's position along an axis, in the chart's own units (the SVG viewBox). */
export type LinearScale = (value: number) => number;

/** Decimals kept in a coordinate: a hundredth of a viewBox unit is far below a pixel and keeps the markup short. */
const COORDINATE_DECIMALS = 100;

/**
 * A coordinate rounded to hundredths, so server and browser write the same attribute text (and never −0).
 *
 * @example roundCoordinate(1 / 3) // 0.33
 */
export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * COORDINATE_DECIMALS) / COORDINATE_DECIMALS;
  return rounded === 0 ? 0 : rounded;
}

/**
 * The domain to draw: the one given when it is finite and increasing; otherwise one unit either side of the
 * one finite end there is (or of 0; a millionth of it for a huge one), so a broken domain still draws instead of
 * dividing by zero.
 *
 * @example getDrawableDomain([-100, 100]) // [-100, 100]
 * @example getDrawableDomain([5, 5]) // [4, 6]
 */
export function getDrawableDomain(domain: readonly [number, number]): readonly [number, number] {
  const [low, high] = domain;
  if (Number.isFinite(low) && Number.isFinite(high) && high > low) return [low, high];
  const anchor = Number.isFinite(low) ? low : Number.isFinite(high) ? high : 0;
  // ±1 is lost in rounding past 2^53 (1e16 + 1 is 1e16): widen by a millionth of the value there, within doubles.
  const spread = Math.max(1, Math.abs(anchor) * 1e-6);
  return [Math.max(-Number.MAX_VALUE, anchor - spread), Math.min(Number.MAX_VALUE, anchor + spread)];
}

/**
 * A linear map from `domain` onto `range` (which may run backwards, as a y axis does). Values outside the
 * domain are held at its ends, so a score past the axis is drawn at the edge; the table beside the chart
 * gives the real number. A value that is not finite is drawn at the start of the range.
 *
 * @param domain the values at the two ends of the axis, e.g. [-100, 100]
 * @param range the positions of those ends, e.g. [200, 600]
 * @returns the scale
 * @example createLinearScale([-100, 100], [200, 600])(0) // 400
 */
export function createLinearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [low, high] = getDrawableDomain(domain);
  const [start, end] = range;
  return (value) => {
    if (!Number.isFinite(value)) return roundCoordinate(start);
    const clamped = Math.min(Math.max(value, low), high);
    // The difference of two finite doubles can overflow (1e308 − −1e308); then take halves, which cannot.
    const share = Number.isFinite(high - low) ? (clamped - low) / (high - low) : (clamped / 2 - low / 2) / (high / 2 - low / 2);
    return roundCoordinate(start + share * (end - start));
  };
}

/** Steps an axis may tick by, times a power of ten: 1, 2, 2.5 and 5 read as round numbers. */
const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * Round numbers inside a domain to tick an axis with: about `targetCount` of them, a step of 1, 2, 2.5 or 5
 * times a power of ten, and never more than `targetCount` × 2 + 1.
 *
 * @param domain the axis's ends
 * @param targetCount about how many ticks (default 5)
 * @returns the ticks in increasing order
 * @example getNiceTicks([-100, 100]) // [-100, -50, 0, 50, 100]
 * @example getNiceTicks([0, 100]) // [0, 25, 50, 75, 100]
 * @example getNiceTicks([1, 7], 7) // [1, 2, 3, 4, 5, 6, 7]
 * @see https://github.com/d3/d3-array/blob/main/src/ticks.js (the same idea: steps of 1, 2, 5 × 10^k)
 */
export function getNiceTicks(domain: readonly [number, number], targetCount = 5): readonly number[] {
  const [low, high] = getDrawableDomain(domain);
  const rough = (high / 2 - low / 2) / Math.max(1, targetCount - 1) * 2;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE_STEPS.find((nice) => nice * power >= rough * 0.999) ?? 10) * power;
  const first = Math.ceil(low / step - 1e-9);
  const last = Math.floor(high / step + 1e-9);
  // A span too wide or too narrow for a double to step through (±1e308, 1e-320): tick the two ends only.
  if (!(step > 0) || !Number.isFinite(step) || !Number.isFinite(first) || !Number.isFinite(last)) return [low, high];
  const ticks: number[] = [];
  for (let index = first; index <= last && ticks.length <= targetCount * 2; index += 1) {
    // Multiply rather than add, so 0.1 + 0.2 errors do not pile up; then wash out what is left.
    ticks.push(Number((index * step).toPrecision(12)) || 0);
  }
  // Rounding to 12 digits can push a tick of a sub-normal domain past its end: keep those inside.
  const inside = ticks.filter((tick) => tick >= low && tick <= high);
  return inside.length > 0 ? inside : [low, high];
}

/** Strides that read as calendar steps when periods are months: every 1, 2, 3, 4, 6 or 12, then whole years. */
const LABEL_STRIDES = [1, 2, 3, 4, 6, 12] as const;

/**
 * Every how many periods an axis label can be written without overlapping the next: the smallest calendar-like
 * stride (1, 2, 3, 4, 6, 12, 24, 36…) whose labels are at least `labelWidth` apart.
 *
 * @param slotWidth the distance between two neighbouring periods
 * @param labelWidth the width of the widest label, with its margin
 * @returns the stride, at least 1
 * @example getLabelStride(4.8, 56) // 12
 */
export function getLabelStride(slotWidth: number, labelWidth: number): number {
  if (!(slotWidth > 0) || !Number.isFinite(slotWidth) || !(labelWidth > 0) || !Number.isFinite(labelWidth)) return 1;
  const needed = Math.ceil(labelWidth / slotWidth - 1e-9);
  const calendar = LABEL_STRIDES.find((stride) => stride >= needed);
  return calendar ?? Math.ceil(needed / 12) * 12;
}

/**
 * How many ticks to ask `getNiceTicks` for: every whole number on a short whole-number scale (CES 1…7),
 * otherwise about five.
 *
 * @example getTickCount([1, 7]) // 7
 * @example getTickCount([-100, 100]) // 5
 */
export function getTickCount(domain: readonly [number, number]): number {
  const span = domain[1] - domain[0];
  return Number.isInteger(span) && span <= 10 ? span + 1 : 5;
}

/**
 * The outline of a triangle pointing up (above) or down (below) centred on (x, y): a marker that says its
 * direction by shape, not colour alone.
 *
 * @example getTrianglePath(10, 10, 6, 'above') // 'M10 4L16 14.2L4 14.2Z'
 */
export function getTrianglePath(x: number, y: number, size: number, direction: 'above' | 'below'): string {
  const tip = direction === 'above' ? y - size : y + size;
  const base = direction === 'above' ? y + size * 0.7 : y - size * 0.7;
  const at = (value: number) => String(roundCoordinate(value));
  return `M${at(x)} ${at(tip)}L${at(x + size)} ${at(base)}L${at(x - size)} ${at(base)}Z`;
}
