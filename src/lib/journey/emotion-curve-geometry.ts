import type { CurvePoint } from './emotion-curve.ts';
import { EMOTION_SCORES } from './journey-vocabulary.ts';

/** The drawing area of the curve chart, in SVG user units. */
export interface CurveLayout {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  readonly stageCount: number;
}

const [LOWEST] = EMOTION_SCORES;
const HIGHEST = EMOTION_SCORES[4];

/**
 * The x of a stage's centre: stages share the width equally, like the map's columns.
 *
 * @example getStageX(0, { width: 500, left: 0, right: 0, stageCount: 5, … }) // 50
 */
export function getStageX(stageIndex: number, layout: CurveLayout): number {
  const columnWidth = (layout.width - layout.left - layout.right) / Math.max(1, layout.stageCount);
  return round(layout.left + columnWidth * (stageIndex + 0.5));
}

/**
 * The y of a score: +2 at the top of the drawing area, −2 at the bottom.
 *
 * @example getScoreY(0, { height: 200, top: 0, bottom: 0, … }) // 100
 */
export function getScoreY(score: number, layout: CurveLayout): number {
  const clamped = Math.min(HIGHEST, Math.max(LOWEST, score));
  const plotHeight = layout.height - layout.top - layout.bottom;
  return round(layout.top + ((HIGHEST - clamped) / (HIGHEST - LOWEST)) * plotHeight);
}

/**
 * SVG path data for a curve: one line per run of scored stages, broken at gaps (a stage with no score),
 * so the chart never draws a value nobody gave. A scored stage alone between gaps has no line, only its
 * marker.
 *
 * @param points the curve's points, in stage order
 * @param layout the drawing area
 * @returns one `d` attribute per run of two or more points
 * @example getCurvePaths(points([1, -1, null, 2]), layout) // ['M50 50L150 150']
 */
export function getCurvePaths(points: readonly CurvePoint[], layout: CurveLayout): string[] {
  const paths: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= 2) paths.push(run.join(''));
    run = [];
  };
  for (const point of points) {
    if (point.score === null) {
      close();
      continue;
    }
    run.push(`${run.length === 0 ? 'M' : 'L'}${String(getStageX(point.stageIndex, layout))} ${String(getScoreY(point.score, layout))}`);
  }
  close();
  return paths;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
