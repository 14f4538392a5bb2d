import { describe, expect, it } from 'vitest';
import type { CurvePoint } from '../../../src/lib/journey/emotion-curve';
import { getCurvePaths, getScoreY, getStageX, type CurveLayout } from '../../../src/lib/journey/emotion-curve-geometry';

const layout: CurveLayout = { width: 500, height: 240, top: 20, right: 0, bottom: 20, left: 0, stageCount: 5 };

function points(scores: readonly (number | null)[]): CurvePoint[] {
  return scores.map((score, stageIndex) => ({ stageId: `s${stageIndex}`, stageIndex, stageName: '', score, source: score === null ? 'none' : 'stage' }));
}

describe('emotion curve geometry', () => {
  it('puts each stage at the centre of an equal column', () => {
    expect([0, 1, 4].map((index) => getStageX(index, layout))).toEqual([50, 150, 450]);
    expect(getStageX(0, { ...layout, left: 100, stageCount: 1 })).toBe(300);
  });

  it('puts +2 at the top, −2 at the bottom and 0 in the middle', () => {
    expect(getScoreY(2, layout)).toBe(20);
    expect(getScoreY(0, layout)).toBe(120);
    expect(getScoreY(-2, layout)).toBe(220);
    expect(getScoreY(-0.5, layout)).toBe(145);
  });

  it('keeps scores outside the scale on the chart', () => {
    expect(getScoreY(5, layout)).toBe(20);
    expect(getScoreY(-5, layout)).toBe(220);
  });

  it('draws one line per run of scored stages, breaking at gaps', () => {
    expect(getCurvePaths(points([1, -1, null, 2, 0]), layout)).toEqual(['M50 70L150 170', 'M350 20L450 120']);
  });

  it('draws no line for a stage alone between gaps, or for no scores', () => {
    expect(getCurvePaths(points([null, 1, null]), layout)).toEqual([]);
    expect(getCurvePaths(points([]), layout)).toEqual([]);
  });
});
