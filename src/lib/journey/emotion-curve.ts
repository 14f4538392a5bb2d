import type { JourneyMap, Stage } from './journey-map-schema.ts';
import { CURVE_KINDS, type CurveKind } from './journey-vocabulary.ts';
import { getStageLabel } from './stage-operations.ts';

/** One stage on a curve. */
export interface CurvePoint {
  readonly stageId: string;
  readonly stageIndex: number;
  readonly stageName: string;
  /** −2 to +2; a touchpoint average may be fractional; null when the stage has no score (a gap). */
  readonly score: number | null;
  /** Where the score comes from: the stage's own score, the average of its touchpoints, or nowhere. */
  readonly source: 'stage' | 'touchpoints' | 'none';
}

/** The emotion curve of one persona, as is or to be. */
export interface EmotionCurve {
  /** `<personaKey>:<curve>`, unique on a map. */
  readonly id: string;
  readonly personaKey: string;
  readonly personaName: string;
  /** The persona's place on the map (0 for the first), which picks its colour and marker. */
  readonly personaIndex: number;
  readonly curve: CurveKind;
  readonly points: readonly CurvePoint[];
}

/** Which curves to draw; everything when left out. */
export interface CurveFilter {
  readonly personaKeys?: readonly string[];
  readonly curves?: readonly CurveKind[];
}

/**
 * The emotion curves of a map: for each persona, the "as is" curve and, when any stage has a "to be"
 * score for them, the "to be" curve.
 *
 * A stage's point is its own score for that persona and curve. When an "as is" score is missing, the
 * average of the stage's touchpoint scores stands in (touchpoints are scored as they are today, and are
 * shared by every persona on the map). Otherwise the stage is a gap: the line breaks there rather than
 * inventing a value.
 *
 * @param map the map
 * @param filter personas and curves to keep (all when left out)
 * @returns the curves, personas in map order, "as is" before "to be"
 * @example getEmotionCurves(map)[0].points.map((point) => point.score) // [0, 1, -2, null, 1]
 */
export function getEmotionCurves(map: JourneyMap, filter: CurveFilter = {}): EmotionCurve[] {
  const curves: EmotionCurve[] = [];
  map.personas.forEach((persona, personaIndex) => {
    if (filter.personaKeys && !filter.personaKeys.includes(persona.key)) return;
    for (const curve of CURVE_KINDS) {
      if (filter.curves && !filter.curves.includes(curve)) continue;
      const points = map.stages.map((stage, stageIndex) => getPoint(stage, stageIndex, persona.key, curve));
      if (curve === 'to-be' && points.every((point) => point.score === null)) continue;
      curves.push({
        id: `${persona.key}:${curve}`,
        personaKey: persona.key,
        personaName: persona.name.trim() || 'Unnamed persona',
        personaIndex,
        curve,
        points,
      });
    }
  });
  return curves;
}

function getPoint(stage: Stage, stageIndex: number, personaKey: string, curve: CurveKind): CurvePoint {
  const base = { stageId: stage.id, stageIndex, stageName: getStageLabel(stage, stageIndex) };
  const own = stage.emotions.find((entry) => entry.personaKey === personaKey && entry.curve === curve);
  if (own) return { ...base, score: own.score, source: 'stage' };
  if (curve === 'as-is') {
    const scores = stage.touchpoints.flatMap((touchpoint): number[] => (touchpoint.emotion === null ? [] : [touchpoint.emotion]));
    if (scores.length > 0) return { ...base, score: scores.reduce((sum, score) => sum + score, 0) / scores.length, source: 'touchpoints' };
  }
  return { ...base, score: null, source: 'none' };
}
