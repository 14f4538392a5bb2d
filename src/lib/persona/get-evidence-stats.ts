import { EVIDENCE_LISTS } from './persona-fields.ts';
import type { EvidenceItem, Persona } from './persona-schema.ts';

/** How much of a persona rests on research. */
export interface EvidenceStats {
  /** Statements (list items of every kind) on the persona. */
  readonly statements: number;
  /** Statements backed by research that name their source: the only ones counted as evidence. */
  readonly research: number;
  /** Statements marked "backed by research" with no source note: shown as "research, source missing", not counted. */
  readonly sourceMissing: number;
  /** Statements marked as assumptions. */
  readonly assumptions: number;
  /** Share of statements backed by research with a source, 0 to 100, rounded; null when there is no statement. */
  readonly researchPercent: number | null;
}

/** Where a statement stands: research with a source, research whose source is missing, or an assumption. */
export type EvidenceStatus = 'research' | 'source-missing' | 'assumption';

/** How each status is named on the card, in comparisons and in exports. */
export const EVIDENCE_STATUS_LABELS: Record<EvidenceStatus, string> = {
  research: 'Research',
  'source-missing': 'Research, source missing',
  assumption: 'Assumption',
};

/**
 * Say where one statement stands. A statement flagged "backed by research" counts as research only when it
 * names its source; a claim of research nobody can trace back is no stronger than an assumption.
 *
 * @param item the statement's evidence flag and source note
 * @returns its status
 * @example getEvidenceStatus({ evidence: 'research', source: '  ' }) // 'source-missing'
 */
export function getEvidenceStatus(item: Pick<EvidenceItem, 'evidence' | 'source'>): EvidenceStatus {
  if (item.evidence !== 'research') return 'assumption';
  return item.source.trim() === '' ? 'source-missing' : 'research';
}

/**
 * Count how many of a persona's statements are backed by research (with a source), flagged as research with
 * no source, or assumptions. Every list item is one statement: goals, job stories, needs, motivations, triggers,
 * pain points, objections, decision criteria, information sources and channels. Journey notes are not counted
 * (they carry no flag).
 *
 * @param persona the persona
 * @returns the counts and the rounded research share
 * @example getEvidenceStats(personaWith2SourcedResearchOf4) // { statements: 4, research: 2, sourceMissing: 1, assumptions: 1, researchPercent: 50 }
 */
export function getEvidenceStats(persona: Persona): EvidenceStats {
  const counts: Record<EvidenceStatus, number> = { research: 0, 'source-missing': 0, assumption: 0 };
  let statements = 0;
  for (const key of EVIDENCE_LISTS) {
    for (const item of persona[key]) {
      statements++;
      counts[getEvidenceStatus(item)]++;
    }
  }
  return {
    statements,
    research: counts.research,
    sourceMissing: counts['source-missing'],
    assumptions: counts.assumption,
    researchPercent: statements === 0 ? null : Math.round((counts.research / statements) * 100),
  };
}
