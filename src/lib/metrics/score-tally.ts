import type { ScoreIssue, ScoreIssueKind } from './score-issue.ts';
import type { ScoreScale } from './score-scale.ts';
import { getScalePointCount } from './score-scale.ts';
import { normaliseAnswerText, readAnswerText } from './read-answer-text.ts';
import { getLabelKey } from './scale-labels.ts';

/** How many problems a parse keeps by default; `leftOut` still counts them all. */
export const DEFAULT_MAX_ISSUES = 1000;
/** Longest excerpt of a bad value kept in an issue. */
const MAX_ISSUE_TEXT_LENGTH = 40;

/** A score written out of a total: `9/10`, `4 / 5`. */
const FRACTION = /^(\d{1,4})\s*\/\s*(\d{1,4})$/;

/** Distinct answers written only as words that are tracked for the label mapping. */
const MAX_TEXT_LABELS = 40;
/** Distinct whole numbers outside the scale that are tracked to suggest a scale that fits. */
const MAX_OUTSIDE_VALUES = 100;

/** Scores the person gave to answers written as words, by `getLabelKey`; null: the label does not count. */
export type LabelScores = Readonly<Record<string, number | null>>;

/** An answer written only as words, and how often it occurs. */
export type TextLabel = { readonly label: string; readonly key: string; readonly count: number };

/** Scores read from a paste: counts per scale point plus what was left out and why. */
export type ParsedScores = {
  readonly kind: 'parsed';
  readonly scale: ScoreScale;
  /** counts[i] is how many answered `scale.min + i`. */
  readonly counts: readonly number[];
  /** Values that counted (the sum of `counts`). */
  readonly n: number;
  /** Values that could not count; may be more than `issues.length`. */
  readonly leftOut: number;
  readonly leftOutByKind: Readonly<Record<ScoreIssueKind, number>>;
  /** The first problems in input order (up to `maxIssues`, default 1000). */
  readonly issues: readonly ScoreIssue[];
  /** Whether commas were read as decimal marks: the list rule in `usesDecimalComma`, or for a table column whether any number had one. */
  readonly decimalComma: boolean;
  /** Answers written only as words, most frequent first (up to 40), counted through `labels` or left out. */
  readonly textLabels: readonly TextLabel[];
  /** How many answers counted through the label mapping. */
  readonly mapped: number;
  /** How many words the label mapping set not to count (part of the `not-a-number` left out). */
  readonly excluded: number;
  /** Whole numbers outside the scale and how often each occurs (up to 100 distinct), to suggest another scale. */
  readonly outside: Readonly<Record<string, number>>;
};

/**
 * The outcome of parsing pasted scores. `empty` (nothing typed yet, or only
 * blanks and separators) is not an error: the UI shows a prompt. `parsed`
 * may still have n = 0 when every value was left out.
 */
export type ScoreParse = { readonly kind: 'empty' } | ParsedScores;

/** Mutable accumulator the parsers share while they scan. */
export type ScoreTally = {
  readonly scale: ScoreScale;
  readonly counts: number[];
  n: number;
  leftOutByKind: Record<ScoreIssueKind, number>;
  readonly issues: ScoreIssue[];
  readonly maxIssues: number;
  /** Whether any non-blank value was seen. */
  sawValue: boolean;
  readonly labels: LabelScores;
  readonly textLabels: Map<string, { label: string; count: number }>;
  mapped: number;
  excluded: number;
  readonly outside: Map<number, number>;
};

/**
 * Start an empty tally for a scale.
 *
 * @param scale the scale values are checked against
 * @param maxIssues how many problems to keep (default 1000)
 * @returns a tally with zero counts
 * @example createScoreTally(NPS_SCALE).counts // [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
 * @see https://en.wikipedia.org/wiki/Tally_marks
 */
export function createScoreTally(scale: ScoreScale, maxIssues: number = DEFAULT_MAX_ISSUES, labels: LabelScores = {}): ScoreTally {
  if (!Number.isSafeInteger(maxIssues) || maxIssues < 0) {
    throw new Error(`maxIssues must be a whole number >= 0, got ${String(maxIssues)}`);
  }
  return {
    scale,
    counts: new Array<number>(getScalePointCount(scale)).fill(0),
    n: 0,
    leftOutByKind: { 'not-a-number': 0, 'out-of-range': 0, 'not-whole': 0 },
    issues: [],
    maxIssues,
    sawValue: false,
    labels,
    textLabels: new Map(),
    mapped: 0,
    excluded: 0,
    outside: new Map(),
  };
}

/** A value without one pair of surrounding quotes. */
function unquote(text: string): string {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

/** Cut a bad value to a readable excerpt without splitting a surrogate pair. */
function excerpt(text: string): string {
  let trimmed = text.trim();
  // Show a quoted value without its quotes: the problem is the content.
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) trimmed = trimmed.slice(1, -1).trim();
  if (trimmed.length <= MAX_ISSUE_TEXT_LENGTH) return trimmed;
  let cut = MAX_ISSUE_TEXT_LENGTH;
  const code = trimmed.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${trimmed.slice(0, cut)}…`;
}

/**
 * Count a whole score already known to lie on the tally's scale: the counting step of `addScoreToTally`, for
 * readers that have checked the number themselves and need no problem text.
 *
 * @param tally the tally to add to
 * @param score a whole number from scale.min to scale.max
 * @returns the index in `counts` it was counted at
 * @example countScoreOnScale(createScoreTally(NPS_SCALE), 9) // 9
 */
export function countScoreOnScale(tally: ScoreTally, score: number): number {
  const index = score - tally.scale.min;
  tally.counts[index] = (tally.counts[index] ?? 0) + 1;
  tally.n += 1;
  tally.sawValue = true;
  return index;
}

/**
 * Count one value read by `readScoreToken`, or record why it cannot count.
 * Checks in order: not a number, outside the scale, not whole.
 *
 * @param tally the tally to add to
 * @param value the number read; NaN for not a number; null for a blank (ignored)
 * @param line 1-based line
 * @param column 1-based column for tables, undefined for lists
 * @param getText the value as typed; only called for problems, so good values never slice strings
 * @param getResponseId the response's ID in an export that has one; only called for problems
 * @returns the index in `counts` the answer was counted at, or −1 when it was blank or left out
 * @example addScoreToTally(tally, 11, 3, undefined, () => '11') // −1, and records out-of-range at line 3
 * @see https://www.nngroup.com/articles/error-message-guidelines/ (say what is wrong and where)
 */
export function addScoreToTally(
  tally: ScoreTally,
  value: number | null,
  line: number,
  column: number | undefined,
  getText: () => string,
  getResponseId?: () => string,
): number {
  if (value === null) return -1;
  tally.sawValue = true;
  const { min, max } = tally.scale;
  let score = value;
  let character: string | null = null;
  /** Whether the person's label scores say this answer does not count. */
  let excluded = false;
  /** The total of a score written out of another one (`9/10` on 1–5). */
  let outOf: number | null = null;
  if (Number.isNaN(value)) {
    // Words: count them through the person's label mapping, and keep them to offer one.
    // Slice and unquote the value once: the word and the fraction checks read the same text.
    const typed = unquote(getText());
    const answer = readAnswerText(typed);
    character = answer.stoppedBy;
    // "9/10" on a 0–10 scale: a score out of the scale's top is that score; out of anything else it stays unread.
    const fraction = FRACTION.exec(normaliseAnswerText(typed));
    if (fraction && Number(fraction[2]) === tally.scale.max) {
      score = Number(fraction[1]);
      character = null;
    } else if (fraction) {
      // Out of another total: name it, and let a numerator past this scale point at a scale that fits.
      outOf = Number(fraction[2]);
      character = null;
      const numerator = Number(fraction[1]);
      if (numerator > tally.scale.max && (tally.outside.has(numerator) || tally.outside.size < MAX_OUTSIDE_VALUES)) {
        tally.outside.set(numerator, (tally.outside.get(numerator) ?? 0) + 1);
      }
    }
    if (answer.label !== null) {
      const key = getLabelKey(answer.label);
      const known = tally.textLabels.get(key);
      if (known) known.count += 1;
      else if (tally.textLabels.size < MAX_TEXT_LABELS) tally.textLabels.set(key, { label: answer.label, count: 1 });
      const mapped = tally.labels[key];
      if (typeof mapped === 'number') {
        score = mapped;
        tally.mapped += 1;
      } else if (mapped === null) {
        excluded = true;
        tally.excluded += 1;
      }
    }
  }
  if (score >= min && score <= max && Number.isInteger(score)) return countScoreOnScale(tally, score);
  if (Number.isInteger(score) && (tally.outside.has(score) || tally.outside.size < MAX_OUTSIDE_VALUES)) {
    tally.outside.set(score, (tally.outside.get(score) ?? 0) + 1);
  }
  const responseId = getResponseId?.().trim() ?? '';
  const place = { line, ...(column === undefined ? {} : { column }), ...(responseId === '' ? {} : { responseId }) };
  let issue: ScoreIssue;
  if (Number.isNaN(score)) {
    issue = {
      kind: 'not-a-number',
      ...place,
      text: excerpt(getText()),
      ...(character === null ? {} : { character }),
      ...(excluded ? { excluded } : {}),
      ...(outOf === null ? {} : { outOf }),
    };
  } else if (score < min || score > max) {
    issue = { kind: 'out-of-range', ...place, text: excerpt(getText()), value: score, min, max };
  } else {
    issue = { kind: 'not-whole', ...place, text: excerpt(getText()), value: score };
  }
  tally.leftOutByKind[issue.kind] += 1;
  if (tally.issues.length < tally.maxIssues) tally.issues.push(issue);
  return -1;
}

/**
 * Freeze a tally into the parse result: `empty` when no value was seen at all.
 *
 * @param tally the finished tally
 * @param decimalComma whether commas were read as decimal marks
 * @returns the parse result
 * @example finishScoreTally(createScoreTally(NPS_SCALE), false) // { kind: 'empty' }
 * @see https://en.wikipedia.org/wiki/Frequency_distribution
 */
export function finishScoreTally(tally: ScoreTally, decimalComma: boolean): ScoreParse {
  if (!tally.sawValue) return { kind: 'empty' };
  const byKind = tally.leftOutByKind;
  return {
    kind: 'parsed',
    scale: { min: tally.scale.min, max: tally.scale.max },
    counts: tally.counts,
    n: tally.n,
    leftOut: byKind['not-a-number'] + byKind['out-of-range'] + byKind['not-whole'],
    leftOutByKind: { ...byKind },
    issues: tally.issues,
    decimalComma,
    textLabels: [...tally.textLabels].map(([key, { label, count }]) => ({ label, key, count })).sort((a, b) => b.count - a.count),
    mapped: tally.mapped,
    excluded: tally.excluded,
    outside: Object.fromEntries([...tally.outside].map(([value, count]) => [String(value), count])),
  };
}
