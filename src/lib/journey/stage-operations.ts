/**
 * Changes to a map's stages (its columns): rename, add, remove (and undo), move left or right, edit.
 * Every function returns a new map and leaves the one given untouched; stages are reordered with
 * buttons, never only by dragging.
 */
import { err, ok, type Result } from '../result.ts';
import { JOURNEY_LIMITS } from './journey-limits.ts';
import type { JourneyMap, Stage } from './journey-map-schema.ts';

/** A removed stage and where it was, so the removal can be undone. */
export interface RemovedStage {
  readonly stage: Stage;
  readonly index: number;
}

/** Why a stage could not be added or removed. */
export type StageChangeError =
  | { readonly kind: 'too-many-stages'; readonly limit: number }
  | { readonly kind: 'last-stage' }
  | { readonly kind: 'no-such-stage' };

/**
 * Change one stage.
 *
 * @param map the map
 * @param stageId the stage to change
 * @param change returns the changed stage (its id is kept)
 * @returns the map with the stage changed, or the same map when there is no such stage
 * @example updateStage(map, 's1', (stage) => ({ ...stage, goals: 'Pay fast' }))
 */
export function updateStage(map: JourneyMap, stageId: string, change: (stage: Stage) => Stage): JourneyMap {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const current = map.stages[index];
  if (!current) return map;
  const stages = [...map.stages];
  stages[index] = { ...change(current), id: current.id };
  return { ...map, stages };
}

/**
 * Give a stage a new name (kept as typed; the page shows "Stage 3" for an empty one).
 *
 * @example renameStage(map, 's1', 'Discover').stages[0].name // 'Discover'
 */
export function renameStage(map: JourneyMap, stageId: string, name: string): JourneyMap {
  return updateStage(map, stageId, (stage) => ({ ...stage, name }));
}

/**
 * Insert a stage at a position (at the end by default).
 *
 * @param map the map
 * @param stage the new stage
 * @param index where it goes: 0 is first; past the end means last
 * @returns the map, or why no stage can be added
 * @example addStage(map, createStage('s9', 'Loyalty')).value.stages.at(-1).name // 'Loyalty'
 */
export function addStage(map: JourneyMap, stage: Stage, index: number = map.stages.length): Result<JourneyMap, StageChangeError> {
  if (map.stages.length >= JOURNEY_LIMITS.stages) return err({ kind: 'too-many-stages', limit: JOURNEY_LIMITS.stages });
  const at = Math.max(0, Math.min(index, map.stages.length));
  return ok({ ...map, stages: [...map.stages.slice(0, at), stage, ...map.stages.slice(at)] });
}

/**
 * Remove a stage and everything in it. A map keeps at least one stage.
 *
 * @param map the map
 * @param stageId the stage to remove
 * @returns the map and what `restoreStage` needs to undo it, or why it cannot be removed
 * @example removeStage(map, 's2').value.removed.index // 1
 */
export function removeStage(map: JourneyMap, stageId: string): Result<{ map: JourneyMap; removed: RemovedStage }, StageChangeError> {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const stage = map.stages[index];
  if (!stage) return err({ kind: 'no-such-stage' });
  if (map.stages.length <= 1) return err({ kind: 'last-stage' });
  return ok({ map: { ...map, stages: map.stages.filter((known) => known.id !== stageId) }, removed: { stage, index } });
}

/**
 * Undo a removal: put the stage back where it was. Emotion scores of personas removed from the map since
 * are dropped, since the curve they belonged to is gone.
 *
 * @param map the map now
 * @param removed what `removeStage` returned
 * @returns the map with the stage back, or why it cannot come back (the map is full, or it is already there)
 * @example restoreStage(removeStage(map, 's2').value.map, removed).value.stages[1].id // 's2'
 */
export function restoreStage(map: JourneyMap, removed: RemovedStage): Result<JourneyMap, StageChangeError> {
  if (map.stages.some((stage) => stage.id === removed.stage.id)) return ok(map);
  const personaKeys = new Set(map.personas.map((persona) => persona.key));
  const stage = { ...removed.stage, emotions: removed.stage.emotions.filter((entry) => personaKeys.has(entry.personaKey)) };
  return addStage(map, stage, removed.index);
}

/**
 * Move a stage one place left (−1) or right (+1). Moving past either end changes nothing.
 *
 * @param map the map
 * @param stageId the stage to move
 * @param direction −1 for left (earlier), +1 for right (later)
 * @returns the reordered map
 * @example moveStage(map, 's1', 1).stages.map((stage) => stage.id) // ['s2', 's1', 's3']
 */
export function moveStage(map: JourneyMap, stageId: string, direction: -1 | 1): JourneyMap {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const target = index + direction;
  const stage = map.stages[index];
  const other = map.stages[target];
  if (!stage || !other) return map;
  const stages = [...map.stages];
  stages[index] = other;
  stages[target] = stage;
  return { ...map, stages };
}

/**
 * Whether a stage holds nothing but its name: removing it loses no notes.
 *
 * @example isStageEmpty(createStage('s1', 'Awareness')) // true
 */
export function isStageEmpty(stage: Stage): boolean {
  return (
    stage.goals.trim() === '' &&
    stage.actions.trim() === '' &&
    stage.thoughts.trim() === '' &&
    stage.touchpoints.length === 0 &&
    stage.emotions.length === 0 &&
    stage.painPoints.length === 0 &&
    stage.opportunities.length === 0 &&
    stage.metrics.length === 0
  );
}

/**
 * The name a stage is shown with: its own, or "Stage 3" when it has none yet.
 *
 * @example getStageLabel({ ...stage, name: ' ' }, 2) // 'Stage 3'
 */
export function getStageLabel(stage: Pick<Stage, 'name'>, index: number): string {
  const name = stage.name.trim();
  return name === '' ? `Stage ${String(index + 1)}` : name;
}
