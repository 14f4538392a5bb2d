/**
 * Versions of the journey map data shape, and how older data is upgraded (run by ../portable/migrate.ts).
 *
 * Saved maps (`touchpoint:journey-maps`), exported files and share codes all carry the version. When the shape
 * changes: bump `JOURNEY_MAP_VERSION`, add a step turning one old-version map into the next version's shape, and
 * keep the old step forever (files and links live outside this site). The result is validated by the current
 * schema, so a step only has to reshape, never to check: a value it does not recognise is passed on unchanged
 * for the schema to report.
 *
 * - Version 1: the first shape. A stage held one `metric` (or null); a pain point's `severity` was 1–3.
 * - Version 2: a stage holds `metrics` (a list, e.g. CSAT and CES side by side); severity is the scale personas
 *   use (../severity.ts: 1 → low, 2 → medium, 3 → high); optional `emotionIsExample` on a stage and
 *   `dimension` on an opportunity, absent in older data.
 */
import { migrateEachItem, type Migrations } from '../portable/migrate.ts';
import { getSeverityFromLegacyRating } from '../severity.ts';

/** The version of the map data shape this code reads and writes. */
export const JOURNEY_MAP_VERSION = 2;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One version-1 pain point in the version-2 shape: its 1–3 severity named on the shared scale. */
function upgradePainPoint(painPoint: unknown): unknown {
  if (!isObject(painPoint) || !('severity' in painPoint)) return painPoint;
  const severity = getSeverityFromLegacyRating(painPoint.severity);
  return severity === undefined ? painPoint : { ...painPoint, severity };
}

/** One version-1 stage in the version-2 shape: `metric` becomes the one-entry list `metrics`. */
function upgradeStage(stage: unknown): unknown {
  if (!isObject(stage)) return stage;
  const { metric, ...rest } = stage;
  const upgraded: JsonObject = { ...rest };
  if (!('metrics' in stage)) {
    if (metric !== undefined) upgraded.metrics = metric === null ? [] : [metric];
  } else if (metric !== undefined) {
    upgraded.metric = metric;
  }
  if (Array.isArray(stage.painPoints)) upgraded.painPoints = stage.painPoints.map(upgradePainPoint);
  return upgraded;
}

/**
 * Turn one version-1 map into the version-2 shape.
 *
 * @param map a version-1 map as plain JSON values (anything: what it does not recognise it leaves alone)
 * @returns the map with `metrics` lists and named severities
 * @example upgradeJourneyMapV1({ stages: [{ metric: null, painPoints: [{ severity: 3 }] }] }) // { stages: [{ metrics: [], painPoints: [{ severity: 'high' }] }] }
 */
export function upgradeJourneyMapV1(map: unknown): unknown {
  if (!isObject(map) || !Array.isArray(map.stages)) return map;
  return { ...map, stages: map.stages.map(upgradeStage) };
}

/** Every step from the oldest version still read to the current one. */
export const JOURNEY_MAP_MIGRATIONS: Migrations = { current: JOURNEY_MAP_VERSION, oldest: 1, steps: { 1: upgradeJourneyMapV1 } };

/** The saved collection's migrations (`touchpoint:journey-maps`): each map step applied to every saved map. */
export const JOURNEY_COLLECTION_MIGRATIONS = migrateEachItem(JOURNEY_MAP_MIGRATIONS, 'maps');
