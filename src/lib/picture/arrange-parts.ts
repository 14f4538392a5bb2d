/**
 * Several parts of a page in one picture (a heading, a radar chart, a table): stacked in one column, or split
 * into two side by side when that lets them be drawn larger on the page (tall results on a wide slide).
 */
import { fitIntoFrame, type Size } from './fit-into-frame.ts';

export interface Arrangement {
  /** Where each part's top-left corner goes, in the order given. */
  readonly offsets: readonly { readonly x: number; readonly y: number }[];
  /** The size of everything together. */
  readonly width: number;
  readonly height: number;
}

function getSafeSize(size: Size): Size {
  const clean = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);
  return { width: clean(size.width), height: clean(size.height) };
}

/** Parts in order, in columns split at `splits` (indexes where a new column starts), `gap` apart both ways. */
function arrange(sizes: readonly Size[], splits: readonly number[], gap: number): Arrangement {
  const offsets: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let columnWidth = 0;
  let width = 0;
  let height = 0;
  sizes.forEach((size, index) => {
    if (splits.includes(index)) {
      x += columnWidth + gap;
      y = 0;
      columnWidth = 0;
    }
    offsets.push({ x, y });
    columnWidth = Math.max(columnWidth, size.width);
    width = Math.max(width, x + size.width);
    height = Math.max(height, y + size.height);
    y += size.height + gap;
  });
  return { offsets, width, height };
}

/**
 * Arrange parts in one column, or in two (split where the taller column is shortest, order kept: the first
 * parts on the left), whichever fits `frame` less `margin` at the larger scale. Sizes that are not finite or
 * not positive count as 0.
 *
 * @param sizes each part's size, in reading order
 * @param frame the page
 * @param margin the page's margin
 * @param gap space between parts (default 24)
 * @returns each part's offset and the size of the whole
 * @example arrangeParts([{ width: 400, height: 100 }, { width: 400, height: 400 }, { width: 400, height: 300 }], { width: 1920, height: 1080 }, 48)
 * // → two columns: offsets (0, 0), (0, 124), (424, 0); 824 × 524
 */
export function arrangeParts(sizes: readonly Size[], frame: Size, margin: number, gap = 24): Arrangement {
  const safe = sizes.map(getSafeSize);
  const single = arrange(safe, [], gap);
  if (safe.length < 2) return single;
  let best = single;
  let bestScale = fitIntoFrame(single, frame, margin, Number.POSITIVE_INFINITY).scale;
  for (let split = 1; split < safe.length; split += 1) {
    const candidate = arrange(safe, [split], gap);
    const scale = fitIntoFrame(candidate, frame, margin, Number.POSITIVE_INFINITY).scale;
    if (scale > bestScale) {
      best = candidate;
      bestScale = scale;
    }
  }
  return best;
}
