/**
 * Versions of the journey map data shape, and how older data is upgraded (run by ../portable/migrate.ts).
 *
 * Version 1 is the shape in journey-map-schema.ts. Saved maps (`touchpoint:journey-maps`), exported files and
 * share codes all carry the version. When the shape changes: bump `JOURNEY_MAP_VERSION`, add a step turning one
 * old-version map into the next version's shape, and keep the old step forever (files and links live outside
 * this site). The result is validated by the current schema, so a step only has to reshape, never to check.
 */
import type { Migrations } from '../portable/migrate.ts';

/** The version of the map data shape this code reads and writes. */
export const JOURNEY_MAP_VERSION = 1;

/** No older shape exists yet: version 1 is the first. */
export const JOURNEY_MAP_MIGRATIONS: Migrations = { current: JOURNEY_MAP_VERSION, oldest: 1, steps: {} };
