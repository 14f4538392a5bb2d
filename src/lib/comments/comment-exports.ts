/**
 * The comments view's files: the coded comments as CSV (one row per comment, one 0/1 column per theme), and the
 * theme table as CSV and as Markdown, in the style of the survey workbench's exports (`survey-exports.ts`). The
 * caller passes the comment text to write, so whether personal details are masked stays its choice.
 */
import { roundHalfAwayFromZero } from '../metrics/statistics/round-half-away-from-zero.ts';
import type { ConfidenceLevel } from '../metrics/confidence-level.ts';
import { formatPValue } from '../metrics/format-p-value.ts';
import type { Result } from '../result.ts';
import { ok } from '../result.ts';
import { formatMetricValue } from '../survey/describe-survey.ts';
import { getMetricName } from '../survey/metric-estimate.ts';
import type { SurveyMetric } from '../survey/survey-summary.ts';
import { formatCsv, type CsvCell } from '../text/csv.ts';
import { formatPercent, formatSigned, NOT_A_NUMBER } from '../text/format.ts';
import { escapeMarkdown } from '../text/markdown.ts';
import type { CommentCoding, CommentSet, Theme } from './comment.ts';
import type { CommentShare, ThemeRow, ThemeStatistics, ThemeStatisticsError } from './theme-statistics.ts';
import { checkCoding, describeLeftOutScores } from './theme-statistics.ts';

/** Where a comment's codes came from: a hand code, the codebook's rules, or neither (no theme). */
export type CodedBy = 'hand' | 'rule' | 'none';

/** What the coded-comments CSV is written from. */
export type CodedCommentsInput = {
  readonly set: CommentSet;
  readonly themes: readonly Theme[];
  readonly coding: CommentCoding;
  /** The text to write for comment `index`: as written, or masked, as the caller chose. */
  readonly shownText: (index: number) => string;
  /** A sentiment label per comment ("positive", "negative"…, or null), when the view has one: adds a column. */
  readonly sentiment?: readonly (string | null)[];
};

/** How the theme table's files describe what was analysed. */
export type ThemeTableInput = {
  readonly statistics: ThemeStatistics;
  readonly groups: readonly string[];
  readonly metric: SurveyMetric;
  readonly confidence: ConfidenceLevel;
  /** Whether the comments shown (and any exported with them) had personal details masked. */
  readonly masked: boolean;
};

/**
 * Headers that differ from one another and from the ones already taken, ignoring case and spaces at the ends
 * (a spreadsheet or pandas would otherwise merge or rename them): "Price", "Price (2)". A blank name becomes
 * `fallback(index)`.
 */
function getDistinctHeaders(names: readonly string[], taken: readonly string[], fallback: (index: number) => string): string[] {
  const used = new Set(taken.map((name) => name.trim().toLowerCase()));
  return names.map((name, index) => {
    const base = name.trim() === '' ? fallback(index) : name;
    let header = base;
    for (let copy = 2; used.has(header.trim().toLowerCase()); copy += 1) header = `${base} (${String(copy)})`;
    used.add(header.trim().toLowerCase());
    return header;
  });
}

/**
 * Where comment `index`'s codes came from: a hand code (even one that chose no theme), the rules when they found
 * a theme, else none.
 *
 * @example getCodedBy({ themes: [[0]], byHand: [false] }, 0) // 'rule'
 */
export function getCodedBy(coding: CommentCoding, index: number): CodedBy {
  if (coding.byHand[index] === true) return 'hand';
  return (coding.themes[index]?.length ?? 0) > 0 ? 'rule' : 'none';
}

/**
 * The coded comments as CSV: row, response ID, group, score, sentiment (when given), the comment, one 0/1 column
 * per theme (headed by its name, made distinct), and where the codes came from. Rows in the list's order; safe to
 * open in a spreadsheet (see `formatCsv`).
 *
 * @param input the comments, codebook themes, coding, the text to write and optional sentiment labels
 * @returns the CSV text (CRLF after every row), or an error when the coding does not fit the list
 * @example getCodedCommentsCsv({ set, themes, coding, shownText: (index) => masked[index] }).value.split('\r\n')[0] // 'row,response ID,group,score,comment,Price,Speed,coded by'
 */
export function getCodedCommentsCsv(input: CodedCommentsInput): Result<string, ThemeStatisticsError> {
  const { set, themes, coding, shownText, sentiment } = input;
  const checked = checkCoding(set, themes.length, coding);
  if (!checked.ok) return checked;
  const fixed = ['row', 'response ID', 'group', 'score', ...(sentiment ? ['sentiment'] : []), 'comment'];
  const themeHeaders = getDistinctHeaders(
    themes.map((theme) => theme.name),
    [...fixed, 'coded by'],
    (index) => `Theme ${String(index + 1)}`,
  );
  const rows: CsvCell[][] = [[...fixed, ...themeHeaders, 'coded by']];
  set.comments.forEach((comment, index) => {
    const codes = new Set(checked.value[index]);
    rows.push([
      comment.row,
      comment.responseId,
      set.groups[comment.group] ?? '',
      comment.score !== null && Number.isFinite(comment.score) ? comment.score : null,
      ...(sentiment ? [sentiment[index] ?? null] : []),
      shownText(index),
      ...themes.map((_, theme) => (codes.has(theme) ? 1 : 0)),
      getCodedBy(coding, index),
    ]);
  });
  return ok(formatCsv(rows));
}

/** Round for a file, halves away from zero as the workbench's exports and the page do. */
function round(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : roundHalfAwayFromZero(value, decimals);
}

/** A row's name: the theme's, or "(no theme)". */
function getRowName(row: ThemeRow): string {
  return row.subject.kind === 'theme' ? row.subject.name : '(no theme)';
}

/** The p-value as the page writes it ("p = 0.035"), or '' when the sides were not compared. */
function getPText(row: ThemeRow): string {
  return row.metric.kind === 'compared' ? formatPValue(row.metric.adjustedPValue) : '';
}

/**
 * The theme table as CSV: one row per theme then "(no theme)", with its comments, share of all comments and
 * interval (percent), its share of each group's comments, the metric of those who mention it and of the rest,
 * the difference, the p-value and the sentence. Numbers as numbers, rounded as the workbench's CSV.
 *
 * @param input the statistics, group names, metric, confidence and whether comments were masked
 * @returns the CSV text (CRLF after every row)
 * @example getThemeTableCsv(input).split('\r\n')[0] // 'theme,comments,share %,lower 95%,upper 95%,Promoters (n = 40) %,…,p-value,note'
 */
export function getThemeTableCsv(input: ThemeTableInput): string {
  const { statistics, groups, metric, confidence } = input;
  const name = getMetricName(metric);
  const decimals = metric.kind === 'ces' ? 2 : 1;
  const level = String(confidence);
  const fixed = ['theme', 'comments', 'share %', `lower ${level}%`, `upper ${level}%`];
  const after = [`${name} mentioning`, 'scored mentioning', `${name} rest`, 'scored rest', 'difference', 'p-value (Holm across themes)', 'note'];
  const groupHeaders = getDistinctHeaders(
    groups.map((group, index) => `${group} (n = ${String(statistics.groupTotals[index] ?? 0)}) %`),
    [...fixed, ...after],
    (index) => `Group ${String(index + 1)} %`,
  );
  const percent = (share: number | null) => round(share === null ? null : share * 100, 1);
  const rows: CsvCell[][] = [[...fixed, ...groupHeaders, ...after]];
  for (const row of [...statistics.rows, statistics.uncoded]) {
    const { metric: compared } = row;
    rows.push([
      getRowName(row),
      row.count,
      percent(row.share.share),
      percent(row.share.lower),
      percent(row.share.upper),
      ...row.byGroup.map((cell) => percent(cell.share)),
      round(compared.mentioning?.value, decimals),
      compared.mentioningN,
      round(compared.notMentioning?.value, decimals),
      compared.notMentioningN,
      compared.kind === 'compared' ? round(compared.comparison.difference, decimals) : null,
      getPText(row),
      compared.sentence,
    ]);
  }
  return formatCsv(rows);
}

function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)];
}

/** "25.0% (8.1% to 52.4%)", or "–" for a share of no comments. */
function formatShare(share: CommentShare, withInterval: boolean): string {
  if (share.share === null || share.lower === null || share.upper === null) return NOT_A_NUMBER;
  const shown = formatPercent(share.share, { decimals: 1 });
  return withInterval ? `${shown} (${formatPercent(share.lower, { decimals: 1 })} to ${formatPercent(share.upper, { decimals: 1 })})` : `${shown} (${String(share.count)})`;
}

/** What was analysed, in sentences, for the Markdown's opening. */
function describeAnalysis(input: ThemeTableInput): string[] {
  const { statistics, groups, metric, confidence, masked } = input;
  const name = getMetricName(metric);
  const groupList = groups.length === 0 ? 'no groups' : `${String(groups.length)} ${groups.length === 1 ? 'group' : 'groups'} (${groups.map(escapeMarkdown).join(', ')})`;
  const lines = [
    `${String(statistics.comments)} ${statistics.comments === 1 ? 'comment' : 'comments'} (one per respondent who commented), in ${groupList}, coded with ${String(statistics.rows.length)} ${statistics.rows.length === 1 ? 'theme' : 'themes'}. A comment can hold several themes; shares are of the comments, with Wilson intervals at ${String(confidence)}% confidence.`,
    `${name} of the people who mention each theme against the rest, at ${String(confidence)}% confidence, over the ${String(statistics.scoredComments)} comments with a score.`,
  ];
  if (statistics.outsideGroups > 0) lines.push(`${String(statistics.outsideGroups)} comments are in no group: they count in the totals, not in a group’s column.`);
  const leftOut = describeLeftOutScores(statistics, name);
  if (leftOut !== null) lines.push(leftOut);
  lines.push(masked ? 'Personal details in the comments were masked.' : 'The comments were not masked.');
  return lines;
}

/**
 * The theme table as Markdown: what was analysed, a table of themes (comments, share and interval, the metric of
 * those who mention it and of the rest, the difference and p-value), the share of each group's comments per theme,
 * and each comparison in a sentence. Every name is escaped (`escapeMarkdown`), so a `|` never splits a cell.
 *
 * @param input the statistics, group names, metric, confidence and whether comments were masked
 * @returns the Markdown text, ending in one newline
 * @example getThemeTableMarkdown(input).startsWith('# Themes in the comments') // true
 */
export function getThemeTableMarkdown(input: ThemeTableInput): string {
  const { statistics, groups, metric, confidence } = input;
  const name = getMetricName(metric);
  const decimals = metric.kind === 'ces' ? 2 : 1;
  const rows = [...statistics.rows, statistics.uncoded];
  const value = (estimate: { readonly value: number } | null) => (estimate === null ? NOT_A_NUMBER : formatMetricValue(metric, estimate.value));
  const lines = ['# Themes in the comments', '', ...describeAnalysis(input).flatMap((line) => [line, '']), `## ${name} by theme`, ''];
  lines.push(
    ...markdownTable(
      ['Theme', 'Comments', `Share (${String(confidence)}% interval)`, `${name} mentioning`, `${name} rest`, 'Difference', 'p-value (Holm across themes)'],
      rows.map((row) => [
        escapeMarkdown(getRowName(row)),
        String(row.count),
        formatShare(row.share, true),
        value(row.metric.mentioning),
        value(row.metric.notMentioning),
        row.metric.kind === 'compared' ? formatSigned(row.metric.comparison.difference, { decimals }) : NOT_A_NUMBER,
        getPText(row) || NOT_A_NUMBER,
      ]),
    ),
    '',
  );
  for (const row of rows) lines.push(`- ${escapeMarkdown(row.metric.sentence)}.`);
  if (groups.length > 0) {
    lines.push('', '## Share of each group’s comments', '');
    const headers = groups.map((group, index) => `${escapeMarkdown(group)} (n = ${String(statistics.groupTotals[index] ?? 0)})`);
    lines.push(...markdownTable(['Theme', ...headers], rows.map((row) => [escapeMarkdown(getRowName(row)), ...row.byGroup.map((cell) => formatShare(cell, false))])));
  }
  lines.push('', 'Made with Touchpoint’s comments view: computed in the browser.');
  return `${lines.join('\n')}\n`;
}
