import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analysePaste } from '../../../src/lib/metrics/analyse-paste.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { analyseBreakdown, type BreakdownRead } from '../../../src/lib/survey/analyse-breakdown.ts';
import { describeDateColumn, describeTooManySegments } from '../../../src/lib/survey/describe-survey.ts';
import { sum } from '../../../src/lib/survey/read-breakdown.ts';
import { suggestDateColumn } from '../../../src/lib/survey/suggest-date-column.ts';
import { buildSurveyReport } from '../../../src/lib/survey/survey-report.ts';
import { getSurveyCsv, getSurveyMarkdown } from '../../../src/lib/survey/survey-exports.ts';
import { summariseBreakdown, type SurveySummary } from '../../../src/lib/survey/survey-summary.ts';
import { DEFAULT_SURVEY_VIEW, type PeriodChoice } from '../../../src/lib/survey/survey-view.ts';

// Fixtures and expected figures come from test/fixtures/survey-workbench/make_fixtures.py, which counts each
// segment's and month's NPS in plain Python while writing the rows: independent of the reader under test.
const folder = new URL('../../fixtures/survey-workbench/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<
  string,
  {
    n: number;
    nps: number;
    leftOut?: number;
    segments: Record<string, { n: number; nps: number | null }>;
    months: Record<string, { n: number; nps: number }>;
    blankSegment?: number;
    dateBlank?: number;
    dateUnread?: number;
  }
>;

/** Read a fixture as the workbench does: the layout and score column, the suggested date column, a segment. */
function readFixture(file: string, segmentName: string | null, dateOrder: BreakdownRead['dateOrder'] = null) {
  const text = readFileSync(new URL(file, folder), 'utf8');
  const analysis = analysePaste({ text, scale: NPS_SCALE, readAs: 'list', column: null, metric: 'nps' });
  if (analysis.kind !== 'table') throw new Error(`${file} was not read as a table`);
  const { layout } = analysis;
  const segmentColumn = segmentName === null ? null : (layout.columns.find((column) => column.name === segmentName)?.index ?? null);
  const dateColumn = suggestDateColumn(layout, analysis.column);
  const breakdown = analyseBreakdown(text, { layout, scoreColumn: analysis.column, scale: NPS_SCALE, labels: {}, segmentColumn, dateColumn, dateOrder });
  const summary = summariseBreakdown(breakdown, { kind: 'nps' }, (index) => layout.columns[index]?.name ?? `Column ${String(index + 1)}`);
  if (summary === null) throw new Error(`${file} has no answers`);
  return { text, layout, analysis, breakdown, summary };
}

function monthsOf(summary: SurveySummary, period: PeriodChoice = 'month') {
  const report = buildSurveyReport(summary, { ...DEFAULT_SURVEY_VIEW, period });
  return Object.fromEntries((report.trend?.periods ?? []).filter((row) => row.n > 0).map((row) => [row.label, { n: row.n, nps: row.estimate?.value }]));
}

describe('the survey workbench on real-looking exports', () => {
  it('reads a Typeform export by plan and by month, to the figures counted while writing it', () => {
    const file = 'typeform-plans.csv';
    const want = expected[file];
    const { summary, breakdown } = readFixture(file, 'Which plan are you on?');
    expect(summary.scoreColumn).toBe('How likely are you to recommend Acme to a friend?');
    expect(summary.dates?.column).toBe('Submit Date (UTC)');
    const report = buildSurveyReport(summary, DEFAULT_SURVEY_VIEW);
    expect(report.overall?.n).toBe(want?.n);
    expect(report.overall?.value).toBeCloseTo(want?.nps ?? Number.NaN, 9);
    expect(summary.leftOut).toBe(want?.leftOut);
    // " starter " and "starter" join "Starter"; blanks are counted apart.
    const segments = Object.fromEntries((report.segments?.rows ?? []).map((row) => [row.name, { n: row.n, nps: row.estimate?.value }]));
    for (const [plan, figures] of Object.entries(want?.segments ?? {})) {
      expect(segments[plan]?.n).toBe(figures.n);
      expect(segments[plan]?.nps).toBeCloseTo(figures.nps ?? Number.NaN, 9);
    }
    expect(report.segments?.blank?.n).toBe(want?.blankSegment);
    // Legacy (12 answers) is greyed and left out of the tests.
    expect(report.segments?.rows.find((row) => row.name === 'Legacy')?.mutedReason).toBe('fewer than 30 answers');
    expect(report.segments?.comparison?.kind).toBe('compared');
    const months = monthsOf(summary);
    for (const [month, figures] of Object.entries(want?.months ?? {})) {
      expect(months[month]?.n).toBe(figures.n);
      expect(months[month]?.nps).toBeCloseTo(figures.nps, 9);
    }
    expect(summary.dates?.blank).toBe(want?.dateBlank);
    expect(summary.dates?.unread).toBe(want?.dateUnread);
    const notes = describeDateColumn(breakdown);
    expect(notes.join(' ')).toMatch(/1 answer has a date cell that is not a date \(row [\d,]+\)/);
    expect(notes.join(' ')).toMatch(/1 answer has a date that does not exist \(row [\d,]+\)/);
    expect(notes.join(' ')).toContain('1 answer has no date');
  });

  it('reads Google Forms timestamps day first from the evidence, and every month adds up', () => {
    const file = 'google-forms-day-first.csv';
    const want = expected[file];
    const { summary, breakdown } = readFixture(file, 'Region');
    expect(breakdown.dateOrder).toBe('day-month');
    expect(breakdown.dateDetection?.order.kind).toBe('day-month');
    const months = monthsOf(summary);
    expect(Object.keys(months)).toEqual(Object.keys(want?.months ?? {}));
    for (const [month, figures] of Object.entries(want?.months ?? {})) expect(months[month]?.nps).toBeCloseTo(figures.nps, 9);
  });

  it('asks for the order when every date reads both ways, leaving those dates out of the trend until then', () => {
    const asked = readFixture('ambiguous-dates.csv', 'Channel');
    expect(asked.breakdown.dateDetection?.order.kind).toBe('ask');
    // Only dates whose day and month are equal (05/05) read the same either way; the rest wait for the answer.
    const readDays = asked.summary.dates?.days ?? [];
    for (const { day } of readDays) expect(new Date(day * 86_400_000).getUTCDate()).toBe(new Date(day * 86_400_000).getUTCMonth() + 1);
    const readAnswers = readDays.reduce((total, day) => total + sum(day.counts), 0);
    expect(asked.summary.dates?.unread).toBe(120 - readAnswers);
    expect(readAnswers).toBeLessThan(20);
    expect(describeDateColumn(asked.breakdown).join(' ')).toMatch(/answers have a date that reads either day first or month first/);
    const chosen = readFixture('ambiguous-dates.csv', 'Channel', 'day-month');
    expect(chosen.summary.dates?.unread).toBe(0);
    expect(chosen.summary.dates?.days.reduce((total, day) => total + sum(day.counts), 0)).toBe(120);
  });

  it('refuses a segment column with one value per person, naming the column and what to choose instead', () => {
    const { breakdown, layout } = readFixture('email-segments.csv', 'Email');
    expect(breakdown.segments).toMatchObject({ kind: 'too-many', distinct: 400 });
    if (breakdown.segments?.kind !== 'too-many') return;
    const sentence = describeTooManySegments(breakdown.segments.distinct, breakdown.segments.atLeast, layout.columns[breakdown.segments.column]?.name ?? '');
    expect(sentence).toContain('Email has 400 different values');
    expect(sentence).toContain('plan, region, channel or language');
  });

  it('exports CSV and Markdown holding every segment and period, with no NaN or Infinity', () => {
    const { summary } = readFixture('typeform-plans.csv', 'Which plan are you on?');
    const report = buildSurveyReport(summary, DEFAULT_SURVEY_VIEW);
    const csv = getSurveyCsv(report);
    const markdown = getSurveyMarkdown(report);
    for (const text of [csv, markdown]) expect(text).not.toMatch(/NaN|Infinity|undefined/);
    for (const plan of ['Starter', 'Team', 'Business', 'Enterprise', 'Legacy']) {
      expect(csv).toContain(`,${plan},`);
      expect(markdown).toContain(`| ${plan} |`);
    }
    expect(csv.split('\r\n')[0]).toBe('table,name,answers,NPS,lower 95%,upper 95%,note');
    expect(markdown).toMatch(/## Over time \(Submit Date \(UTC\), by (week|month)\)/);
  });

  it('gives the same totals whatever the row order, and any period keeps every dated answer (property)', () => {
    const { text, analysis } = readFixture('typeform-plans.csv', 'Which plan are you on?');
    const lines = text.split('\r\n');
    const header = lines[0] ?? '';
    const rows = lines.slice(1).filter((line) => line !== '');
    const reference = readFixture('typeform-plans.csv', 'Which plan are you on?').summary;
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), fc.constantFrom<PeriodChoice>('day', 'week', 'month', 'quarter', 'auto'), (shuffled, period) => {
        const shuffledText = [header, ...shuffled].join('\r\n');
        const breakdown = analyseBreakdown(shuffledText, { layout: analysis.layout, scoreColumn: analysis.column, scale: NPS_SCALE, labels: {}, segmentColumn: 2, dateColumn: 3, dateOrder: null });
        const summary = summariseBreakdown(breakdown, { kind: 'nps' }, String);
        expect(summary?.counts).toEqual(reference.counts);
        const bySegment = (value: SurveySummary | null | undefined) => Object.fromEntries((value?.segments?.rows ?? []).map((row) => [row.name, row.counts]));
        expect(bySegment(summary)).toEqual(bySegment(reference));
        const report = buildSurveyReport(summary ?? reference, { ...DEFAULT_SURVEY_VIEW, period });
        const dated = (summary?.dates?.days ?? []).reduce((total, day) => total + sum(day.counts), 0);
        expect(report.trend?.periods.reduce((total, row) => total + row.n, 0)).toBe(dated);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe('the survey workbench on time zone offsets', () => {
  /** Read an inline export by day, with its date notes. */
  function readByDay(text: string) {
    const analysis = analysePaste({ text, scale: NPS_SCALE, readAs: 'list', column: null, metric: 'nps' });
    if (analysis.kind !== 'table') throw new Error('not read as a table');
    const { layout } = analysis;
    const breakdown = analyseBreakdown(text, { layout, scoreColumn: analysis.column, scale: NPS_SCALE, labels: {}, segmentColumn: null, dateColumn: suggestDateColumn(layout, analysis.column), dateOrder: null });
    const summary = summariseBreakdown(breakdown, { kind: 'nps' }, (index) => layout.columns[index]?.name ?? '');
    if (summary === null) throw new Error('no answers');
    return { days: monthsOf(summary, 'day'), notes: describeDateColumn(breakdown) };
  }

  it('keeps each answer on the day its timestamp shows, across a daylight-saving change (Google Forms, UK)', () => {
    // Two late-evening and two just-after-midnight answers either side of 25 October 2020 (BST ends): in UTC the
    // 00:20 GMT+1 answer would move to the 23rd, and the 23:50 GMT one would stay; as written, each is on its own day.
    const { days, notes } = readByDay(
      [
        'Timestamp,How likely are you to recommend us?',
        '2020/10/23 11:50:00 PM GMT+1,10',
        '2020/10/24 12:20:00 AM GMT+1,0',
        '2020/10/26 11:50:00 PM GMT,9',
        '2020/10/27 12:20:00 AM GMT,6',
      ].join('\n'),
    );
    expect(days).toEqual({
      '2020-10-23': { n: 1, nps: 100 },
      '2020-10-24': { n: 1, nps: -100 },
      '2020-10-26': { n: 1, nps: 100 },
      '2020-10-27': { n: 1, nps: -100 },
    });
    expect(notes).toContain('The times carry 2 different offsets (+00:00, +01:00): each answer is placed on the day as written, not moved to one time zone.');
  });

  it('says so when one offset is on every time', () => {
    const { days, notes } = readByDay('Date,NPS\n2024-01-05T23:30:00-05:00,10\n2024-01-06T00:10:00-05:00,3\n');
    expect(Object.keys(days)).toEqual(['2024-01-05', '2024-01-06']);
    expect(notes).toContain('Every time carries the offset −05:00: answers are placed on the day as written.');
  });
});
