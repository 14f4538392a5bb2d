/**
 * Recognise the CSV layouts that survey tools write, from the first rows of a table: how many header rows
 * there are, which columns are the tool's own (dates, IDs, status) rather than questions, the question text of
 * each column, and which column holds the response ID. Keyed on structure and IDs, not on header text alone,
 * because headers are written in the account's language.
 */

/** The survey tools whose exports are recognised. */
export type ExportTool = 'qualtrics' | 'qualtrics-legacy' | 'surveymonkey' | 'typeform' | 'google-forms';

/** What the first rows say about a table. */
export type ExportLayout = {
  /** The tool that wrote it, or null for a plain table. */
  readonly tool: ExportTool | null;
  /** Rows before the first answer (0 for a header-less table). */
  readonly headerRows: number;
  /** Per column: its ID or header (stable, used to remember a choice), or null when blank. */
  readonly names: readonly (string | null)[];
  /** Per column: the question's text when the export gives it apart from the name, else null. */
  readonly questions: readonly (string | null)[];
  /** Per column: true when the tool added it (dates, IDs, progress), so it is never a score column. */
  readonly metadata: readonly boolean[];
  /** The column holding each response's ID, if any. */
  readonly responseIdColumn: number | null;
};

/** How each tool is named in messages. */
export const EXPORT_TOOL_NAMES: Readonly<Record<ExportTool, string>> = {
  qualtrics: 'Qualtrics export',
  'qualtrics-legacy': 'Qualtrics export (legacy layout)',
  surveymonkey: 'SurveyMonkey export',
  typeform: 'Typeform export',
  'google-forms': 'Google Forms export',
};

/** Typeform's own columns (older exports lack some). */
const TYPEFORM_COLUMNS = new Set(['#', 'response type', 'start date (utc)', 'stage date (utc)', 'submit date (utc)', 'network id', 'tags', 'ending']);
/** Google Forms' first column in the languages it is most used in. */
const GOOGLE_TIMESTAMP_HEADERS = new Set([
  'timestamp',
  'horodateur',
  'marca temporal',
  'zeitstempel',
  'carimbo de data/hora',
  'informazioni cronologiche',
  'tijdstempel',
  'sygnatura czasowa',
  'отметка времени',
  'タイムスタンプ',
  '타임스탬프',
  '时间戳记',
  '時間戳記',
  'zaman damgası',
  'dấu thời gian',
]);
/** A Google Forms timestamp: `2020/10/22 10:55:16 AM GMT+1` (form download) or `8/21/2025 18:44:32` (Sheets). */
const GOOGLE_TIMESTAMP = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}:\d{2}(?: ?[AP]M)?(?: GMT[+-]\d{1,2}(?::?\d{2})?)?$/i;
/** A header that names an email column, in several languages. */
const EMAIL_HEADER = /e-?mail|courriel|correo|電子郵件|メール|이메일/i;

const trimmed = (cell: string | undefined): string => (cell ?? '').trim();
const blankToNull = (cell: string): string | null => (cell === '' ? null : cell);
const findColumn = (row: readonly string[], predicate: (cell: string) => boolean): number | null => {
  const index = row.findIndex((cell) => predicate(cell.trim()));
  return index === -1 ? null : index;
};

/** Read a Qualtrics third-row cell, `{"ImportId":"QID2"}`, to its import ID. */
function readImportId(cell: string): string | null {
  const match = /^\{\s*"ImportId"\s*:\s*"([^"]*)"/.exec(cell.trim());
  return match ? (match[1] ?? null) : null;
}

function detectQualtrics(rows: readonly (readonly string[])[], width: number): ExportLayout | null {
  const third = rows[2] ?? [];
  const importIds = Array.from({ length: width }, (_, index) => readImportId(third[index] ?? ''));
  if (importIds.filter((id) => id !== null).length < Math.max(1, width / 2)) return null;
  const first = rows[0] ?? [];
  const second = rows[1] ?? [];
  return {
    tool: 'qualtrics',
    headerRows: 3,
    names: Array.from({ length: width }, (_, index) => blankToNull(trimmed(first[index]))),
    questions: Array.from({ length: width }, (_, index) => blankToNull(trimmed(second[index]))),
    // Questions have import IDs QID…; the tool's own columns have startDate, _recordId and the like.
    metadata: importIds.map((id) => id !== null && !/^QID/i.test(id)),
    responseIdColumn: importIds.indexOf('_recordId') === -1 ? findColumn(first, (cell) => cell === 'ResponseId') : importIds.indexOf('_recordId'),
  };
}

function detectQualtricsLegacy(rows: readonly (readonly string[])[], width: number): ExportLayout | null {
  const first = rows[0] ?? [];
  const second = rows[1] ?? [];
  if (!/^V1$/.test(trimmed(first[0])) || trimmed(second[0]) !== 'ResponseID') return null;
  return {
    tool: 'qualtrics-legacy',
    headerRows: 2,
    names: Array.from({ length: width }, (_, index) => blankToNull(trimmed(first[index]))),
    questions: Array.from({ length: width }, (_, index) => blankToNull(trimmed(second[index]))),
    metadata: Array.from({ length: width }, (_, index) => /^V\d+$/.test(trimmed(first[index])) || trimmed(first[index]).startsWith('Location')),
    responseIdColumn: 0,
  };
}

function detectSurveyMonkey(rows: readonly (readonly string[])[], width: number): ExportLayout | null {
  const first = rows[0] ?? [];
  const second = rows[1] ?? [];
  const idColumn = findColumn(first, (cell) => cell.toLowerCase() === 'respondent id');
  const hasMarkers = second.some((cell) => /^(?:response|open-ended response|other \(please specify\))$/i.test(cell.trim()));
  if (idColumn === null || !hasMarkers) return null;
  const names: (string | null)[] = [];
  const questions: (string | null)[] = [];
  const metadata: boolean[] = [];
  let question = '';
  for (let index = 0; index < width; index += 1) {
    const header = trimmed(first[index]);
    const marker = trimmed(second[index]);
    // A blank header cell continues the multi-column question to its left.
    if (header !== '') question = header;
    const isMetadata = marker === '';
    metadata.push(isMetadata);
    const part = marker === '' || /^(?:response|open-ended response)$/i.test(marker) ? '' : marker;
    const name = isMetadata ? header : part === '' ? question : `${question} [${part}]`;
    names.push(blankToNull(name));
    questions.push(null);
  }
  return { tool: 'surveymonkey', headerRows: 2, names, questions, metadata, responseIdColumn: idColumn };
}

function detectTypeform(rows: readonly (readonly string[])[], width: number): ExportLayout | null {
  const first = rows[0] ?? [];
  const lower = first.map((cell) => cell.trim().toLowerCase());
  if (lower[0] !== '#' || !(lower.includes('submit date (utc)') || lower.includes('network id'))) return null;
  return {
    tool: 'typeform',
    headerRows: 1,
    names: Array.from({ length: width }, (_, index) => blankToNull(trimmed(first[index]))),
    questions: new Array<null>(width).fill(null),
    metadata: Array.from({ length: width }, (_, index) => TYPEFORM_COLUMNS.has(lower[index] ?? '')),
    responseIdColumn: 0,
  };
}

function detectGoogleForms(rows: readonly (readonly string[])[], width: number): ExportLayout | null {
  const first = rows[0] ?? [];
  const header = trimmed(first[0]).toLowerCase();
  const stamps = rows.slice(1, 6).map((row) => trimmed(row[0]));
  const looksStamped = stamps.length > 0 && stamps.every((cell) => GOOGLE_TIMESTAMP.test(cell));
  if (!(GOOGLE_TIMESTAMP_HEADERS.has(header) && (looksStamped || stamps.length === 0))) return null;
  return {
    tool: 'google-forms',
    headerRows: 1,
    names: Array.from({ length: width }, (_, index) => blankToNull(trimmed(first[index]))),
    questions: new Array<null>(width).fill(null),
    metadata: Array.from({ length: width }, (_, index) => index === 0 || (index === 1 && EMAIL_HEADER.test(trimmed(first[index])))),
    responseIdColumn: null,
  };
}

/**
 * Recognise a survey tool's export from the first rows of a table: Qualtrics (three header rows, the third
 * of `{"ImportId":…}` cells), its legacy layout (`V1…` over `ResponseID,…`), SurveyMonkey (`Respondent ID`
 * over a row of `Response` / `Open-Ended Response` markers), Typeform (`#`, then `Submit Date (UTC)` or
 * `Network ID`) and Google Forms (a localised `Timestamp` header over timestamps). Null for anything else,
 * which the caller reads as a plain table. Never throws. O(rows × width).
 *
 * @param rows the first records of the table, as cells
 * @param width how many columns the table has
 * @returns the layout, or null
 * @example detectExportLayout([['#', 'NPS', 'Submit Date (UTC)'], ['ab12', '9', '2025-02-22 17:15:19']], 3)?.tool // 'typeform'
 * @see https://www.qualtrics.com/support/survey-platform/data-and-analysis-module/data/download-data/understanding-your-dataset/ (Qualtrics header rows)
 */
export function detectExportLayout(rows: readonly (readonly string[])[], width: number): ExportLayout | null {
  if (rows.length < 1 || width < 1) return null;
  return (
    detectQualtrics(rows, width) ??
    detectQualtricsLegacy(rows, width) ??
    detectSurveyMonkey(rows, width) ??
    detectTypeform(rows, width) ??
    detectGoogleForms(rows, width)
  );
}
