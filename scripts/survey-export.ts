/**
 * A survey tool's CSV export, generated from a fixed seed: the 50 MB file of `npm run bench:export`, also loaded
 * into the browser by `npm run measure:big-input` and test/e2e/big-input.test.ts.
 *
 * A UTF-8 byte-order mark, CRLF row ends, four columns (Respondent ID, Submitted, "How likely are you to recommend
 * us?", Comment), about 0.5% blank and 0.1% "N/A" answers, and free-text comments that are often quoted, hold
 * commas and doubled quotes, and in about 2% of rows run over two lines (LF or CRLF inside the quotes, so a reader
 * that splits lines before reading quotes gets another NPS). The generator counts the answers as it writes them,
 * so the expected NPS is known without parsing.
 */
import { formatCsv } from '../src/lib/text/csv.ts';
import type { CsvCell } from '../src/lib/text/csv.ts';
import { addToNpsTally, drawNpsScore, getTallyNps } from './draw-nps-score.ts';
import type { NpsTally } from './draw-nps-score.ts';
import { createRandom } from './seeded-random.ts';

/** The size of the benchmark's export, in characters. */
export const SURVEY_EXPORT_CHARACTERS = 50_000_000;
export const SURVEY_EXPORT_HEADER = ['Respondent ID', 'Submitted', 'How likely are you to recommend us?', 'Comment'] as const;
/** 0-based index of the NPS column, and the one header row above the answers. */
export const SURVEY_EXPORT_NPS_COLUMN = 2;
export const SURVEY_EXPORT_HEADER_ROWS = 1;
const SEED = 20250304;
const BLANK_ANSWER_SHARE = 0.005;
const NOT_AVAILABLE_SHARE = 0.001;
const NO_COMMENT_SHARE = 0.15;
const TWO_LINE_COMMENT_SHARE = 0.02;
const PLAIN_COMMENT_SHARE = 0.35;
const FIRST_SUBMISSION_MS = Date.UTC(2025, 2, 4, 10, 22, 31);

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
export type SurveyExport = {
  readonly text: string;
  readonly rows: number;
  readonly twoLineComments: number;
  /** The NPS of the answers written, unrounded (`calculateNps` gives the same number to the last bit). */
  readonly expectedNps: number;
  /** How many answers count (0–10), the n the calculator reports. */
  readonly answered: number;
};

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

/**
 * Build the export row by row through the project's CSV writer until it reaches `targetCharacters` (the same
 * seed every time, so every run reads the same file).
 *
 * @param targetCharacters how long the text should at least be; 50,000,000 by default
 * @returns the text (with its byte-order mark) and what a correct reader finds in it
 */
export function generateSurveyExport(targetCharacters = SURVEY_EXPORT_CHARACTERS): SurveyExport {
  const random = createRandom(SEED);
  const tally = { promoters: 0, detractors: 0, answered: 0 };
  const lines = [formatCsv([SURVEY_EXPORT_HEADER])];
  let characters = lines[0]?.length ?? 0;
  let submitted = FIRST_SUBMISSION_MS;
  let twoLineComments = 0;
  let respondentId = 0;
  while (characters < targetCharacters) {
    respondentId += 1;
    const answer = drawAnswer(random, tally);
    const comment = drawComment(random);
    if (comment.twoLines) twoLineComments += 1;
    const line = formatCsv([[respondentId, formatSubmitted(submitted), answer, comment.cell]]);
    lines.push(line);
    characters += line.length;
    submitted += 1000 * (1 + Math.floor(random() * 90));
  }
  return { text: `\ufeff${lines.join('')}`, rows: respondentId, twoLineComments, expectedNps: getTallyNps(tally), answered: tally.answered };
}
