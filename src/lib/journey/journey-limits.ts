/**
 * How big a journey map may grow. These keep a map readable on one landscape page, keep share links short
 * enough to paste, and keep many maps well inside the browser's storage quota (about 5 MB per site).
 * The editor's `maxLength` attributes, imports and share links all check against these numbers.
 */
export const JOURNEY_LIMITS = {
  /** Maps one browser keeps; new maps and imports past this are refused with a message. */
  maps: 50,
  /** Stages (columns) in one map. */
  stages: 12,
  /** Personas on one map, each with its own curve. */
  personas: 6,
  /** Touchpoints, pain points or opportunities in one stage. */
  itemsPerLane: 30,
  /** Channels a map adds to the default list. */
  customChannels: 20,
  /** Characters in a map's scenario. */
  scenario: 200,
  /** Characters in a persona's name on a map. */
  personaName: 120,
  /** Characters in a stage's name. */
  stageName: 80,
  /** Characters in a free-text lane of one stage (goals, actions, thoughts). */
  laneText: 2000,
  /** Characters in one touchpoint, pain point or opportunity. */
  itemText: 500,
  /** Characters in an owner (team) name. */
  owner: 80,
  /** Characters in a channel name. */
  channel: 40,
  /** Characters in a metric's label ("Post-purchase survey, March"). */
  metricLabel: 120,
  /** Measured metrics on one stage (e.g. NPS, CSAT and CES side by side). */
  metricsPerStage: 3,
  /** Characters of pasted scores behind one stage's metrics together (about 30,000 answers). */
  scoresText: 100_000,
  /** Characters in one typed count. */
  countText: 30,
} as const;

/** Largest JSON file an import reads (5 MB): far above 50 full maps. */
export const MAX_JOURNEY_IMPORT_BYTES = 5 * 1024 * 1024;
