import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateMetric, getAnswerSpread, getNpsGroups } from '../../../src/lib/survey/metric-estimate.ts';
import { buildSurveyReport } from '../../../src/lib/survey/survey-report.ts';
import { getSurveyCsv, getSurveyMarkdown } from '../../../src/lib/survey/survey-exports.ts';
import type { SurveyMetric, SurveySummary } from '../../../src/lib/survey/survey-summary.ts';
import { getMetricScale } from '../../../src/lib/survey/survey-summary.ts';
import { DEFAULT_SURVEY_VIEW, type SurveyView } from '../../../src/lib/survey/survey-view.ts';
import { getDayFromCivil } from '../../../src/lib/survey/civil-day.ts';

const zeros = (length: number) => new Array<number>(length).fill(0);

function summaryOf(metric: SurveyMetric, rows: { name: string; counts: number[] }[], days: { day: number; counts: number[] }[]): SurveySummary {
  const points = rows[0]?.counts.length ?? days[0]?.counts.length ?? 11;
  const counts = zeros(points);
  for (const row of rows) row.counts.forEach((count, index) => (counts[index] = (counts[index] ?? 0) + count));
  return {
    metric,
    scoreColumn: 'Score',
    counts,
    leftOut: 0,
    segments: rows.length > 0 ? { column: 'Plan', rows, blank: zeros(points) } : null,
    dates: days.length > 0 ? { column: 'Date', days, blank: 0, unread: 0 } : null,
  };
}

describe('estimateMetric', () => {
  it('gives CSAT as the satisfied percentage and CES as the mean, by hand', () => {
    // CSAT 1–5, satisfied 4–5: counts [1, 1, 2, 4, 2] → 6 of 10 = 60%.
    expect(estimateMetric({ kind: 'csat', scale: '1-5', threshold: 4 }, [1, 1, 2, 4, 2], 95)?.value).toBeCloseTo(60, 12);
    // CES 1–7: one 3, one 5, two 7 → (3 + 5 + 14) / 4 = 5.5.
    expect(estimateMetric({ kind: 'ces' }, [0, 0, 1, 0, 1, 0, 2], 95)?.value).toBeCloseTo(5.5, 12);
    // One CES answer: a mean but no interval.
    expect(estimateMetric({ kind: 'ces' }, [0, 0, 0, 0, 1, 0, 0], 95)).toEqual({ n: 1, value: 5, lower: null, upper: null });
    expect(estimateMetric({ kind: 'nps' }, zeros(11), 95)).toBeNull();
  });

  it('measures one answer’s spread for control limits, by hand', () => {
    // NPS one promoter and one detractor: p = d = 0.5 → √(1 − 0) × 100 = 100.
    expect(getAnswerSpread({ kind: 'nps' }, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toBeCloseTo(100, 12);
    // Ratings 1 and 3 on 1–7: mean 2, sample sd √((1 + 1) / 1) = √2.
    expect(getAnswerSpread({ kind: 'ces' }, [1, 0, 1, 0, 0, 0, 0])).toBeCloseTo(Math.SQRT2, 12);
    expect(getAnswerSpread({ kind: 'nps' }, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toBeNull();
    expect(getNpsGroups([1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3])).toEqual({ promoters: 6, passives: 4, detractors: 7 });
  });
});

describe('buildSurveyReport', () => {
  it('compares CSAT segments with shares and CES segments with means', () => {
    const csat = buildSurveyReport(
      summaryOf({ kind: 'csat', scale: '1-5', threshold: 4 }, [
        { name: 'Chat', counts: [5, 5, 10, 40, 40] },
        { name: 'Phone', counts: [20, 20, 20, 20, 20] },
      ], []),
      DEFAULT_SURVEY_VIEW,
    );
    expect(csat.segments?.comparison?.kind).toBe('compared');
    if (csat.segments?.comparison?.kind === 'compared') {
      expect(csat.segments.comparison.unit).toBe('percentage-points');
      // Chat 80% satisfied, Phone 40%: Phone − Chat = −40 points (pairs run first against second in input order).
      expect(csat.segments.comparison.pairs[0]?.comparison.difference).toBeCloseTo(-40, 9);
    }
    const ces = buildSurveyReport(summaryOf({ kind: 'ces' }, [{ name: 'A', counts: [0, 0, 10, 10, 10, 10, 10] }, { name: 'B', counts: [10, 10, 10, 10, 10, 0, 0] }], []), DEFAULT_SURVEY_VIEW);
    if (ces.segments?.comparison?.kind === 'compared') expect(ces.segments.comparison.unit).toBe('scale-units');
    else throw new Error('CES segments were not compared');
  });

  it('marks small segments and periods, keeps empty periods as gaps, and compares the latest period with the one before and a year earlier', () => {
    const counts = (promoters: number, detractors: number) => [detractors, 0, 0, 0, 0, 0, 0, 0, 0, 0, promoters];
    const days = [
      { day: getDayFromCivil(2024, 3, 10), counts: counts(30, 10) },
      { day: getDayFromCivil(2024, 5, 10), counts: counts(20, 20) },
      { day: getDayFromCivil(2025, 2, 10), counts: counts(5, 1) },
      { day: getDayFromCivil(2025, 3, 10), counts: counts(40, 5) },
    ];
    const report = buildSurveyReport(summaryOf({ kind: 'nps' }, [{ name: 'Few', counts: counts(3, 1) }, { name: 'Many', counts: counts(40, 10) }], days), { ...DEFAULT_SURVEY_VIEW, period: 'month' });
    expect(report.segments?.rows.find((row) => row.name === 'Few')?.mutedReason).toBe('fewer than 30 answers');
    const periods = report.trend?.periods ?? [];
    // March 2024 to March 2025: 13 months, 9 of them without answers.
    expect(periods.map((period) => period.label)).toHaveLength(13);
    expect(periods.filter((period) => period.n === 0)).toHaveLength(9);
    expect(periods.find((period) => period.label === '2025-02')?.tooFew).toBe(true);
    expect(report.trend?.latest?.period.label).toBe('2025-03');
    expect(report.trend?.latest?.previous?.baseline.label).toBe('2025-02');
    expect(report.trend?.latest?.yearEarlier?.baseline.label).toBe('2024-03');
    // Periods without answers get no limits, and too-few periods are not judged.
    const control = report.trend?.control;
    expect(control?.points.filter((point) => point.lower === null)).toHaveLength(9);
    expect(control?.points[periods.findIndex((period) => period.label === '2025-02')]?.moved).toBeNull();
  });

  it('moves a period that would draw too many points to a coarser one, and says so', () => {
    const days = [{ day: getDayFromCivil(2020, 1, 1), counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] }, { day: getDayFromCivil(2025, 1, 1), counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }];
    const report = buildSurveyReport(summaryOf({ kind: 'nps' }, [], days), { ...DEFAULT_SURVEY_VIEW, period: 'day' });
    expect(report.trend?.tooFine).toBe('day');
    // Five years of weeks is about 262 periods: within the limit.
    expect(report.trend?.kind).toBe('week');
  });

  it('never shows NaN or Infinity and never throws, for any counts and view (property)', () => {
    const metric = fc.constantFrom<SurveyMetric>({ kind: 'nps' }, { kind: 'ces' }, { kind: 'csat', scale: '1-3', threshold: 3 }, { kind: 'csat', scale: '1-10', threshold: 8 });
    const view = fc.record<SurveyView>({
      confidence: fc.constantFrom(90, 95, 99),
      period: fc.constantFrom('auto', 'day', 'week', 'month', 'quarter'),
      minAnswers: fc.integer({ min: 1, max: 1000 }),
      trend: fc.constantFrom('interval', 'control'),
    });
    fc.assert(
      fc.property(metric, view, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5 }), fc.infiniteStream(fc.integer({ min: 0, max: 40 })), (chosen, chosenView, segmentCount, dayCount, numbers) => {
        const points = getMetricScale(chosen).max - getMetricScale(chosen).min + 1;
        const draw = () => Array.from({ length: points }, () => numbers.next().value as number);
        const rows = Array.from({ length: segmentCount }, (_, index) => ({ name: `S${String(index)}`, counts: draw() }));
        const days = Array.from({ length: dayCount }, (_, index) => ({ day: 19_000 + index * 37, counts: draw() }));
        const report = buildSurveyReport(summaryOf(chosen, rows, days), chosenView);
        // JSON would write NaN as null: walk the report for numbers that are not finite.
        const notFinite: string[] = [];
        const walk = (value: unknown, path: string): void => {
          if (typeof value === 'number' && !Number.isFinite(value)) notFinite.push(path);
          else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
        };
        walk(report, 'report');
        expect(notFinite).toEqual([]);
        expect(`${getSurveyCsv(report)}${getSurveyMarkdown(report)}`).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('the exports say what the page says about answers outside the segments and the trend', () => {
  // NPS: A 10 promoters + 30 passives, B 35 detractors + 5 promoters; 16 answers with a blank segment (3 promoters,
  // 13 detractors: NPS 100 × (3 − 13) / 16 = −62.5 → −63); 90 answers counted in all, only 20 of them dated.
  const nps = (detractors: number, passives: number, promoters: number) => [detractors, 0, 0, 0, 0, 0, 0, passives, 0, 0, promoters];
  const blank = nps(13, 0, 3);
  const rows = [
    { name: 'A', counts: nps(0, 30, 10) },
    { name: 'B', counts: nps(35, 0, 5) },
    { name: 'Tiny', counts: nps(1, 0, 0) },
  ];
  const counts = zeros(11);
  for (const counted of [...rows.map((row) => row.counts), blank]) counted.forEach((count, index) => (counts[index] = (counts[index] ?? 0) + count));
  const total = counts.reduce((sum, count) => sum + count, 0);
  const summary: SurveySummary = {
    metric: { kind: 'nps' },
    scoreColumn: 'NPS',
    counts,
    leftOut: 0,
    segments: { column: 'Region', rows, blank },
    dates: { column: 'Date', days: [{ day: getDayFromCivil(2025, 1, 15), counts: nps(5, 5, 10) }], blank: 4, unread: total - 24 },
  };
  const report = buildSurveyReport(summary, DEFAULT_SURVEY_VIEW);

  it('the Markdown lists the blank segment, the segments left out of the tests, and a trend that rests on a minority', () => {
    expect(total).toBe(97);
    const markdown = getSurveyMarkdown(report);
    expect(markdown).toContain('| (blank) | 16 | −63 |');
    expect(markdown).toContain('16 answers have no value in “Region”: they count in the overall score (NPS −63 among them), not in any segment.');
    expect(markdown).toContain('Left out of the tests: Tiny (1 answer), under 30 answers.');
    expect(markdown).toContain('4 answers have no date and 73 a date that could not be read: they count in the totals, not in the trend, which rests on only 20 of 97 answers.');
  });

  it('the CSV has a row for the answers without a date, so its periods add up to the total', () => {
    const csv = getSurveyCsv(report).split('\r\n');
    const undated = csv.find((line) => line.includes('(no date)'));
    expect(undated).toMatch(/^period: [a-z]+,\(no date\),77,,,,/);
    const periods = csv.filter((line) => line.startsWith('period:')).map((line) => Number(line.split(',')[2]));
    expect(periods.reduce((sum, n) => sum + n, 0)).toBe(total);
  });
});
