/**
 * The workbench's sentences: what the date column held and how it was read, why a segment column was refused,
 * the segments' overall test, and a metric's value as the page writes it. Plain English, for the page, the
 * screen-reader announcement and the exports alike.
 */
import type { ExcludedSegment, OverallSegmentTest } from '../metrics/compare-segments.ts';
import { formatPValue } from '../metrics/format-p-value.ts';
import { roundHalfAwayFromZero } from '../metrics/statistics/round-half-away-from-zero.ts';
import { formatNumber } from '../text/format.ts';
import type { SurveyBreakdown } from './analyse-breakdown.ts';
import type { DateIssueKind, DateOrder } from './date-format.ts';
import type { MetricEstimate } from './metric-estimate.ts';
import { getMetricName } from './metric-estimate.ts';
import { MAX_SEGMENT_VALUES } from './read-breakdown.ts';
import type { SurveyMetric } from './survey-summary.ts';

/** What a date cell that gave no day holds, after "answers have". */
const DATE_ISSUE_WORDS: Readonly<Record<DateIssueKind, string>> = {
  empty: 'no date',
  'not-a-date': 'a date cell that is not a date',
  'time-only': 'a time without a date',
  'impossible-date': 'a date that does not exist',
  'impossible-time': 'a time that does not exist',
  'unknown-time-zone': 'a time zone abbreviation that could mean several zones',
  ambiguous: 'a date that reads either day first or month first',
  'implausible-year': 'a year outside 1980–2100',
}


/** How an order is written for a person: "day/month (05/01 is 5 January)". */
export function describeDateOrder(order: DateOrder): string {
  return order === 'day-month' ? 'day first (05/01/2024 is 5 January)' : 'month first (05/01/2024 is May 1)';
}

/** A list of row numbers: "rows 4, 9 and 12". */
export function describeRows(rows: readonly number[], total: number): string {
  const shown = rows.map((row) => formatNumber(row));
  const listed = shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
  const more = total > rows.length ? ` (first ${String(rows.length)} of ${formatNumber(total)})` : '';
  return `${rows.length === 1 ? 'row' : 'rows'} ${listed}${more}`;
}

/** How a minute offset is written: +02:00, −05:00. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * What the person should know about a Qualtrics export's rows that may not be real answers: previews, tests and
 * spam, and unfinished responses, with the first rows of each. They are counted; the sentences say so.
 *
 * @param breakdown from `analyseBreakdown`
 * @returns sentences; empty for other exports, or when there are none
 * @example describeQualtricsResponses(breakdown) // ['5 responses are Qualtrics survey previews, tests or spam, rows 4, 12, 30, 41 and 57, counted like the others. …']
 */
export function describeQualtricsResponses(breakdown: SurveyBreakdown): string[] {
  const found = breakdown.qualtrics;
  if (found === null) return [];
  const notes: string[] = [];
  const { notReal, unfinished } = found;
  if (notReal.count > 0) {
    notes.push(
      `${notReal.count === 1 ? '1 response is a' : `${formatNumber(notReal.count)} responses are`} Qualtrics survey preview${notReal.count === 1 ? '' : 's'}, test${notReal.count === 1 ? '' : 's'} or spam, ${describeRows(notReal.firstRows, notReal.count)}, counted like the others. Remove ${notReal.count === 1 ? 'it' : 'them'} from the export, or filter ${notReal.count === 1 ? 'it' : 'them'} out in Qualtrics, if ${notReal.count === 1 ? 'it is not a real answer' : 'they are not real answers'}.`,
    );
  }
  if (unfinished.count > 0) {
    notes.push(
      `${unfinished.count === 1 ? '1 response was' : `${formatNumber(unfinished.count)} responses were`} not finished (Finished is False), ${describeRows(unfinished.firstRows, unfinished.count)}: what ${unfinished.count === 1 ? 'it' : 'they'} answered is counted.`,
    );
  }
  return notes;
}

/**
 * What the person should know about the date column: how its order was decided, time zones, and the answers
 * left out of the trend (with rows and why). Each sentence ends with a full stop.
 *
 * @param breakdown from `analyseBreakdown`, with a date column
 * @returns sentences, most important first; empty when there is nothing to say
 * @example describeDateColumn(breakdown) // ['3 answers have a date that does not exist (rows 4, 9 and 12): they count in the totals but not in the trend.']
 */
export function describeDateColumn(breakdown: SurveyBreakdown): string[] {
  const detection = breakdown.dateDetection;
  const dates = breakdown.dates;
  if (detection === null || dates === null) return [];
  const notes: string[] = [];
  const order = detection.order;
  if (order.kind === 'mixed') {
    notes.push(
      `The dates mix two orders: ${describeRows(order.dayMonth.firstRows, order.dayMonth.count)} can only be day first, ${describeRows(order.monthDay.firstRows, order.monthDay.count)} only month first. They are read ${breakdown.dateOrder === null ? 'as neither' : describeDateOrder(breakdown.dateOrder)}; the others are left out of the trend.`,
    );
  } else if (order.kind === 'day-month' || order.kind === 'month-day') {
    notes.push(`Dates are read ${describeDateOrder(order.kind)}, as ${describeRows(order.evidence.firstRows, order.evidence.count)} can only be read that way.`);
  }
  if (detection.epoch !== null) notes.push(`The dates are Unix times in ${detection.epoch.unit}, read as UTC days.`);
  const offsets = detection.offsets;
  if (offsets.kind === 'all-same') {
    const [only] = offsets.offsets;
    notes.push(`Every time carries the offset ${formatOffset(only?.offsetMinutes ?? 0)}: answers are placed on the day as written.`);
  } else if (offsets.kind === 'differ') {
    const shown = offsets.offsets.slice(0, 3).map((entry) => formatOffset(entry.offsetMinutes)).join(', ');
    notes.push(
      `The times carry ${String(offsets.offsets.length)} different offsets (${shown}${offsets.offsets.length > 3 ? '…' : ''}): each answer is placed on the day as written, not moved to one time zone.`,
    );
  } else if (offsets.kind === 'some-missing') {
    notes.push(
      `${formatNumber(offsets.withOffset)} times carry a time zone offset and ${formatNumber(offsets.withoutOffset)} do not: every answer is placed on the day as written.`,
    );
  }
  for (const [kind, count] of Object.entries(dates.unreadByKind) as [DateIssueKind, number][]) {
    if (count === 0) continue;
    const rows = dates.problems.filter((problem) => problem.kind === kind).slice(0, 5).map((problem) => problem.row);
    const answers = count === 1 ? '1 answer has' : `${formatNumber(count)} answers have`;
    notes.push(`${answers} ${DATE_ISSUE_WORDS[kind]} (${describeRows(rows, count)}): they count in the totals and segments but not in the trend.`);
  }
  const undated = describeUndated({ blank: dates.blank, unread: 0 }, null);
  if (undated !== null) notes.push(undated);
  return notes;
}

/**
 * Why a segment column was refused, and what to do instead.
 *
 * @param distinct how many different values it held (at least)
 * @param atLeast whether counting stopped early
 * @param column its name
 * @returns the sentence
 * @example describeTooManySegments(100000, true, 'Email') // 'Email has at least 100,000 different values, more than the 200 a segment column may have: …'
 */
export function describeTooManySegments(distinct: number, atLeast: boolean, column: string): string {
  return `${column} has ${atLeast ? 'at least ' : ''}${formatNumber(distinct)} different values, more than the ${String(MAX_SEGMENT_VALUES)} a segment column may have: it looks like one value per person (an ID, an email, a comment). Choose a column that sorts people into groups, such as plan, region, channel or language.`;
}

/**
 * A metric's value as the page writes it: NPS as a signed whole number, CSAT as a percentage to one decimal,
 * CES to two decimals.
 *
 * @param metric the metric
 * @param value its value
 * @param npsDecimals decimals of an NPS (0 unless an interval is too narrow for whole points)
 * @returns e.g. "+32", "84.5%", "5.21"
 */
export function formatMetricValue(metric: SurveyMetric, value: number, npsDecimals = 0): string {
  if (metric.kind === 'nps') {
    const rounded = roundHalfAwayFromZero(value, npsDecimals);
    const shown = formatNumber(Math.abs(rounded), { decimals: npsDecimals });
    return rounded > 0 ? `+${shown}` : rounded === 0 ? '0' : `−${shown}`;
  }
  if (metric.kind === 'csat') return `${formatNumber(value, { decimals: 1 })}%`;
  return formatNumber(value, { decimals: 2 });
}

/**
 * A value with its interval and its answers: "NPS +32 (95% interval +24 to +40, 412 answers)".
 *
 * @param metric the metric
 * @param estimate the estimate
 * @param confidence the level, for the interval's name
 * @returns the phrase
 */
export function describeEstimate(metric: SurveyMetric, estimate: MetricEstimate, confidence: number): string {
  const answers = `${formatNumber(estimate.n)} ${estimate.n === 1 ? 'answer' : 'answers'}`;
  // An NPS interval under 4 points wide (tens of thousands of answers) gets a decimal, so the score is not shown on its end.
  const decimals = estimate.lower !== null && estimate.upper !== null && estimate.upper - estimate.lower < 4 ? 1 : 0;
  const interval =
    estimate.lower === null || estimate.upper === null
      ? 'no interval from a single answer'
      : `${String(confidence)}% interval ${formatMetricValue(metric, estimate.lower, decimals)} to ${formatMetricValue(metric, estimate.upper, decimals)}`;
  return `${getMetricName(metric)} ${formatMetricValue(metric, estimate.value, decimals)} (${interval}, ${answers})`;
}

/**
 * The overall test that segments differ, in a sentence.
 *
 * @param test from `compareSegments`
 * @param segments how many segments were tested
 * @param confidence the level
 * @returns e.g. "The 4 segments differ more than chance would explain (chi-square test, p = 0.003)."
 */
export function describeOverallTest(test: OverallSegmentTest, segments: number, confidence: number): string {
  if (test.kind === 'unavailable') {
    return test.reason === 'all-answers-alike'
      ? 'Every answer in these segments falls in one group, so there is no spread to test.'
      : 'A segment has no spread (every answer alike) or a single answer, so the segments cannot be tested together; the pairs below still compare them.';
  }
  const name = test.kind === 'chi-square-homogeneity' ? 'chi-square test on the answer groups' : 'Welch’s ANOVA on the means';
  const small = test.notes.length > 0 ? ' Some groups have few answers, so read this test with care.' : '';
  return test.significant
    ? `The ${String(segments)} segments differ more than chance would explain at ${String(confidence)}% confidence (${name}, ${formatPValue(test.pValue)}).${small}`
    : `The ${String(segments)} segments do not differ clearly at ${String(confidence)}% confidence (${name}, ${formatPValue(test.pValue)}).${small}`;
}

/**
 * The answers with a blank segment, as the page and the exports say it.
 *
 * @param metric the score's metric
 * @param column the segment column's name
 * @param blank the blank-segment answers' estimate
 * @example describeBlankSegment({ kind: 'nps' }, 'Region', blank) // '16 answers have no value in “Region”: they count in the overall score (NPS −19 among them), not in any segment.'
 */
export function describeBlankSegment(metric: SurveyMetric, column: string, blank: MetricEstimate): string {
  const answers = blank.n === 1 ? '1 answer has' : `${formatNumber(blank.n)} answers have`;
  return `${answers} no value in “${column}”: they count in the overall score (${getMetricName(metric)} ${formatMetricValue(metric, blank.value)} among them), not in any segment.`;
}

/**
 * The segments left out of the tests for having too few answers, as the page and the exports say it.
 *
 * @param excluded the segments, with their answers
 * @param minimumN the fewest answers a tested segment has
 * @returns the sentence, or null when none was left out
 * @example describeExcludedSegments([{ label: 'DE', n: 17, reason: 'below-minimum' }], 30) // 'Left out of the tests: DE (17 answers), under 30 answers.'
 */
export function describeExcludedSegments(excluded: readonly ExcludedSegment[], minimumN: number): string | null {
  if (excluded.length === 0) return null;
  const listed = excluded.map((segment) => `${segment.label} (${formatNumber(segment.n)} ${segment.n === 1 ? 'answer' : 'answers'})`).join(', ');
  return `Left out of the tests: ${listed}, ${excluded.length === 1 ? 'under' : 'each under'} ${formatNumber(minimumN)} answers.`;
}

/**
 * The answers the trend leaves out (no date, or one that could not be read), as the page and the exports say it;
 * when they are most of the answers, that the trend rests on a minority.
 *
 * @param dates the counts of blank and unread dates
 * @param total every answer counted in the totals, or null when not known (the sentence then leaves it out)
 * @returns the sentence, or null when every answer has a date
 * @example describeUndated({ blank: 8, unread: 0 }, 119) // '8 answers have no date: they count in the totals, not in the trend.'
 * @example describeUndated({ blank: 0, unread: 198 }, 216) // '198 answers have a date that could not be read: they count in the totals, not in the trend, which rests on only 18 of 216 answers.'
 */
export function describeUndated(dates: { readonly blank: number; readonly unread: number }, total: number | null): string | null {
  const { blank, unread } = dates;
  if (blank + unread === 0) return null;
  const answers = (count: number) => (count === 1 ? '1 answer has' : `${formatNumber(count)} answers have`);
  const what = blank > 0 && unread > 0 ? `${answers(blank)} no date and ${formatNumber(unread)} a date that could not be read` : blank > 0 ? `${answers(blank)} no date` : `${answers(unread)} a date that could not be read`;
  const dated = total === null ? 0 : total - blank - unread;
  const minority = total !== null && dated < total / 2 ? `, which rests on only ${formatNumber(dated)} of ${formatNumber(total)} answers` : '';
  return `${what}: they count in the totals, not in the trend${minority}.`;
}
