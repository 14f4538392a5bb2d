import { formatCsv } from '../text/csv.ts';
import { escapeMarkdown } from '../text/markdown.ts';
import { RATING_LABELS } from './journey-vocabulary.ts';
import { PRIORITY_RULE } from './opportunity-priority.ts';
import type { BacklogItem } from './rank-opportunities.ts';

const HEADER = ['Rank', 'Priority', 'Opportunity', 'Stage', 'Owner', 'Impact (1-5)', 'Effort (1-5)'] as const;

/**
 * The backlog as CSV (RFC 4180, formula-safe through `formatCsv`), one opportunity a row, ranked.
 *
 * @param items the ranked backlog
 * @returns the CSV text
 * @example backlogToCsv(rankOpportunities(map)).split('\r\n')[0] // 'Rank,Priority,Opportunity,Stage,Owner,Impact (1-5),Effort (1-5)'
 */
export function backlogToCsv(items: readonly BacklogItem[]): string {
  return formatCsv([
    HEADER,
    ...items.map((item) => [
      item.rank,
      item.priority,
      item.opportunity.text.trim(),
      item.stageName,
      item.opportunity.owner.trim(),
      item.opportunity.impact,
      item.opportunity.effort,
    ]),
  ]);
}

/**
 * The backlog as a Markdown table, with the priority rule stated under it.
 *
 * @param items the ranked backlog
 * @param title the heading (e.g. the map's scenario)
 * @returns the Markdown text
 * @example backlogToMarkdown([], 'First purchase') // '## Opportunities: First purchase\n\nNo opportunities yet.\n'
 */
export function backlogToMarkdown(items: readonly BacklogItem[], title: string): string {
  const heading = `## Opportunities: ${escapeMarkdown(title) || 'journey map'}`;
  if (items.length === 0) return `${heading}\n\nNo opportunities yet.\n`;
  const rows = items.map(
    (item) =>
      `| ${String(item.rank)} | ${String(item.priority)} | ${escapeMarkdown(item.opportunity.text) || '(no text yet)'} | ${escapeMarkdown(item.stageName)} | ${escapeMarkdown(item.opportunity.owner) || '—'} | ${String(item.opportunity.impact)} (${RATING_LABELS[item.opportunity.impact].toLowerCase()}) | ${String(item.opportunity.effort)} (${RATING_LABELS[item.opportunity.effort].toLowerCase()}) |`,
  );
  return [
    heading,
    '',
    '| Rank | Priority | Opportunity | Stage | Owner | Impact | Effort |',
    '| ---: | ---: | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Sorted by ${PRIORITY_RULE} (1 to 25), then by impact, then by journey order.`,
    '',
  ].join('\n');
}
