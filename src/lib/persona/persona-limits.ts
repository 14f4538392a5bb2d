/**
 * How long a persona's texts and lists may be. These keep a persona readable on one printed page, keep share
 * links short and keep a collection well inside the browser's storage quota (about 5 MB per site).
 * Forms, imports and share links all check against these numbers; saved drafts get looser limits (see
 * persona-schema.ts) so that nothing a person types is lost while they shorten it.
 */
export const PERSONA_LIMITS = {
  /** Characters in a persona's name. */
  name: 60,
  /** Characters in short fields: role, segment, demographics, B2B fields. */
  shortText: 80,
  /** Characters in the one-line summary. */
  summary: 160,
  /** Characters in the representative quote. */
  quote: 240,
  /** Characters in one list item (a goal, a pain point…). */
  itemText: 200,
  /** Characters in one item's source note. */
  source: 80,
  /** Characters in each part of a job story ("When…", "I want to…", "so I can…"). */
  jobPart: 160,
  /** Characters in one journey note (what they do, think, feel, what would delight them). */
  journeyNote: 300,
  /** Characters in one tag. */
  tag: 24,
  /** Tags on one persona. */
  tags: 8,
  /** Items in one list. */
  listItems: 10,
  /** Characters in an avatar image's data URL (about 110 KB of image). */
  image: 150_000,
} as const;

/** The shape of a set of limits; saved drafts use a looser set. */
export type PersonaLimits = { readonly [Key in keyof typeof PERSONA_LIMITS]: number };

/** Personas one browser keeps; imports and new personas past this are refused with a message. */
export const MAX_PERSONAS = 100;

/** Largest JSON file an import reads (5 MB): far above 100 full personas with photos. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
