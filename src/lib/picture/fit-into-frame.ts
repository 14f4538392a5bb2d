/**
 * Where a picture goes on a page: scaled to fill the space inside the margins without distortion, centred, and
 * never blown up past a cap (a small chart on a slide gets bigger, but not so big its lines turn coarse).
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  /** Content units to page units: the same both ways, so nothing is stretched. */
  readonly scale: number;
  /** Where the content's top-left corner lands on the page. */
  readonly x: number;
  readonly y: number;
  /** The content's size on the page. */
  readonly width: number;
  readonly height: number;
}

/** How much a small picture may grow by default: three times its size on screen. */
export const DEFAULT_MAX_SCALE = 3;

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

/**
 * Fit `content` inside `frame` less `margin` on every side, keeping its proportions, centred.
 * Sizes that are zero, negative or not finite are treated as nothing to place (scale 0 at the frame's centre),
 * so the result never holds NaN or Infinity.
 *
 * @param content the picture's size, in its own units (CSS pixels on screen)
 * @param frame the page's size
 * @param margin space kept free on each side of the page (negative counts as 0)
 * @param maxScale the largest scale allowed (default DEFAULT_MAX_SCALE)
 * @returns scale, offsets and size on the page
 * @example fitIntoFrame({ width: 800, height: 600 }, { width: 1920, height: 1080 }, 40)
 * // → { scale: 1.6667, x: 293.33, y: 40, width: 1333.33, height: 1000 } (1000 / 600 is the tighter side)
 */
export function fitIntoFrame(content: Size, frame: Size, margin: number, maxScale = DEFAULT_MAX_SCALE): Placement {
  const frameWidth = isPositive(frame.width) ? frame.width : 0;
  const frameHeight = isPositive(frame.height) ? frame.height : 0;
  const safeMargin = isPositive(margin) ? margin : 0;
  const availableWidth = Math.max(0, frameWidth - 2 * safeMargin);
  const availableHeight = Math.max(0, frameHeight - 2 * safeMargin);
  const cap = isPositive(maxScale) ? maxScale : DEFAULT_MAX_SCALE;
  const hasContent = isPositive(content.width) && isPositive(content.height);
  const scale = hasContent ? Math.min(availableWidth / content.width, availableHeight / content.height, cap) : 0;
  const width = hasContent ? content.width * scale : 0;
  const height = hasContent ? content.height * scale : 0;
  return { scale, x: (frameWidth - width) / 2, y: (frameHeight - height) / 2, width, height };
}
