import { formatCsv, type CsvCell } from '../../lib/text/csv.ts';
import { escapeMarkdown } from '../../lib/text/markdown.ts';

/** One line of a result summary: the label, the value as shown, and the value and unit for the CSV. */
export type SummaryRow = {
  readonly label: string;
  readonly shown: string;
  readonly value: CsvCell;
  readonly unit: string;
};

/** The summary as ResultActions takes it. */
export type SummaryExports = {
  readonly text: string;
  readonly markdown: string;
  readonly csv: { readonly filename: string; readonly content: string };
};

/**
 * Plain text, Markdown and CSV of a result summary.
 *
 * @param title e.g. "NPS"
 * @param rows the summary lines
 * @param notes sentences added under the text and Markdown (e.g. the rounding rule)
 * @param filename the CSV's file name
 * @returns what ResultActions copies and downloads
 */
export function buildSummaryExports(title: string, rows: readonly SummaryRow[], notes: readonly string[], filename: string): SummaryExports {
  const text = [title, ...rows.map((row) => `${row.label}: ${row.shown}`), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
  const markdown = [
    `**${title}**`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    ...rows.map((row) => `| ${escapeMarkdown(row.label)} | ${escapeMarkdown(row.shown)} |`),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
  const csv = formatCsv([['measure', 'value', 'unit'], ...rows.map((row) => [row.label, row.value, row.unit])]);
  return { text, markdown, csv: { filename, content: csv } };
}
