/**
 * What the benchmarks measure our reader against: two plain byte loops (the physical floor: every byte looked
 * at once, nothing built) and two popular CSV parsers, PapaParse and d3-dsv, followed by the least work that
 * turns their rows into an NPS.
 */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import Papa from 'papaparse';
import { addToNpsTally, getTallyNps } from './draw-nps-score.ts';

const LINE_FEED = 10;
const COMMA = 44;
const DIGIT_ZERO = 48;

/** Count line feeds and commas in UTF-8 bytes: the floor for reading a CSV's rows and cells. */
export function countLineFeedsAndCommas(bytes: Uint8Array): number {
  let lineFeeds = 0;
  let commas = 0;
  const length = bytes.length;
  for (let index = 0; index < length; index += 1) {
    // In bounds, so never undefined; a `?? 0` here would be one more branch than the floor needs.
    const byte = bytes[index] as number;
    if (byte === LINE_FEED) lineFeeds += 1;
    else if (byte === COMMA) commas += 1;
  }
  // Return both so the engine cannot drop either count as unused.
  return lineFeeds + commas;
}

/** Count digits and line feeds in UTF-8 bytes: the floor for reading a pasted column of scores. */
export function countDigitsAndLineFeeds(bytes: Uint8Array): number {
  let lineFeeds = 0;
  let digits = 0;
  const length = bytes.length;
  for (let index = 0; index < length; index += 1) {
    const byte = bytes[index] as number;
    if (byte === LINE_FEED) lineFeeds += 1;
    // One unsigned comparison for '0'..'9'.
    else if (((byte - DIGIT_ZERO) >>> 0) <= 9) digits += 1;
  }
  return lineFeeds + digits;
}

/**
 * The NPS of one column of parsed rows: skip the header rows, skip blank cells, Number() the rest and keep whole
 * numbers 0..10 (so "N/A" and other text are left out, as our reader leaves them out).
 */
export function getColumnNps(rows: readonly (readonly string[])[], column: number, headerRows: number): number {
  const tally = { promoters: 0, detractors: 0, answered: 0 };
  for (let index = headerRows; index < rows.length; index += 1) {
    const cell = rows[index]?.[column];
    // Number('') and Number(' ') are 0: a blank cell is no answer, not a detractor.
    if (cell === undefined || cell.trim() === '') continue;
    const value = Number(cell);
    if (Number.isInteger(value) && value >= 0 && value <= 10) addToNpsTally(tally, value);
  }
  return getTallyNps(tally);
}

/** PapaParse's rows (`header: false`, its delimiter and line-end guessing left on), then `getColumnNps`. */
export function readNpsWithPapaParse(text: string, column: number, headerRows: number): number {
  const parsed = Papa.parse<string[]>(text, { header: false });
  return getColumnNps(parsed.data, column, headerRows);
}

/** d3-dsv's `csvParseRows`, then `getColumnNps`. */
export function readNpsWithD3Dsv(text: string, column: number, headerRows: number): number {
  return getColumnNps(csvParseRows(text), column, headerRows);
}

/** The installed version of a package, for the printed table (read from node_modules: d3-dsv exports no package.json). */
export function getInstalledVersion(packageName: string): string {
  const manifest = new URL(`../node_modules/${packageName}/package.json`, import.meta.url);
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '?';
}
