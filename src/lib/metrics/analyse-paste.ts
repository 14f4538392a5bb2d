/**
 * Read a paste (or a file's text) into score counts: detect its layout, pick the column, parse it.
 * Pure: runs in the parse worker for large pastes and on the main thread for small ones (and in tests).
 */
import type { ColumnScoreParse } from './parse-column-scores.ts';
import type { ScoreParse } from './score-tally.ts';
import type { ScoreScale } from './score-scale.ts';
import type { TableLayout } from './detect-paste-layout.ts';
import { detectPasteLayout } from './detect-paste-layout.ts';
import { parseColumnScores } from './parse-column-scores.ts';
import { parseScores } from './parse-scores.ts';
import { usesDecimalComma } from './uses-decimal-comma.ts';

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
};

/** How big a paste is, for the "large paste" note. */
export type PasteSize = { readonly characters: number; readonly lines: number };

/** Why this column was read. */
export type ColumnChoiceReason = 'person' | 'suggested' | 'first';

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
      readonly size: PasteSize;
    }
  | {
      readonly kind: 'table';
      readonly layout: TableLayout;
      readonly column: number;
      readonly chosenBy: ColumnChoiceReason;
      readonly parse: ColumnScoreParse;
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

/**
 * Pick the column to read: the person's choice when the table still has it (by name when there is a
 * header, by position when there is none), else the library's suggestion, else the first column.
 *
 * @param layout a table layout
 * @param preference the person's earlier choice, or null
 * @returns the 0-based column and why it was picked
 * @example resolveColumn(layout, { index: 3, name: 'NPS' }) // { column: 1, chosenBy: 'person' } when "NPS" is now column 2
 */
export function resolveColumn(layout: TableLayout, preference: ColumnPreference | null): { column: number; chosenBy: ColumnChoiceReason } {
  if (preference !== null) {
    const match = layout.columns.find((column) =>
      preference.name !== null ? column.name === preference.name : column.name === null && column.index === preference.index,
    );
    if (match) return { column: match.index, chosenBy: 'person' };
  }
  if (layout.suggestedColumn !== null) return { column: layout.suggestedColumn, chosenBy: 'suggested' };
  return { column: 0, chosenBy: 'first' };
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
  const { text, scale, readAs, column } = request;
  const layout = detectPasteLayout(text);
  if (layout.kind === 'empty') return { kind: 'empty' };
  const size = { characters: text.length, lines: countLines(text) };
  const table = layout.kind === 'table' ? layout : readAs === 'columns' ? layout.alternative : null;
  if (table === null) {
    const parse = parseScores(text, scale, { commas: readAs === 'list-commas-between' ? 'separators' : 'auto' });
    const commasAmbiguous = parse.kind !== 'empty' && (parse.decimalComma || (readAs === 'list-commas-between' && usesDecimalComma(text)));
    return { kind: 'list', parse, alternative: layout.kind === 'list' ? layout.alternative : null, commasAmbiguous, commasBetween: readAs === 'list-commas-between', size };
  }
  const chosen = resolveColumn(table, column);
  return {
    kind: 'table',
    layout: table,
    column: chosen.column,
    chosenBy: chosen.chosenBy,
    parse: parseColumnScores(text, table, chosen.column, scale),
    fromAlternative: layout.kind === 'list',
    size,
  };
}
