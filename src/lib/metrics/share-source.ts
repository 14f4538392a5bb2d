/**
 * Where a shared result's answers came from, carried in the score calculators' share codes so the person who
 * opens a link sees it: the file's name (or "pasted"), the layout, the column, and how many values were left
 * out and why. Written in the calculator code's alphabet (`[a-z0-9-]`): counts in base 36, text as UTF-8 hex.
 *
 *     s-<layout>-<left out>-<not a number>-<outside the scale>-<not whole>-<file name, hex>-<column, hex>
 *       then, for each label score the person gave: -<label, hex>-<score in base 36, or x: does not count>
 */
import type { ExportTool } from './detect-export-layout.ts';

/** How the answers were laid out: a survey tool's export, a plain table, or one list. */
export type SourceLayout = ExportTool | 'table' | 'list';

/** Where a shared result's answers came from. */
export type ShareSource = {
  /** The file's name; null when the answers were pasted. */
  readonly fileName: string | null;
  readonly layout: SourceLayout;
  /** The column read, when the answers were a table. */
  readonly column: string | null;
  readonly leftOut: number;
  readonly notANumber: number;
  readonly outOfRange: number;
  readonly notWhole: number;
  /** The scores the person gave to answers written as words (null: does not count); absent when none. */
  readonly labels?: readonly LabelScore[] | undefined;
};

/** One answer written as words and the score it was given (null: it does not count). */
export type LabelScore = { readonly label: string; readonly score: number | null };

/** Most label scores a code carries (each label cut to 30 bytes), so two sources fit a 1,000-character code. */
export const MAX_SHARED_LABELS = 8;
const MAX_LABEL_BYTES = 30;

/** Longest file name or column name kept in a code, in UTF-8 bytes (two sources must fit a 1,000-character code). */
export const MAX_SOURCE_BYTES = 60;

const LAYOUT_TOKENS: Readonly<Record<SourceLayout, string>> = {
  qualtrics: 'q',
  'qualtrics-legacy': 'ql',
  surveymonkey: 'sm',
  typeform: 'tf',
  'google-forms': 'gf',
  table: 't',
  list: 'l',
};
const LAYOUTS_BY_TOKEN = new Map(Object.entries(LAYOUT_TOKENS).map(([layout, token]) => [token, layout as SourceLayout]));
const COUNT = /^[0-9a-z]{1,8}$/;
const HEX = /^(?:[0-9a-f]{2}){0,60}$/;

const toHex = (text: string): string => Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): string | null {
  if (!HEX.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Cut text to at most `limit` UTF-8 bytes, whole characters only, ending with "…" when cut. */
function cut(text: string, limit = MAX_SOURCE_BYTES): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= limit) return text;
  let kept = '';
  // "…" is three bytes in UTF-8.
  let bytes = 3;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > limit) break;
    kept += char;
    bytes += size;
  }
  // End on a whole word when one ends in the last third.
  const space = kept.lastIndexOf(' ');
  return `${(space > (kept.length * 2) / 3 ? kept.slice(0, space) : kept).trimEnd()}…`;
}

/**
 * Write a source as one part of a calculator code (names cut to 60 UTF-8 bytes, with “…”).
 *
 * @param source where the answers came from
 * @returns the part, starting `s-`
 * @example writeShareSource({ fileName: 'a.csv', layout: 'qualtrics', column: 'Q1', leftOut: 3, notANumber: 1, outOfRange: 2, notWhole: 0 }) // 's-q-3-1-2-0-612e637376-5131'
 */
export function writeShareSource(source: ShareSource): string {
  const counts = [source.leftOut, source.notANumber, source.outOfRange, source.notWhole].map((count) => {
    if (!Number.isSafeInteger(count) || count < 0) throw new Error(`writeShareSource requires whole counts >= 0, got ${String(count)}`);
    return count.toString(36);
  });
  const labels = (source.labels ?? []).slice(0, MAX_SHARED_LABELS).filter(({ label }) => label !== '').flatMap(({ label, score }) => {
    if (score !== null && (!Number.isSafeInteger(score) || score < 0)) throw new Error(`writeShareSource requires label scores >= 0, got ${String(score)}`);
    return [toHex(cut(label, MAX_LABEL_BYTES)), score === null ? 'x' : score.toString(36)];
  });
  return ['s', LAYOUT_TOKENS[source.layout], ...counts, toHex(cut(source.fileName ?? '')), toHex(cut(source.column ?? '')), ...labels].join('-');
}

/**
 * Read a source part of a calculator code; null when it is not one (a wrong part is never half read).
 *
 * @param part one part of a code
 * @returns the source, or null
 * @example readShareSource('s-l-0-0-0-0--')?.layout // 'list'
 */
export function readShareSource(part: string): ShareSource | null {
  const fields = part.split('-');
  if (fields.length < 8 || (fields.length - 8) % 2 !== 0 || (fields.length - 8) / 2 > MAX_SHARED_LABELS || fields[0] !== 's') return null;
  const [, token = '', ...rest] = fields;
  const layout = LAYOUTS_BY_TOKEN.get(token);
  const counts = rest.slice(0, 4).map((field) => (COUNT.test(field) ? Number.parseInt(field, 36) : Number.NaN));
  const fileName = fromHex(rest[4] ?? '');
  const column = fromHex(rest[5] ?? '');
  if (layout === undefined || counts.some((count) => !Number.isSafeInteger(count)) || fileName === null || column === null) return null;
  const [leftOut = 0, notANumber = 0, outOfRange = 0, notWhole = 0] = counts;
  if (notANumber + outOfRange + notWhole !== leftOut) return null;
  const labels: LabelScore[] = [];
  for (let index = 8; index < fields.length; index += 2) {
    const label = fromHex(fields[index] ?? '');
    const scoreText = fields[index + 1] ?? '';
    if (label === null || label === '' || !(scoreText === 'x' || COUNT.test(scoreText))) return null;
    labels.push({ label, score: scoreText === 'x' ? null : Number.parseInt(scoreText, 36) });
  }
  const source = { fileName: fileName === '' ? null : fileName, layout, column: column === '' ? null : column, leftOut, notANumber, outOfRange, notWhole };
  return labels.length > 0 ? { ...source, labels } : source;
}
