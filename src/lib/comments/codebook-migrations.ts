/**
 * Upgrading a codebook saved or exported by an earlier version of the comments view (run by
 * ../portable/migrate.ts): an export file by its `version` field. Version 1 is the first shape, so there is
 * nothing to upgrade yet. When the shape changes, bump `CODEBOOK_VERSION` and add step 1, turning a version-1
 * codebook (`{ themes: [{ id, name, rules }], handCodes: { key: [themeId] } }`) into version 2.
 */
import type { Migrations } from '../portable/migrate.ts';

/** The codebook's current data version. */
export const CODEBOOK_VERSION = 1;

/** The migrations this version of the comments view knows. */
export const CODEBOOK_MIGRATIONS: Migrations = { current: CODEBOOK_VERSION, oldest: 1, steps: {} };
