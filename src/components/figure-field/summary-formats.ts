import { escapeMarkdown } from '../../lib/text/markdown.ts';
import { formatCsv } from '../../lib/text/csv.ts';

/** One line of a results summary. */
export interface SummaryRow {
  readonly label: string;
  /** As the page shows it, e.g. "45.96%" or "£1,600". */
  readonly shown: string;
  /** For the CSV: a number (rounded as shown) or text. */
  readonly value: number | string;
  /** For the CSV: "%", "customers", a currency symbol, or "". */
  readonly unit: string;
}

/** A titled group of summary lines. */
export interface SummarySection {
  readonly title: string;
  readonly rows: readonly SummaryRow[];
}

/** Plain text for "Copy results": a title, then "label: value" lines per section. */
export function toSummaryText(title: string, sections: readonly SummarySection[], notes: readonly string[] = []): string {
  const parts = sections.map((section) => [section.title, ...section.rows.map((row) => `${row.label}: ${row.shown}`)].join('\n'));
  return [title, ...parts, ...notes].join('\n\n');
}

/** Markdown for "Copy as Markdown": a heading, then a two-column table per section. */
export function toSummaryMarkdown(title: string, sections: readonly SummarySection[], notes: readonly string[] = []): string {
  const parts = sections.map((section) =>
    [`### ${section.title}`, '', '| Figure | Value |', '| --- | ---: |', ...section.rows.map((row) => `| ${escapeMarkdown(row.label)} | ${escapeMarkdown(row.shown)} |`)].join('\n'),
  );
  return [`## ${title}`, ...parts, ...notes].join('\n\n');
}

/** CSV for "Download CSV": section, figure, value, unit. */
export function toSummaryCsv(sections: readonly SummarySection[]): string {
  return formatCsv([['section', 'figure', 'value', 'unit'], ...sections.flatMap((section) => section.rows.map((row) => [section.title, row.label, row.value, row.unit]))]);
}
