/**
 * What another island needs to show a persona (the journey map lists them): name, role, avatar and
 * priority, without the whole persona.
 */
import { getEvidenceStats, type EvidenceStats } from './get-evidence-stats.ts';
import { getPersonaInitials } from './get-persona-initials.ts';
import type { Persona } from './persona-schema.ts';
import { AVATAR_COLOURS, type AvatarColour, type Priority } from './persona-vocabulary.ts';

/** What another island needs to show a persona: name, role, avatar and priority. */
export interface PersonaSummary {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly segment: string;
  readonly summary: string;
  readonly priority: Priority;
  readonly tags: readonly string[];
  /** One or two letters for the avatar. */
  readonly initials: string;
  readonly colour: AvatarColour;
  /** The avatar's background colour (white initials on it meet WCAG AA). */
  readonly colourHex: string;
  /** The avatar photo as a data URL, or '' for initials. */
  readonly image: string;
  readonly evidence: EvidenceStats;
}

/**
 * Make the summary of one persona: what another island (the journey map) shows of it.
 *
 * @param persona a saved persona
 * @returns its name, role, avatar (initials, colour, photo), priority, tags and evidence counts
 * @example getPersonaSummary(persona).initials // 'MR' for "Maya Rao"
 */
export function getPersonaSummary(persona: Persona): PersonaSummary {
  return {
    id: persona.id,
    name: persona.name,
    role: persona.role,
    segment: persona.segment,
    summary: persona.summary,
    priority: persona.priority,
    tags: persona.tags,
    initials: getPersonaInitials(persona.name),
    colour: persona.avatar.colour,
    colourHex: AVATAR_COLOURS[persona.avatar.colour],
    image: persona.avatar.image,
    evidence: getEvidenceStats(persona),
  };
}

