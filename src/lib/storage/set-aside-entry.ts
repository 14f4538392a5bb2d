import { z } from '../schema/zod.ts';

/**
 * A saved item (a persona, a journey map) that could not be read, kept beside the readable ones so nothing
 * is lost: the page names it, says why, and offers its JSON for download until the person discards it.
 */
export interface SetAsideEntry {
  /** How to name it: its name or scenario if it has one. */
  readonly label: string;
  /** Why it could not be read. */
  readonly reason: string;
  /** Its saved JSON, for download. */
  readonly raw: string;
}

export const setAsideEntrySchema = z.object({ label: z.string(), reason: z.string(), raw: z.string() });
