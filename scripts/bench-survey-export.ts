// Benchmark: read a 50 MB survey export (CSV) and compute its NPS, beside a byte scan, PapaParse and d3-dsv.
//
//   npm run bench:export      (= node --expose-gc scripts/bench-survey-export.ts; Node 24 strips the types;
//                              --expose-gc only lets each run start without the last one's garbage)
//
// The export is generated in memory from a fixed seed, like a survey tool's download (scripts/survey-export.ts:
// BOM, CRLF, four columns, blanks, "N/A", quoted and two-line comments); the generator counts the answers as it
// writes them, so the expected NPS is known without parsing.
//
// Every contender is warmed up, then timed round-robin (one run each per round). The table prints, per line:
//   byte scan        a plain loop over the file's UTF-8 bytes counting line feeds and commas: the floor
//   TextDecoder      decoding the bytes to a string, alone (for reference: the readers below start from it)
//   ours, text       `analysePaste` on the decoded text (layout, column choice, classification), then the NPS
//   ours, bytes      `analyseTableBytes` on the file's bytes, as the parse worker reads a file over 4 MiB:
//                    the first 256 KiB decoded for the layout, then only the chosen column's cells
//   PapaParse        Papa.parse(text, { header: false }), then column 3 through Number(), whole 0..10 kept
//   d3-dsv           csvParseRows(text), then the same
// with the median and best time in ms, MB/s at the median (file bytes / time) and the NPS it computed.
// The readers get the decoded text without its byte-order mark, as File.text() gives it in a browser.
// Then the ratios with their targets: ours (bytes) / byte scan (<= 2×), and ours (text and bytes) / the faster
// of PapaParse and d3-dsv (<= 1×), each PASS or MISS by median. A MISS does not fail the run; an NPS that differs does (throws).

import type { PasteAnalysis } from '../src/lib/metrics/analyse-paste.ts';
import { analysePaste, analyseTableBytes, decodeUtf8Head } from '../src/lib/metrics/analyse-paste.ts';
import { calculateNps } from '../src/lib/metrics/nps.ts';
import { NPS_SCALE } from '../src/lib/metrics/score-scale.ts';
import { countLineFeedsAndCommas, getInstalledVersion, readNpsWithD3Dsv, readNpsWithPapaParse } from './bench-baselines.ts';
import type { Measurement } from './bench-timing.ts';
import { describeLoad, describeMeasurement, describeTableHeading, describeTarget, formatFixed, getMedian, measureInterleaved } from './bench-timing.ts';
import { generateSurveyExport, SURVEY_EXPORT_HEADER_ROWS as HEADER_ROWS, SURVEY_EXPORT_NPS_COLUMN as NPS_COLUMN } from './survey-export.ts';

const RUN_COUNTS = { warmUps: 2, runs: 7 } as const;
const MAX_RATIO_TO_BYTE_SCAN = 2;
const MAX_RATIO_TO_FASTER_PARSER = 1;
const OPTIONS = { scale: NPS_SCALE, readAs: 'list', column: null } as const;

/** The NPS of the column a reader chose. */
function getNps(analysis: PasteAnalysis | null): number {
  if (analysis === null || analysis.kind === 'empty' || analysis.parse.kind === 'empty') throw new Error('the export was read as empty');
  const result = calculateNps(analysis.parse.counts);
  if (!result.ok) throw new Error(`calculateNps failed on the export: ${result.error.kind}`);
  return result.value.nps;
}

/** The worker's path for a large file: decode the start for the layout, read the column from the bytes. */
function readBytes(bytes: Uint8Array): number {
  const head = decodeUtf8Head(bytes);
  if (head === null) throw new Error('the export is not UTF-8');
  return getNps(analyseTableBytes(bytes, head, OPTIONS));
}

/** Throw unless every NPS reader found the generator's NPS. */
function assertNpsAgrees(readers: readonly Measurement[], expectedNps: number): void {
  const wrong = readers.filter((reader) => !(Math.abs(reader.result - expectedNps) <= 1e-9));
  if (wrong.length === 0) return;
  const found = wrong.map((reader) => `${reader.name} ${String(reader.result)}`).join(', ');
  throw new Error(`NPS differs from the generated ${String(expectedNps)}: ${found}`);
}

const started = performance.now();
const survey = generateSurveyExport();
const bytes = new TextEncoder().encode(survey.text);
// The decoder drops the byte-order mark, as File.text() does: this is the text a browser reader gets.
const decodedText = new TextDecoder().decode(bytes);
const megabytes = bytes.length / 1_000_000;
const papaName = `PapaParse ${getInstalledVersion('papaparse')}`;
const d3Name = `d3-dsv ${getInstalledVersion('d3-dsv')} csvParseRows`;
console.log(`Survey export: ${String(survey.rows)} rows (${String(survey.twoLineComments)} with two-line comments), ${formatFixed(megabytes, 2)} MB UTF-8, CRLF, BOM; expected NPS ${formatFixed(survey.expectedNps, 4)}`);
console.log(`  generated in ${formatFixed((performance.now() - started) / 1000, 1)} s; load average before timing: ${describeLoad()}; ${String(RUN_COUNTS.warmUps)} warm-up + ${String(RUN_COUNTS.runs)} timed rounds`);

const decoder = new TextDecoder();
const [byteScan, decode, ourText, ourBytes, papa, d3] = measureInterleaved(
  [
    { name: 'byte scan (LF + comma count)', run: () => countLineFeedsAndCommas(bytes) },
    { name: 'TextDecoder.decode alone', run: () => decoder.decode(bytes).length },
    { name: 'ours, text (analysePaste)', run: () => getNps(analysePaste({ ...OPTIONS, text: decodedText })) },
    { name: 'ours, bytes (analyseTableBytes)', run: () => readBytes(bytes) },
    { name: papaName, run: () => readNpsWithPapaParse(decodedText, NPS_COLUMN, HEADER_ROWS) },
    { name: d3Name, run: () => readNpsWithD3Dsv(decodedText, NPS_COLUMN, HEADER_ROWS) },
  ],
  RUN_COUNTS,
) as [Measurement, Measurement, Measurement, Measurement, Measurement, Measurement];

const nameWidth = 32;
console.log(describeTableHeading(nameWidth));
console.log(describeMeasurement(byteScan, megabytes, nameWidth, `${String(byteScan.result)} line feeds + commas`));
console.log(describeMeasurement(decode, megabytes, nameWidth, `${String(decode.result)} UTF-16 code units`));
for (const reader of [ourText, ourBytes, papa, d3]) console.log(describeMeasurement(reader, megabytes, nameWidth, `NPS ${formatFixed(reader.result, 4)}`));
const fasterParser = getMedian(papa.durations) <= getMedian(d3.durations) ? papa : d3;
console.log(describeTarget('ours (bytes) / byte scan', ourBytes, byteScan, MAX_RATIO_TO_BYTE_SCAN));
console.log(describeTarget(`ours (text) / faster parser (${fasterParser.name})`, ourText, fasterParser, MAX_RATIO_TO_FASTER_PARSER));
console.log(describeTarget(`ours (bytes) / faster parser (${fasterParser.name})`, ourBytes, fasterParser, MAX_RATIO_TO_FASTER_PARSER));
console.log(`  load average after timing: ${describeLoad()}`);
assertNpsAgrees([ourText, ourBytes, papa, d3], survey.expectedNps);
console.log('  all four NPS readers agree with the generated NPS');
