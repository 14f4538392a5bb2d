/**
 * Read a paste (or a file's text) into score counts: detect its layout, pick the column, parse it.
 * Pure: runs in the parse worker for large pastes and on the main thread for small ones (and in tests).
 */
import { measureUtf8, type TextSize } from './measure-utf8.ts';
import type { ColumnScoreParse } from './parse-column-scores.ts';
import type { LabelScores, ScoreParse } from './score-tally.ts';
import type { ScoreScale } from './score-scale.ts';
import type { TableLayout } from './detect-paste-layout.ts';
import { detectPasteLayout } from './detect-paste-layout.ts';
import { parseColumnScores } from './parse-column-scores.ts';
import { parseScores } from './parse-scores.ts';
import type { TableSource } from './read-column-cells.ts';
import type { ScoreMetric } from './score-metric.ts';
import type { ParsedGroupColumn } from './parse-group-column.ts';
import { parseGroupColumn } from './parse-group-column.ts';
import { NPS_GROUP_COLUMN } from './suggest-score-column.ts';
import type { TableColumn } from './describe-table-columns.ts';
import { isSameScale, NPS_SCALE } from './score-scale.ts';
import { usesDecimalComma } from './uses-decimal-comma.ts';
import { readAnswerText } from './read-answer-text.ts';
import { getLabelKey, getLabelScore, getNpsGroupName } from './scale-labels.ts';
import { readScoreToken } from './read-score-token.ts';
import { readHeaderEvidence } from './score-metric.ts';
import { findNamedColumn } from './column-names.ts';

/** The column a person chose: by name when the table has a header, else by position. */
export type ColumnPreference = { readonly index: number; readonly name: string | null };

/**
 * How to read header-less comma or semicolon numbers: one list (commas as decimal marks where the rule in
 * `usesDecimalComma` says so), one list with every comma between answers, or a table's columns.
 */
export type ReadAs = 'list' | 'list-commas-between' | 'columns';

/** What to read, and how. */
export type PasteRequest = {
  readonly text: string;
  readonly scale: ScoreScale;
  readonly readAs: ReadAs;
  readonly column: ColumnPreference | null;
  /** The person's scores for answers written as words (see `LabelScores`); none when absent. */
  readonly labels?: LabelScores;
  /** The question read (NPS, CSAT, CES 2.0 or 1.0), whose header words point at its column; any when absent. */
  readonly metric?: ScoreMetric;
  /**
   * Whether Net Promoter groups (Promoter, Passive, Detractor) may be read in place of scores: by default on the
   * NPS scale. False where only scores can be used (the survey workbench), so a group column is never said to be read.
   */
  readonly groups?: boolean;
};

/** How big a paste is, for the "large paste" note. */
export type PasteSize = TextSize;

/** Why this column was read. */
export type ColumnChoiceReason = 'person' | 'suggested' | 'first';

/**
 * Why nothing can be worked out from a reading, when it is not a bad value: a table with its header rows and no
 * response under them (an export of a survey nobody has answered yet); a Net Promoter group column where groups
 * are not read (a CSAT or CES page, the survey workbench: its 1/2/3 codes are no answers on the scale); or answers
 * all written as words the person has not scored yet.
 */
export type UnreadReason = 'no-responses' | 'group-column' | 'words-unscored';

/** A paste read: nothing in it, a single list of values, or one column of a table. */
export type PasteAnalysis =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'list';
      readonly parse: ScoreParse;
      /** The same text read as a table, offered as "read as columns instead". */
      readonly alternative: TableLayout | null;
      /** True when the text's commas could be decimal marks or separators, so the person may choose. */
      readonly commasAmbiguous: boolean;
      /** True when the person chose to read every comma as a separator. */
      readonly commasBetween: boolean;
      /** The first line when it names the column (`NPS`, `Rating`) rather than answers it; not read. */
      readonly header: string | null;
      /** The list read as Net Promoter groups (`Promoter`, `Passive`, `Detractor`), on 0–10 only. */
      readonly groups: ParsedGroupColumn | null;
      readonly unread: UnreadReason | null;
      readonly size: PasteSize;
    }
  | {
      readonly kind: 'table';
      readonly layout: TableLayout;
      readonly column: number;
      readonly chosenBy: ColumnChoiceReason;
      readonly parse: ColumnScoreParse;
      /** The column read as Net Promoter groups (`Promoter`…, or Qualtrics' 1/2/3 group column), on 0–10 only. */
      readonly groups: ParsedGroupColumn | null;
      readonly unread: UnreadReason | null;
      /** True when a list was read as columns at the person's request. */
      readonly fromAlternative: boolean;
      readonly size: PasteSize;
    };

/**
 * Count the lines of a text the way the parser numbers them (LF, CRLF or CR end a line). O(length).
 *
 * @param text any text
 * @returns 0 for '', else the number of lines (a final line break does not start a new line)
 * @example countLines('9\r\n10\n') // 2
 */
export function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) lines += 1;
    else if (code === 13) {
      lines += 1;
      if (text.charCodeAt(index + 1) === 10) index += 1;
    }
  }
  const last = text.charCodeAt(length - 1);
  return last === 10 || last === 13 ? lines - 1 : lines;
}

/** Longest first line read as a column's name. */
const MAX_HEADER_LENGTH = 200;

/**
 * A list whose values are mostly Net Promoter group names, read as groups: each name counted in its group;
 * every other value (numbers included) left out with its problem listed.
 *
 * @param parse the list read as scores (group names are its word answers)
 * @returns the groups, or null when group names are not at least half of the values
 * @example readGroupList(parseScores('Promoter\nPassive\nPromoter', NPS_SCALE))?.groups // { promoters: 2, passives: 1, detractors: 0 }
 */
export function readGroupList(parse: ScoreParse): ParsedGroupColumn | null {
  if (parse.kind === 'empty') return null;
  const groups = { promoters: 0, passives: 0, detractors: 0 };
  for (const { label, count } of parse.textLabels) {
    const group = getNpsGroupName(label);
    if (group !== null) groups[group] += count;
  }
  const n = groups.promoters + groups.passives + groups.detractors;
  const values = parse.n + parse.leftOut;
  if (n === 0 || n < 0.5 * values) return null;
  const issues = parse.issues.filter((issue) => getNpsGroupName(issue.text) === null);
  return { groups, n, leftOut: values - n, issues, blankCells: 0 };
}

/** Lines below a possible header that are looked at to judge it. */
const HEADER_CHECK_LINES = 200;

/** Whether a line of words is a scale wording or a Net Promoter group: an answer, never a header. */
function isAnswerWording(label: string, scale: ScoreScale): boolean {
  return getLabelScore(label, scale) !== null || getNpsGroupName(label) !== null;
}

/**
 * The first line of a one-column paste when it names the column (`NPS`, `Rating`, `How likely…?`) rather than
 * answering it: only words, not a scale wording or a Net Promoter group, and either over answers that are mostly
 * numbers, or not repeated below and worded like a header (a question mark, or a word of this question or of any
 * rating). A single line of two or more such cells (a file with only its header row) is a header with nothing
 * below it.
 *
 * @param text the pasted text
 * @param scale the scale answers are read on
 * @param metric the question read, if known
 * @returns the header and where its line ends, or null
 * @example findListHeader('NPS\n9\n10', NPS_SCALE) // { name: 'NPS', end: 3 }
 */
export function findListHeader(text: string, scale: ScoreScale, metric?: ScoreMetric): { name: string; end: number } | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineEnd = text.slice(start, start + MAX_HEADER_LENGTH + 2).search(/[\r\n]/);
  const end = lineEnd === -1 ? text.length : start + lineEnd;
  const line = text.slice(start, end);
  const rest = text.slice(end);
  if (!/\S/.test(rest)) {
    // One line: a header row alone when it has two or more cells of words, none of them an answer.
    const cells = line.split(/[\t;,]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')).filter((cell) => cell !== '');
    const labels = cells.map((cell) => readAnswerText(cell).label);
    const headerRow = cells.length >= 2 && labels.every((label) => label !== null && !isAnswerWording(label, scale));
    return headerRow && line.length <= MAX_HEADER_LENGTH ? { name: line.trim(), end } : null;
  }
  if (lineEnd === -1 || /[\t;]/.test(line)) return null;
  const { label } = readAnswerText(line.trim().replace(/^"(.*)"$/, '$1'));
  if (label === null || isAnswerWording(label, scale)) return null;
  const below = rest.split(/\r\n|\r|\n/, HEADER_CHECK_LINES + 1).slice(1).map((cell) => cell.trim()).filter((cell) => cell !== '');
  const numbers = below.filter((cell) => {
    const value = readScoreToken(cell, 0, cell.length);
    return value !== null && !Number.isNaN(value);
  }).length;
  if (numbers >= 0.5 * below.length) return { name: label, end };
  const key = getLabelKey(label);
  const repeated = below.some((cell) => getLabelKey(cell) === key);
  const evidence = readHeaderEvidence(label, metric);
  const wordedLikeHeader = /\?\s*$/.test(label) || evidence.own !== null || evidence.rating !== null || /^(?:answers?|responses?|values?|results?)$/i.test(label);
  return !repeated && wordedLikeHeader ? { name: label, end } : null;
}

/**
 * Pick the column to read: the person's choice when the table still has it (by name when there is a
 * header, by position when there is none), else the library's suggestion, else (reading NPS) a column of
 * Net Promoter groups, else the first column, with `chosenBy: 'first'` so the page asks.
 *
 * @param layout a table layout
 * @param preference the person's earlier choice, or null
 * @param readsGroups whether a Net Promoter group column may be read (NPS only)
 * @returns the 0-based column and why it was picked
 * @example resolveColumn(layout, { index: 3, name: 'NPS' }) // { column: 1, chosenBy: 'person' } when "NPS" is now column 2
 */
export function resolveColumn(
  layout: TableLayout,
  preference: ColumnPreference | null,
  readsGroups = false,
): { column: number; chosenBy: ColumnChoiceReason } {
  const chosen = preference === null ? undefined : findNamedColumn(layout, preference);
  if (chosen !== undefined) return { column: chosen, chosenBy: 'person' };
  if (layout.suggestedColumn !== null) return { column: layout.suggestedColumn, chosenBy: 'suggested' };
  const groupColumn = readsGroups ? layout.columns.find(isGroupColumn) : undefined;
  if (groupColumn) return { column: groupColumn.index, chosenBy: 'suggested' };
  return { column: 0, chosenBy: 'first' };
}


/** Whether every value left out is a word the person has not scored yet (and none is scored so far). */
function isWaitingForWordScores(parse: ScoreParse | ColumnScoreParse): boolean {
  if (parse.kind !== 'parsed' || parse.n > 0) return false;
  const words = parse.textLabels.reduce((total, label) => total + label.count, 0);
  return words > 0 && parse.mapped === 0 && words === parse.leftOut;
}

/** Whether a column holds Net Promoter groups: Qualtrics' `_NPS_GROUP` column, or mostly group names. */
export function isGroupColumn(column: TableColumn): boolean {
  return NPS_GROUP_COLUMN.test(column.name ?? '') || (column.fit.filled > 0 && column.fit.groupNames >= 0.5 * column.fit.filled);
}

/**
 * Read a paste: detect the layout, read the chosen (or suggested) column of a table, or the whole list.
 * Never throws for any text. O(length).
 *
 * @param request the text, the scale, and the person's choices
 * @returns the analysis
 * @example analysePaste({ text: 'id,NPS\n1,9\n2,10', scale: NPS_SCALE, readAs: 'list', column: null }) // table, column 1, n = 2
 */
export function analysePaste(request: PasteRequest): PasteAnalysis {
  const { text, scale, readAs, labels = {} } = request;
  const layout = detectPasteLayout(text, scale, request.metric);
  if (layout.kind === 'empty') return { kind: 'empty' };
  const size = { characters: text.length, lines: countLines(text) };
  const table = layout.kind === 'table' ? layout : readAs === 'columns' ? layout.alternative : null;
  if (table === null) {
    const header = findListHeader(text, scale, request.metric);
    // Blank the header line in place, so every answer keeps its line number.
    const answers = header === null ? text : ' '.repeat(header.end) + text.slice(header.end);
    const parse = parseScores(answers, scale, { commas: readAs === 'list-commas-between' ? 'separators' : 'auto', labels });
    const commasAmbiguous = parse.kind !== 'empty' && (parse.decimalComma || (readAs === 'list-commas-between' && usesDecimalComma(text)));
    const groups = (request.groups ?? isSameScale(scale, NPS_SCALE)) ? readGroupList(parse) : null;
    return {
      kind: 'list',
      parse,
      alternative: layout.kind === 'list' ? layout.alternative : null,
      commasAmbiguous,
      commasBetween: readAs === 'list-commas-between',
      header: header?.name ?? null,
      groups,
      unread: groups === null && isWaitingForWordScores(parse) ? 'words-unscored' : null,
      size,
    };
  }
  return analyseTable(text, table, request, layout.kind === 'list', size);
}

/** Read the chosen (or suggested) column of a table, from its text or its UTF-8 bytes. */
function analyseTable(source: TableSource, table: TableLayout, request: Omit<PasteRequest, 'text'>, fromAlternative: boolean, size: PasteSize): PasteAnalysis {
  const { scale, column, labels = {} } = request;
  const readsGroups = request.groups ?? isSameScale(scale, NPS_SCALE);
  const chosen = resolveColumn(table, column, readsGroups);
  const chosenColumn = table.columns[chosen.column];
  const groupColumn = chosenColumn !== undefined && isGroupColumn(chosenColumn);
  const parse = parseColumnScores(source, table, chosen.column, scale, { labels });
  const groups = readsGroups && groupColumn ? parseGroupColumn(source, table, chosen.column) : null;
  let unread: UnreadReason | null = null;
  if (table.headerRows > 0 && table.columns.every((each) => each.fit.filled === 0)) unread = 'no-responses';
  else if (!readsGroups && groupColumn) unread = 'group-column';
  else if (groups === null && chosen.chosenBy !== 'first' && isWaitingForWordScores(parse)) unread = 'words-unscored';
  return {
    kind: 'table',
    layout: table,
    column: chosen.column,
    chosenBy: chosen.chosenBy,
    parse,
    groups,
    unread,
    fromAlternative,
    size,
  };
}

/** Bytes decoded for the layout: enough for the detector's 64 KiB sample even in three-byte characters. */
const HEAD_BYTES = 256 * 1024;

/**
 * The start of a UTF-8 file as text, for the layout (a byte-order mark kept, as in the whole text); null when
 * the bytes are not UTF-8.
 *
 * @param bytes the file
 * @returns up to its first 256 KiB as text, ending on a whole character, or null
 * @example decodeUtf8Head(new TextEncoder().encode('id,NPS\n1,9')) // 'id,NPS\n1,9'
 */
export function decodeUtf8Head(bytes: Uint8Array): string | null {
  try {
    // `stream` leaves a character cut at the end undecoded instead of calling it an error.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, HEAD_BYTES), { stream: bytes.length > HEAD_BYTES });
  } catch {
    return null;
  }
}

/**
 * Read a large UTF-8 file's table straight from its bytes: the layout from its first 256 KiB, then only the
 * chosen column's cells decoded. Gives what `analysePaste` gives for the decoded text. Null when the file is
 * not a table (a list is read from its text); throws `NotUtf8Error` when a cell read is not UTF-8 (the caller
 * then decodes the file as Windows-1252 and reads the text). O(length).
 *
 * @param bytes the file's bytes
 * @param head `decodeUtf8Head(bytes)`
 * @param request the scale and the person's choices
 * @returns the analysis, or null for a file that is not a table
 * @example analyseTableBytes(bytes, decodeUtf8Head(bytes) ?? '', { scale: NPS_SCALE, readAs: 'list', column: null })?.kind // 'table'
 */
export function analyseTableBytes(bytes: Uint8Array, head: string, request: Omit<PasteRequest, 'text'>): PasteAnalysis | null {
  const layout = detectPasteLayout(head, request.scale, request.metric);
  const table = layout.kind === 'table' ? layout : layout.kind === 'list' && request.readAs === 'columns' ? layout.alternative : null;
  if (table === null) return null;
  return analyseTable(bytes, table, request, layout.kind === 'list', measureUtf8(bytes));
}
