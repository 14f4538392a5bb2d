import { EVIDENCE_LISTS } from './persona-fields.ts';
import type { Persona } from './persona-schema.ts';

/** How much of a persona rests on research. */
export interface EvidenceStats {
  /** Statements (list items of every kind) on the persona. */
  readonly statements: number;
  /** Statements marked as backed by research. */
  readonly research: number;
  /** Statements still marked as assumptions. */
  readonly assumptions: number;
  /** Research-backed statements that name their source. */
  readonly researchWithSource: number;
  /** Share of statements backed by research, 0 to 100, rounded; null when there is no statement. */
  readonly researchPercent: number | null;
}

/**
 * Count how many of a persona's statements are backed by research and how many are assumptions. Every
 * list item is one statement: goals, job stories, needs, motivations, triggers, pain points, objections,
 * decision criteria, information sources and channels. Journey notes are not counted (they carry no flag).
 *
 * @param persona the persona
 * @returns the counts and the rounded research share
 * @example getEvidenceStats(personaWith3ResearchOf4) // { statements: 4, research: 3, assumptions: 1, researchWithSource: 2, researchPercent: 75 }
 */
export function getEvidenceStats(persona: Persona): EvidenceStats {
  let statements = 0;
  let research = 0;
  let researchWithSource = 0;
  for (const key of EVIDENCE_LISTS) {
    for (const item of persona[key]) {
      statements++;
      if (item.evidence !== 'research') continue;
      research++;
      if (item.source.trim() !== '') researchWithSource++;
    }
  }
  return {
    statements,
    research,
    assumptions: statements - research,
    researchWithSource,
    researchPercent: statements === 0 ? null : Math.round((research / statements) * 100),
  };
}
