// Benchmark: read a 50 MB survey export (CSV) and compute its NPS, beside a byte scan, PapaParse and d3-dsv.
//
//   npm run bench:export      (= node --expose-gc scripts/bench-survey-export.ts; Node 24 strips the types;
//                              --expose-gc only lets each run start without the last one's garbage)
//
// The export is generated in memory from a fixed seed, like a survey tool's download: a UTF-8 byte-order mark,
// CRLF row ends, four columns (Respondent ID, Submitted, "How likely are you to recommend us?", Comment),
// about 0.5% blank and 0.1% "N/A" answers, and free-text comments that are often quoted, hold commas and
// doubled quotes, and in about 2% of rows run over two lines (LF or CRLF inside the quotes, so a reader that
// splits lines before reading quotes gets another NPS). The generator counts the answers as it writes them, so
// the expected NPS is known without parsing.
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
import { formatCsv } from '../src/lib/text/csv.ts';
import type { CsvCell } from '../src/lib/text/csv.ts';
import { countLineFeedsAndCommas, getInstalledVersion, readNpsWithD3Dsv, readNpsWithPapaParse } from './bench-baselines.ts';
import type { Measurement } from './bench-timing.ts';
import { describeLoad, describeMeasurement, describeTableHeading, describeTarget, formatFixed, getMedian, measureInterleaved } from './bench-timing.ts';
import { addToNpsTally, drawNpsScore, getTallyNps } from './draw-nps-score.ts';
import type { NpsTally } from './draw-nps-score.ts';
import { createRandom } from './seeded-random.ts';

const TARGET_CHARACTERS = 50_000_000;
const RUN_COUNTS = { warmUps: 2, runs: 7 } as const;
const HEADER = ['Respondent ID', 'Submitted', 'How likely are you to recommend us?', 'Comment'] as const;
/** 0-based index of the NPS column, and the one header row above the answers. */
const NPS_COLUMN = 2;
const HEADER_ROWS = 1;
const BLANK_ANSWER_SHARE = 0.005;
const NOT_AVAILABLE_SHARE = 0.001;
const NO_COMMENT_SHARE = 0.15;
const TWO_LINE_COMMENT_SHARE = 0.02;
const PLAIN_COMMENT_SHARE = 0.35;
const FIRST_SUBMISSION_MS = Date.UTC(2025, 2, 4, 10, 22, 31);
const MAX_RATIO_TO_BYTE_SCAN = 2;
const MAX_RATIO_TO_FASTER_PARSER = 1;

/** Comment phrases with no comma, quote or line break: written bare. */
const PLAIN_PHRASES = [
  'Great service',
  'Delivery was two days late',
  'Easy to use',
  'Too expensive for what it is',
  'Support solved it in 10 minutes',
  'Would not change a thing',
  'The app crashes on login',
  'Friendly staff at the Leeds branch',
  'Café staff were lovely',
  'Didn’t expect much but it works',
] as const;

/** Comment phrases with commas, quotes and digits: the writer quotes them and doubles their quotes. */
const PUNCTUATED_PHRASES = [
  'Fast, friendly, and cheap',
  'Good app, but the login keeps failing',
  'Rated you 3, 7, 10 over the years, now 9',
  'The "premium" plan is not premium',
  'She said "call back tomorrow", nobody did',
  'Price, price, price',
  'Order #4471, item 2 of 5, arrived broken',
  'Très bien, merci 👍',
  'I’d say 8, maybe "9" on a good day',
  'Took 6 weeks, 3 emails, and 1 "urgent" call',
  // On a comment's second line, a reader that splits lines before quotes would take 10 for an answer.
  'Scores: 2023, 2024, 10, up from 6',
] as const;

/** The generated file, and what a correct reader must find in it. */
type SurveyExport = { readonly text: string; readonly rows: number; readonly twoLineComments: number; readonly expectedNps: number };

/** Pick one item of a list with a seeded generator. */
function pick<Item>(items: readonly Item[], random: () => number): Item {
  return items[Math.floor(random() * items.length)] as Item;
}

/** An answer cell: a blank, "N/A", or a 0..10 score counted into the tally. */
function drawAnswer(random: () => number, tally: NpsTally): CsvCell {
  const draw = random();
  if (draw < BLANK_ANSWER_SHARE) return null;
  if (draw < BLANK_ANSWER_SHARE + NOT_AVAILABLE_SHARE) return 'N/A';
  const score = drawNpsScore(random);
  addToNpsTally(tally, score);
  return score;
}

/**
 * A comment: none, one or two plain phrases, one to three punctuated ones, or two lines. The break inside is LF
 * (as Excel writes a cell's line break) or CRLF (as a browser sends a textarea's), so neither splitting rows at
 * CRLF nor at every line break gives the right rows: only reading the quotes does.
 */
function drawComment(random: () => number): { cell: CsvCell; twoLines: boolean } {
  const draw = random();
  if (draw < NO_COMMENT_SHARE) return { cell: null, twoLines: false };
  if (draw < NO_COMMENT_SHARE + TWO_LINE_COMMENT_SHARE) {
    const lineBreak = random() < 0.5 ? '\n' : '\r\n';
    return { cell: `${pick(PUNCTUATED_PHRASES, random)}${lineBreak}${pick(PUNCTUATED_PHRASES, random)}`, twoLines: true };
  }
  if (draw < NO_COMMENT_SHARE + TWO_LINE_COMMENT_SHARE + PLAIN_COMMENT_SHARE) {
    const first = pick(PLAIN_PHRASES, random);
    return { cell: random() < 0.5 ? first : `${first} and ${pick(PLAIN_PHRASES, random).toLowerCase()}`, twoLines: false };
  }
  const phraseCount = 1 + Math.floor(random() * 3);
  const phrases = Array.from({ length: phraseCount }, () => pick(PUNCTUATED_PHRASES, random));
  return { cell: phrases.join('. '), twoLines: false };
}

/** A submission time as survey tools write it: `2025-03-04 10:22:31` (UTC). */
function formatSubmitted(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 19).replace('T', ' ');
}

/** Build the export row by row through the project's CSV writer until it reaches TARGET_CHARACTERS. */
function generateExport(): SurveyExport {
  const random = createRandom(20250304);
  const tally = { promoters: 0, detractors: 0, answered: 0 };
  const lines = [formatCsv([HEADER])];
  let characters = lines[0]?.length ?? 0;
  let submitted = FIRST_SUBMISSION_MS;
  let twoLineComments = 0;
  let respondentId = 0;
  while (characters < TARGET_CHARACTERS) {
    respondentId += 1;
    const answer = drawAnswer(random, tally);
    const comment = drawComment(random);
    if (comment.twoLines) twoLineComments += 1;
    const line = formatCsv([[respondentId, formatSubmitted(submitted), answer, comment.cell]]);
    lines.push(line);
    characters += line.length;
    submitted += 1000 * (1 + Math.floor(random() * 90));
  }
  return { text: `\ufeff${lines.join('')}`, rows: respondentId, twoLineComments, expectedNps: getTallyNps(tally) };
}

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
const survey = generateExport();
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
