/**
 * Upgrading persona data saved, exported or shared by an earlier version of the builder (run by
 * ../portable/migrate.ts): the collection store runs it over each saved persona, an exported file by its
 * `version` field, a share link by its leading version number. Version 1 is the first shape, so there is
 * nothing to upgrade yet. When the shape changes, bump `PERSONA_SCHEMA_VERSION` and add step 1, turning one
 * version-1 persona into version 2.
 */
import { migrateEachItem, type Migrations } from '../portable/migrate.ts';

/** The version of the persona shape this builder writes (persona-schema.ts). */
export const PERSONA_SCHEMA_VERSION = 1;

/** The migrations this version of the builder knows. */
export const PERSONA_MIGRATIONS: Migrations = { current: PERSONA_SCHEMA_VERSION, oldest: 1, steps: {} };

/** The saved collection's migrations (`touchpoint:personas`): each persona step applied to every saved persona. */
export const PERSONA_COLLECTION_MIGRATIONS = migrateEachItem(PERSONA_MIGRATIONS, 'personas');
