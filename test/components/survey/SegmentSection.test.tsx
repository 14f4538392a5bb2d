// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SegmentSection } from '../../../src/components/survey/SegmentSection.tsx';
import { buildSurveyReport } from '../../../src/lib/survey/survey-report.ts';
import type { SurveySummary } from '../../../src/lib/survey/survey-summary.ts';
import { DEFAULT_SURVEY_VIEW } from '../../../src/lib/survey/survey-view.ts';

afterEach(cleanup);

/** NPS counts with this many detractors (score 0), passives (7) and promoters (10). */
const nps = (detractors: number, passives: number, promoters: number) => [detractors, 0, 0, 0, 0, 0, 0, passives, 0, 0, promoters];

function renderSegments(rows: { name: string; counts: number[] }[], minAnswers = 30) {
  const counts = new Array<number>(11).fill(0);
  for (const row of rows) row.counts.forEach((count, index) => (counts[index] = (counts[index] ?? 0) + count));
  const summary: SurveySummary = { metric: { kind: 'nps' }, scoreColumn: 'NPS', counts, leftOut: 0, segments: { column: 'Plan', rows, blank: new Array<number>(11).fill(0) }, dates: null };
  const report = buildSurveyReport(summary, { ...DEFAULT_SURVEY_VIEW, minAnswers });
  if (!report.segments) throw new Error('no segments');
  render(<SegmentSection report={report.segments} summary={summary} overall={report.overall} confidence={95} />);
}

describe('SegmentSection', () => {
  it('names the gaps that hold after Holm’s correction, and the segments left out of the tests', () => {
    // Six segments, 15 pairs: A (NPS +60) and B (+56) far above F (−40); the 4-answer segment is greyed and left out.
    renderSegments([
      { name: 'A', counts: nps(10, 20, 70) },
      { name: 'B', counts: nps(12, 20, 68) },
      { name: 'C', counts: nps(30, 30, 40) },
      { name: 'D', counts: nps(32, 30, 38) },
      { name: 'F', counts: nps(60, 20, 20) },
      { name: 'Tiny', counts: nps(1, 1, 2) },
    ]);
    expect(screen.getByRole('heading', { name: 'By “Plan”' })).toBeTruthy();
    expect(screen.getByText(/The 5 segments differ more than chance would explain at 95% confidence/)).toBeTruthy();
    expect(screen.getByText(/F is lower than A by 100 points: a real gap at 95% confidence after correcting for 10 comparisons/)).toBeTruthy();
    expect(screen.getByText(/Left out of the tests: Tiny \(4 answers\)/)).toBeTruthy();
  });

  it('charts the top 50 of 60 segments and keeps all 60 in the table, the lowest included', () => {
    // Segment i has i detractors of 60 answers: "S00" scores highest, "S59" lowest.
    renderSegments(Array.from({ length: 60 }, (_, index) => ({ name: `S${String(index).padStart(2, '0')}`, counts: nps(index, 0, 60 - index) })));
    expect(screen.getByText(/The chart shows the 50 segments with the highest scores of 60; the table holds all of them/)).toBeTruthy();
    const table = screen.getByRole('table');
    const rowNames = Array.from(table.querySelectorAll('tbody th'), (cell) => cell.textContent);
    expect(rowNames).toHaveLength(60);
    expect(rowNames).toContain('S59');
    // The chart draws 50 rows.
    expect(document.querySelectorAll('svg .survey-chart__row')).toHaveLength(50);
  });

  it('lists ten pairs, then all of them on request', async () => {
    renderSegments(['A', 'B', 'C', 'D', 'E', 'F'].map((name, index) => ({ name, counts: nps(10 + index * 8, 30, 60 - index * 8) })));
    const list = () => document.querySelectorAll('.survey-section__pairs li').length;
    expect(list()).toBe(10);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 15 pairs' }));
    expect(list()).toBe(15);
    expect(screen.getByRole('button', { name: 'Show fewer pairs' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('explains a segment whose interval leaves out its own score', () => {
    // One promoter: NPS 100, adjusted-Wald interval −48.5 to 98.5 at 95% (Rocks 2016; computed in the engine's tests).
    renderSegments([{ name: 'Solo', counts: nps(0, 0, 1) }, { name: 'Many', counts: nps(20, 30, 50) }], 1);
    expect(screen.getByText(/Solo: With only 1 answer the interval leaves out the score itself/)).toBeTruthy();
  });
});
