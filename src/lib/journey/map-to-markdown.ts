import { getEmotionCurves } from './emotion-curve.ts';
import { escapeMarkdown, getMarkdownLines } from '../text/markdown.ts';
import { backlogToMarkdown } from './export-backlog.ts';
import { formatEmotion } from './format-emotion.ts';
import type { JourneyMap, Stage, StageMetric } from './journey-map-schema.ts';
import { CURVE_KIND_LABELS, LANE_LABELS, SEVERITY_LABELS, STAGE_METRIC_LABELS } from './journey-vocabulary.ts';
import { getMaturityDimensionName } from './maturity-dimensions.ts';
import { getMomentsThatMatter } from './moments-that-matter.ts';
import { getOpportunityPriority } from './opportunity-priority.ts';
import { rankOpportunities } from './rank-opportunities.ts';
import { computeStageMetric } from './stage-metric.ts';
import { getStageLabel } from './stage-operations.ts';

/** Options for the Markdown export. */
export interface MapMarkdownOptions {
  /** Keys of personas that are no longer in the persona builder: the export says so. */
  readonly missingPersonaKeys?: readonly string[];
}

/**
 * The whole map as Markdown: personas, every stage lane by lane, the moments that matter and the ranked
 * backlog. Every typed text is escaped, so the file reads the same in any Markdown viewer. An empty lane
 * shows "—", so a reader can tell "nothing yet" from a lost line.
 *
 * @param map the map
 * @param options personas to mark as deleted
 * @returns the Markdown text
 * @example mapToMarkdown(map).split('\n')[0] // '# Journey map: First purchase online'
 */
export function mapToMarkdown(map: JourneyMap, options: MapMarkdownOptions = {}): string {
  const missing = new Set(options.missingPersonaKeys ?? []);
  const personaName = (key: string) => {
    const persona = map.personas.find((known) => known.key === key);
    return escapeMarkdown(persona?.name ?? '') || 'Unnamed persona';
  };
  const lines: string[] = [`# Journey map: ${escapeMarkdown(map.scenario) || 'untitled scenario'}`, ''];
  lines.push(
    `**Personas:** ${map.personas.map((persona) => `${personaName(persona.key)}${missing.has(persona.key) ? ' (no longer in the persona builder)' : ''}`).join(', ')}`,
    '',
    `**Stages:** ${map.stages.map((stage, index) => escapeMarkdown(getStageLabel(stage, index))).join(' → ')}`,
    '',
  );
  map.stages.forEach((stage, index) => {
    lines.push(`## ${String(index + 1)}. ${escapeMarkdown(getStageLabel(stage, index))}`, '');
    for (const [label, items] of getStageSections(map, stage, personaName)) {
      lines.push(`**${label}**`, '', ...(items.length > 0 ? items.map((item) => `- ${item}`) : ['—']), '');
    }
  });

  lines.push('## Moments that matter', '');
  const moments = getEmotionCurves(map).flatMap((curve) =>
    getMomentsThatMatter(curve).map(
      (moment) =>
        `- ${personaName(curve.personaKey)}, ${CURVE_KIND_LABELS[curve.curve].toLowerCase()}: ${escapeMarkdown(moment.point.stageName)}, ${formatEmotion(moment.point.score)}, ${moment.reason === 'lowest' ? 'lowest point' : 'dip'}`,
    ),
  );
  lines.push(...(moments.length > 0 ? moments : ['No emotion scores yet.']), '');
  lines.push(backlogToMarkdown(rankOpportunities(map), map.scenario));
  return lines.join('\n');
}

function getStageSections(map: JourneyMap, stage: Stage, personaName: (key: string) => string): [string, string[]][] {
  const owners = [...new Set(stage.touchpoints.map((touchpoint) => touchpoint.owner.trim()).filter((owner) => owner !== ''))];
  return [
    [LANE_LABELS.goals, getMarkdownLines(stage.goals)],
    [LANE_LABELS.actions, getMarkdownLines(stage.actions)],
    [
      LANE_LABELS.touchpoints,
      stage.touchpoints.map((touchpoint) =>
        [
          escapeMarkdown(touchpoint.name) || '(no name yet)',
          touchpoint.channel.trim() ? `channel: ${escapeMarkdown(touchpoint.channel)}` : '',
          touchpoint.owner.trim() ? `owner: ${escapeMarkdown(touchpoint.owner)}` : '',
          touchpoint.emotion === null ? '' : `emotion ${formatEmotion(touchpoint.emotion)}`,
        ]
          .filter((part) => part !== '')
          .join(' · '),
      ),
    ],
    [LANE_LABELS.owners, owners.map(escapeMarkdown)],
    [LANE_LABELS.thoughts, getMarkdownLines(stage.thoughts)],
    [
      LANE_LABELS.emotion,
      map.personas.flatMap((persona) =>
        stage.emotions
          .filter((entry) => entry.personaKey === persona.key)
          .sort((a, b) => a.curve.localeCompare(b.curve))
          .map((entry) => `${personaName(persona.key)}, ${CURVE_KIND_LABELS[entry.curve].toLowerCase()}: ${formatEmotion(entry.score)}${stage.emotionIsExample === true ? ' (example)' : ''}`),
      ),
    ],
    [LANE_LABELS.painPoints, stage.painPoints.map((pain) => `${escapeMarkdown(pain.text) || '(no text yet)'} (severity: ${SEVERITY_LABELS[pain.severity].toLowerCase()})`)],
    [
      LANE_LABELS.opportunities,
      stage.opportunities.map(
        (opportunity) =>
          `${escapeMarkdown(opportunity.text) || '(no text yet)'} (owner: ${escapeMarkdown(opportunity.owner) || '—'}; impact ${String(opportunity.impact)}, effort ${String(opportunity.effort)}; priority ${String(getOpportunityPriority(opportunity.impact, opportunity.effort))}${describeDimension(opportunity.dimension)})`,
      ),
    ],
    [LANE_LABELS.metric, stage.metrics.map(describeMetricLine)],
  ];
}

function describeMetricLine(metric: StageMetric): string {
  const label = escapeMarkdown(metric.label);
  const prefix = `${STAGE_METRIC_LABELS[metric.kind]}${label ? `, ${label}` : ''}`;
  const outcome = computeStageMetric(metric);
  switch (outcome.kind) {
    case 'empty':
      return `${prefix}: no answers yet`;
    case 'invalid':
      return `${prefix}: cannot be computed (${escapeMarkdown(outcome.problems[0] ?? '')})`;
    case 'result': {
      const { summary } = outcome;
      return `${prefix}: ${summary.name} ${summary.value} (n = ${String(summary.n)}; ${summary.interval}; ${summary.scaleNote})`;
    }
    default:
      return outcome satisfies never;
  }
}

function describeDimension(dimension: string | undefined): string {
  const name = dimension === undefined ? undefined : getMaturityDimensionName(dimension);
  return name === undefined ? '' : `; improves: ${escapeMarkdown(name)}`;
}
