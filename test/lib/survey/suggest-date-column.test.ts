import { describe, expect, it } from 'vitest';
import { detectPasteLayout, type TableLayout } from '../../../src/lib/metrics/detect-paste-layout.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { suggestDateColumn } from '../../../src/lib/survey/suggest-date-column.ts';

function layoutOf(text: string): TableLayout {
  const layout = detectPasteLayout(text, NPS_SCALE);
  if (layout.kind !== 'table') throw new Error('expected a table');
  return layout;
}

describe('suggestDateColumn', () => {
  it('prefers the submit date of a Typeform export to its start and stage dates', () => {
    const text = ['#,NPS,Start Date (UTC),Stage Date (UTC),Submit Date (UTC),Network ID', 'a1,9,2024-01-05 10:00:00,2024-01-05 10:02:00,2024-01-05 10:04:00,x', 'a2,7,2024-01-06 10:00:00,2024-01-06 10:02:00,2024-01-06 10:05:00,y'].join('\n');
    expect(suggestDateColumn(layoutOf(text), 1)).toBe(4);
  });

  it('finds a column named Date that mixes formats and holds some text, and never a column of text', () => {
    const text = ['Date,Plan,NPS', '2025-03-04,A,9', '03/15/2025,B,7', '6 March 2025,A,3', 'yesterday,B,10', '45000,A,8'].join('\n');
    expect(suggestDateColumn(layoutOf(text), 2)).toBe(0);
    expect(suggestDateColumn(layoutOf(['Note,Plan,NPS', 'soon,A,9', 'later,B,7'].join('\n')), 2)).toBeNull();
  });

  it('takes an unnamed column only when every sampled cell is a date, and never the score column', () => {
    expect(suggestDateColumn(layoutOf(['When,NPS', '2024-01-05,9', '2024-01-06,8'].join('\n')), 1)).toBe(0);
    expect(suggestDateColumn(layoutOf(['When,NPS', '2024-01-05,9', 'soon,8'].join('\n')), 1)).toBeNull();
  });
});
