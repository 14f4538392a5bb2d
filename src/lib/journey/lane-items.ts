/**
 * Changes to the items of a stage's lanes (touchpoints, pain points, opportunities), its emotion scores and
 * the map's added channels. Every function returns a new map.
 */
import { err, ok, type Result } from '../result.ts';
import { JOURNEY_LIMITS } from './journey-limits.ts';
import type { JourneyMap, Stage } from './journey-map-schema.ts';
import { DEFAULT_CHANNELS, type CurveKind, type EmotionScore } from './journey-vocabulary.ts';
import { updateStage } from './stage-operations.ts';

/** The lanes that hold a list of items. */
export type ItemLane = 'touchpoints' | 'painPoints' | 'opportunities';
/** One item of a lane. */
export type LaneItem<L extends ItemLane> = Stage[L][number];

/** Why an item or channel could not be added. */
export type LaneChangeError =
  | { readonly kind: 'lane-full'; readonly limit: number }
  | { readonly kind: 'no-such-stage' }
  | { readonly kind: 'empty-channel' }
  | { readonly kind: 'channel-exists'; readonly name: string }
  | { readonly kind: 'too-many-channels'; readonly limit: number };

/**
 * Add an item at the end of a stage's lane.
 *
 * @param map the map
 * @param stageId the stage
 * @param lane touchpoints, painPoints or opportunities
 * @param item the new item, with its id
 * @returns the map, or why the item cannot be added
 * @example addLaneItem(map, 's1', 'painPoints', { id: 'p1', text: 'Slow', severity: 2 })
 */
export function addLaneItem<L extends ItemLane>(map: JourneyMap, stageId: string, lane: L, item: LaneItem<L>): Result<JourneyMap, LaneChangeError> {
  const stage = map.stages.find((known) => known.id === stageId);
  if (!stage) return err({ kind: 'no-such-stage' });
  if (stage[lane].length >= JOURNEY_LIMITS.itemsPerLane) return err({ kind: 'lane-full', limit: JOURNEY_LIMITS.itemsPerLane });
  return ok(updateStage(map, stageId, (current) => ({ ...current, [lane]: [...current[lane], item] })));
}

/**
 * Change one item of a lane (its id is kept).
 *
 * @example updateLaneItem(map, 's1', 'painPoints', 'p1', (item) => ({ ...item, severity: 3 }))
 */
export function updateLaneItem<L extends ItemLane>(
  map: JourneyMap,
  stageId: string,
  lane: L,
  itemId: string,
  change: (item: LaneItem<L>) => LaneItem<L>,
): JourneyMap {
  return updateStage(map, stageId, (stage) => ({
    ...stage,
    [lane]: (stage[lane] as readonly LaneItem<L>[]).map((item) => (item.id === itemId ? { ...change(item), id: item.id } : item)),
  }));
}

/**
 * Remove one item of a lane.
 *
 * @example removeLaneItem(map, 's1', 'painPoints', 'p1')
 */
export function removeLaneItem(map: JourneyMap, stageId: string, lane: ItemLane, itemId: string): JourneyMap {
  return updateStage(map, stageId, (stage) => ({
    ...stage,
    [lane]: (stage[lane] as readonly { id: string }[]).filter((item) => item.id !== itemId),
  }));
}

/**
 * Set (or clear, with null) how a persona feels at a stage, on the "as is" or the "to be" curve. Any edit
 * makes the stage's scores the team's own: a template's "example" mark is cleared.
 *
 * @param map the map
 * @param stageId the stage
 * @param personaKey the persona's key on this map
 * @param curve as-is or to-be
 * @param score −2 to +2, or null for "not scored"
 * @returns the map
 * @example setStageEmotion(map, 's1', 'p1', 'as-is', -2)
 */
export function setStageEmotion(map: JourneyMap, stageId: string, personaKey: string, curve: CurveKind, score: EmotionScore | null): JourneyMap {
  return updateStage(map, stageId, (stage) => {
    const others = stage.emotions.filter((entry) => !(entry.personaKey === personaKey && entry.curve === curve));
    return { ...withoutExampleMark(stage), emotions: score === null ? others : [...others, { personaKey, curve, score }] };
  });
}

/**
 * Keep a stage's example emotion scores (from a template) as the team's own: the "example" mark goes.
 *
 * @param map the map
 * @param stageId the stage
 * @returns the map, the stage's scores unchanged and no longer marked as examples
 * @example adoptExampleEmotions(map, 's1').stages[0].emotionIsExample // undefined
 */
export function adoptExampleEmotions(map: JourneyMap, stageId: string): JourneyMap {
  return updateStage(map, stageId, withoutExampleMark);
}

function withoutExampleMark(stage: Stage): Stage {
  const { emotionIsExample: _mark, ...rest } = stage;
  return rest;
}

/**
 * The score a persona gave a stage on a curve, or null.
 *
 * @example getStageEmotion(stage, 'p1', 'as-is') // -2
 */
export function getStageEmotion(stage: Stage, personaKey: string, curve: CurveKind): EmotionScore | null {
  return stage.emotions.find((entry) => entry.personaKey === personaKey && entry.curve === curve)?.score ?? null;
}

/**
 * Every channel a touchpoint can pick: the default list, then those this map added.
 *
 * @example getChannels({ customChannels: ['Kiosk'] }).at(-1) // 'Kiosk'
 */
export function getChannels(map: Pick<JourneyMap, 'customChannels'>): readonly string[] {
  return [...DEFAULT_CHANNELS, ...map.customChannels];
}

/**
 * Add a channel to this map's list (e.g. "Kiosk", "Partner portal").
 *
 * @param map the map
 * @param name the channel as typed (trimmed)
 * @returns the map, or why the channel was not added
 * @example addCustomChannel(map, 'Kiosk').value.customChannels // ['Kiosk']
 */
export function addCustomChannel(map: JourneyMap, name: string): Result<JourneyMap, LaneChangeError> {
  const channel = name.trim().slice(0, JOURNEY_LIMITS.channel);
  if (channel === '') return err({ kind: 'empty-channel' });
  const existing = getChannels(map).find((known) => known.toLowerCase() === channel.toLowerCase());
  if (existing !== undefined) return err({ kind: 'channel-exists', name: existing });
  if (map.customChannels.length >= JOURNEY_LIMITS.customChannels) return err({ kind: 'too-many-channels', limit: JOURNEY_LIMITS.customChannels });
  return ok({ ...map, customChannels: [...map.customChannels, channel] });
}

/**
 * Say why an item or channel could not be added.
 *
 * @example describeLaneChangeError({ kind: 'lane-full', limit: 30 }) // 'This lane already holds 30 items, the most a stage keeps.'
 */
export function describeLaneChangeError(error: LaneChangeError): string {
  switch (error.kind) {
    case 'lane-full':
      return `This lane already holds ${String(error.limit)} items, the most a stage keeps.`;
    case 'no-such-stage':
      return 'That stage is no longer on the map (it may have been removed in another tab).';
    case 'empty-channel':
      return 'Type the channel’s name first.';
    case 'channel-exists':
      return `“${error.name}” is already in the list of channels.`;
    case 'too-many-channels':
      return `A map can add up to ${String(error.limit)} channels of its own.`;
    default:
      return error satisfies never;
  }
}
