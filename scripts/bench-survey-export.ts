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
//   ours             src/lib/survey/benchmark-entry.ts `readExportForBenchmark(text)` when that file exists,
//                    else today's `analysePaste` + `calculateNps`; it must return the NPS
//   PapaParse        Papa.parse(text, { header: false }), then column 3 through Number(), whole 0..10 kept
//   d3-dsv           csvParseRows(text), then the same
// with the median and best time in ms, MB/s at the median (file bytes / time) and the NPS it computed.
// The readers get the decoded text without its byte-order mark, as File.text() gives it in a browser.
// Then two ratios with their targets: ours / byte scan (<= 2×) and ours / the faster of PapaParse and
// d3-dsv (<= 1×), each PASS or MISS by median. A MISS does not fail the run; an NPS that differs does (throws).

import { existsSync } from 'node:fs';
import { analysePaste } from '../src/lib/metrics/analyse-paste.ts';
import { calculateNps } from '../src/lib/metrics/nps.ts';
import { NPS_SCALE } from '../src/lib/metrics/score-scale.ts';
import { countLineFeedsAndCommas, getInstalledVersion, readNpsWithD3Dsv, readNpsWithPapaParse } from './bench-baselines.ts';
import type { Measurement } from './bench-timing.ts';
import { describeLoad, describeMeasurement, describeTableHeading, describeTarget, formatFixed, getMedian, measureInterleaved } from './bench-timing.ts';
import { generateSurveyExport, SURVEY_EXPORT_HEADER_ROWS as HEADER_ROWS, SURVEY_EXPORT_NPS_COLUMN as NPS_COLUMN } from './survey-export.ts';

const RUN_COUNTS = { warmUps: 2, runs: 7 } as const;
const MAX_RATIO_TO_BYTE_SCAN = 2;
const MAX_RATIO_TO_FASTER_PARSER = 1;

/** Our reader: the new survey reader's benchmark entry when the lead has written it, else today's paste reader. */
async function loadOurReader(): Promise<{ name: string; read: (text: string) => number }> {
  const entry = new URL('../src/lib/survey/benchmark-entry.ts', import.meta.url);
  // Test for the file rather than catch a failed import: a broken import inside the entry must not hide.
  if (!existsSync(entry)) return { name: 'ours (analysePaste, fallback)', read: readWithAnalysePaste };
  const module = (await import(entry.href)) as { readExportForBenchmark?: (text: string) => unknown };
  const readExport = module.readExportForBenchmark;
  if (typeof readExport !== 'function') throw new Error('src/lib/survey/benchmark-entry.ts must export readExportForBenchmark(text)');
  return {
    name: 'ours (survey/benchmark-entry)',
    read: (text) => {
      const nps = readExport(text);
      if (typeof nps !== 'number') throw new Error(`readExportForBenchmark must return the NPS as a number, got ${typeof nps}`);
      return nps;
    },
  };
}

/** Today's reader: detect the table, pick the suggested column, count the scores, then the NPS. */
function readWithAnalysePaste(text: string): number {
  const analysis = analysePaste({ text, scale: NPS_SCALE, readAs: 'list', column: null });
  if (analysis.kind === 'empty' || analysis.parse.kind === 'empty') throw new Error('analysePaste read the export as empty');
  const result = calculateNps(analysis.parse.counts);
  if (!result.ok) throw new Error(`calculateNps failed on the export: ${result.error.kind}`);
  return result.value.nps;
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
const ours = await loadOurReader();
const papaName = `PapaParse ${getInstalledVersion('papaparse')}`;
const d3Name = `d3-dsv ${getInstalledVersion('d3-dsv')} csvParseRows`;
console.log(`Survey export: ${String(survey.rows)} rows (${String(survey.twoLineComments)} with two-line comments), ${formatFixed(megabytes, 2)} MB UTF-8, CRLF, BOM; expected NPS ${formatFixed(survey.expectedNps, 4)}`);
console.log(`  generated in ${formatFixed((performance.now() - started) / 1000, 1)} s; load average before timing: ${describeLoad()}; ${String(RUN_COUNTS.warmUps)} warm-up + ${String(RUN_COUNTS.runs)} timed rounds`);

const decoder = new TextDecoder();
const [byteScan, decode, ourReader, papa, d3] = measureInterleaved(
  [
    { name: 'byte scan (LF + comma count)', run: () => countLineFeedsAndCommas(bytes) },
    { name: 'TextDecoder.decode alone', run: () => decoder.decode(bytes).length },
    { name: ours.name, run: () => ours.read(decodedText) },
    { name: papaName, run: () => readNpsWithPapaParse(decodedText, NPS_COLUMN, HEADER_ROWS) },
    { name: d3Name, run: () => readNpsWithD3Dsv(decodedText, NPS_COLUMN, HEADER_ROWS) },
  ],
  RUN_COUNTS,
) as [Measurement, Measurement, Measurement, Measurement, Measurement];

const nameWidth = 32;
console.log(describeTableHeading(nameWidth));
console.log(describeMeasurement(byteScan, megabytes, nameWidth, `${String(byteScan.result)} line feeds + commas`));
console.log(describeMeasurement(decode, megabytes, nameWidth, `${String(decode.result)} UTF-16 code units`));
for (const reader of [ourReader, papa, d3]) console.log(describeMeasurement(reader, megabytes, nameWidth, `NPS ${formatFixed(reader.result, 4)}`));
const fasterParser = getMedian(papa.durations) <= getMedian(d3.durations) ? papa : d3;
console.log(describeTarget('ours / byte scan', ourReader, byteScan, MAX_RATIO_TO_BYTE_SCAN));
console.log(describeTarget(`ours / faster parser (${fasterParser.name})`, ourReader, fasterParser, MAX_RATIO_TO_FASTER_PARSER));
console.log(`  load average after timing: ${describeLoad()}`);
assertNpsAgrees([ourReader, papa, d3], survey.expectedNps);
console.log('  all three NPS readers agree with the generated NPS');
