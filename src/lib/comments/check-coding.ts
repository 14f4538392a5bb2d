/**
 * Checking a coding before trusting its counts: the comments no theme caught, the comments several themes
 * caught, and a reproducible random sample of coded comments to read (for one theme or all), so an analyst can
 * see whether the rules catch what they mean.
 */
import { createSeededRandom } from '../metrics/statistics/seeded-random.ts';
import type { CommentCoding } from './comment.ts';

/**
 * The comments with no theme.
 *
 * @param coding from `applyCodebook`
 * @returns their positions, ascending
 * @example listUncodedComments({ themes: [[0], [], [1, 2]], byHand: [false, false, false] }) // [1]
 */
export function listUncodedComments(coding: CommentCoding): number[] {
  const found: number[] = [];
  coding.themes.forEach((themes, comment) => {
    if (themes.length === 0) found.push(comment);
  });
  return found;
}

/**
 * The comments with more than one theme.
 *
 * @param coding from `applyCodebook`
 * @returns their positions, ascending
 * @example listMultiThemeComments({ themes: [[0], [], [1, 2]], byHand: [false, false, false] }) // [2]
 */
export function listMultiThemeComments(coding: CommentCoding): number[] {
  const found: number[] = [];
  coding.themes.forEach((themes, comment) => {
    if (themes.length > 1) found.push(comment);
  });
  return found;
}

/** What to sample: how many, from which seed, and optionally only comments coded with one theme (its position). */
export type CodedSampleOptions = { readonly size: number; readonly seed: number; readonly theme?: number };

/**
 * A random sample of coded comments, without replacement, the same for the same coding, size and seed. A larger
 * size with the same seed starts with the smaller sample (the draw continues), so "show more" keeps what was read.
 *
 * @param coding from `applyCodebook`
 * @param options `size` (whole, at most the comments available; anything else is clamped), `seed`, `theme`
 * @returns comment positions in the order drawn
 * @example sampleCodedComments(coding, { size: 20, seed: 7, theme: 2 }) // 20 positions of comments coded with theme 2 (fewer if fewer)
 */
export function sampleCodedComments(coding: CommentCoding, options: CodedSampleOptions): number[] {
  const { theme } = options;
  const candidates: number[] = [];
  coding.themes.forEach((themes, comment) => {
    if (theme === undefined ? themes.length > 0 : themes.includes(theme)) candidates.push(comment);
  });
  const wanted = Number.isFinite(options.size) ? Math.floor(options.size) : 0;
  const size = Math.max(0, Math.min(wanted, candidates.length));
  const random = createSeededRandom(options.seed);
  // The first `size` steps of a Fisher–Yates shuffle: each remaining comment equally likely at every draw.
  for (let drawn = 0; drawn < size; drawn += 1) {
    const pick = drawn + Math.floor(random() * (candidates.length - drawn));
    const chosen = candidates[pick] ?? 0;
    candidates[pick] = candidates[drawn] ?? 0;
    candidates[drawn] = chosen;
  }
  return candidates.slice(0, size);
}
