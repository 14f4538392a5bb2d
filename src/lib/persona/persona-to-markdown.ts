import { JOURNEY_STAGE_LABELS, JOURNEY_STAGES } from '../../consts.ts';
import { escapeMarkdown } from '../text/markdown.ts';
import { formatJobStory } from './format-job-story.ts';
import { getEvidenceStats } from './get-evidence-stats.ts';
import { LIST_FIELDS, STAGE_NOTE_FIELDS } from './persona-fields.ts';
import type { EvidenceItem, PainPoint, Persona } from './persona-schema.ts';
import { BUYING_ROLE_LABELS, PRIORITY_LABELS, SEVERITY_LABELS, TECH_COMFORT_LABELS } from './persona-vocabulary.ts';

/** "_(research: Interviews)_", "_(research, source missing)_" or "_(assumption)_": the evidence note after a statement. */
function evidenceNote(item: Pick<EvidenceItem, 'evidence' | 'source'>): string {
  const source = item.source.trim();
  if (item.evidence === 'research') return source ? `_(research: ${escapeMarkdown(source)})_` : '_(research, source missing)_';
  return source ? `_(assumption; ${escapeMarkdown(source)})_` : '_(assumption)_';
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`## ${title}`, '', ...lines, ''];
}

function listSection(persona: Persona, key: Exclude<keyof typeof LIST_FIELDS, 'jobs' | 'painPoints'>): string[] {
  return section(
    LIST_FIELDS[key].label,
    persona[key].map((item) => `- ${escapeMarkdown(item.text)} ${evidenceNote(item)}`),
  );
}

function describeEvidence(persona: Persona): string {
  const stats = getEvidenceStats(persona);
  if (stats.statements === 0) return '**Evidence:** no statements yet.';
  return (
    `**Evidence:** ${stats.research} of ${stats.statements} statements backed by research (${stats.researchPercent}%); ` +
    (stats.sourceMissing > 0 ? `${stats.sourceMissing} marked as research without a source (not counted); ` : '') +
    `${stats.assumptions} ${stats.assumptions === 1 ? 'is an assumption' : 'are assumptions'} to check.`
  );
}

/**
 * Write one persona as Markdown: identity, context, every list with each statement's evidence, and the
 * journey stage by stage. Empty fields are left out; the avatar image is not included. All user text is
 * escaped, so it reads as text in any Markdown renderer.
 *
 * @param persona the persona
 * @returns the Markdown document, ending with a newline
 * @example personaToMarkdown(maya).split('\n')[0] // '# Maya Chen'
 */
export function personaToMarkdown(persona: Persona): string {
  const byline = [persona.role, persona.segment].map((text) => text.trim()).filter(Boolean).map(escapeMarkdown);
  byline.push(`${PRIORITY_LABELS[persona.priority]} persona`);
  const lines: string[] = [`# ${escapeMarkdown(persona.name.trim() || 'Untitled persona')}`, '', byline.join(' · '), ''];
  if (persona.quote.trim()) lines.push(`> “${escapeMarkdown(persona.quote.trim())}”`, '');
  if (persona.summary.trim()) lines.push(escapeMarkdown(persona.summary.trim()), '');
  lines.push(describeEvidence(persona), '');
  if (persona.tags.length > 0) lines.push(`**Tags:** ${persona.tags.map(escapeMarkdown).join(', ')}`, '');

  const context: [string, string][] = [
    ['Age range', persona.demographics.ageRange],
    ['Location', persona.demographics.location],
    ['Household size', persona.demographics.householdSize],
    ['Income band', persona.demographics.incomeBand],
    ['Industry', persona.b2b.industry],
    ['Company size', persona.b2b.companySize],
    ['Buying role', persona.b2b.buyingRole ? BUYING_ROLE_LABELS[persona.b2b.buyingRole] : ''],
    ['Tech comfort', persona.techComfort ? TECH_COMFORT_LABELS[persona.techComfort] : ''],
  ];
  lines.push(...section('Context', context.filter(([, value]) => value.trim()).map(([label, value]) => `- **${label}:** ${escapeMarkdown(value.trim())}`)));

  lines.push(...listSection(persona, 'goals'));
  lines.push(...section(LIST_FIELDS.jobs.label, persona.jobs.map((job) => `- ${escapeMarkdown(formatJobStory(job))} ${evidenceNote(job)}`)));
  lines.push(...listSection(persona, 'needs'), ...listSection(persona, 'motivations'), ...listSection(persona, 'triggers'));
  lines.push(
    ...section(
      LIST_FIELDS.painPoints.label,
      persona.painPoints.map((item: PainPoint) => `- ${escapeMarkdown(item.text)} (severity: ${SEVERITY_LABELS[item.severity].toLowerCase()}) ${evidenceNote(item)}`),
    ),
  );
  for (const key of ['objections', 'decisionCriteria', 'informationSources', 'channels'] as const) lines.push(...listSection(persona, key));

  const stages = JOURNEY_STAGES.flatMap((stage) => {
    const notes = STAGE_NOTE_FIELDS.filter(({ key }) => persona.journey[stage][key].trim()).map(
      ({ key, label }) => `- **${label}:** ${escapeMarkdown(persona.journey[stage][key].trim())}`,
    );
    return notes.length === 0 ? [] : [`### ${JOURNEY_STAGE_LABELS[stage]}`, '', ...notes, ''];
  });
  if (stages.length > 0) lines.push('## Journey', '', ...stages);

  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Write several personas as one Markdown document, separated by horizontal rules.
 *
 * @param personas the personas, in order
 * @returns the Markdown document
 * @example personasToMarkdown([maya, daniel]).includes('\n---\n') // true
 */
export function personasToMarkdown(personas: readonly Persona[]): string {
  return personas.map(personaToMarkdown).join('\n---\n\n');
}
