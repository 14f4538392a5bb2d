import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../../src/lib/metrics/analyse-paste.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { INITIAL_SCORE_INPUT } from '../../../src/lib/score-input/score-input-state.ts';
import type { PasteState } from '../../../src/lib/score-input/score-input-outcome.ts';
import { getSourceRows } from '../../../src/components/score-input/source-rows.ts';
import { getNpsExports } from '../../../src/components/nps-calculator/nps-summary.ts';
import { calculateNps } from '../../../src/lib/metrics/nps.ts';

function read(text: string): PasteState {
  const analysis = analysePaste({ text, scale: NPS_SCALE, readAs: 'list', column: null });
  if (analysis.kind === 'empty') throw new Error('expected answers');
  return { kind: 'read', analysis, large: false };
}

describe('getSourceRows', () => {
  it('says which file, layout and column the answers came from, and what was left out and why', () => {
    const paste = read('#,How likely are you to recommend us?,Submit Date (UTC),Network ID\nab1,9,2025-02-22 17:15:19,x\nab2,n/a,2025-02-22 17:16:19,y\nab3,11,2025-02-22 17:17:19,z\nab4,7,2025-02-22 17:18:19,w');
    const rows = getSourceRows({ ...INITIAL_SCORE_INPUT, fileName: 'typeform.csv' }, paste, NPS_SCALE);
    expect(rows.map((row) => `${row.label}: ${row.shown}`)).toEqual([
      'Source: file “typeform.csv”',
      'Layout: Typeform export, 1 header row',
      'Column: How likely are you to recommend us?',
      'Values left out: 2 (1 not a number, 1 outside 0–10)',
    ]);
  });

  it('lists the label scores in use, words set not to count included', () => {
    const labels = { 'very satisfied': 5, 'n/a': null };
    const analysis = analysePaste({ text: 'Very satisfied\n4\nN/A', scale: { min: 1, max: 5 }, readAs: 'list', column: null, labels });
    if (analysis.kind === 'empty') throw new Error('expected answers');
    const rows = getSourceRows({ ...INITIAL_SCORE_INPUT, labels }, { kind: 'read', analysis, large: false }, { min: 1, max: 5 });
    expect(rows.map((row) => `${row.label}: ${row.shown}`).slice(-3)).toEqual([
      'Values left out: 1 (1 set not to count)',
      'Answers counted through label scores: 1',
      'Label scores: Very satisfied = 5; N/A = does not count',
    ]);
  });

  it('names the period in a comparison, and counts typed by hand', () => {
    expect(getSourceRows({ ...INITIAL_SCORE_INPUT, mode: 'counts' }, { kind: 'empty' }, NPS_SCALE, 'Earlier period')).toEqual([
      { label: 'Earlier period: source', shown: 'counts typed by hand', value: 'counts typed by hand', unit: '' },
    ]);
  });

  it('ends up in the CSV export', () => {
    const result = calculateNps([0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0]);
    if (!result.ok) throw new Error('expected an NPS');
    const exports = getNpsExports(result.value, null, getSourceRows(INITIAL_SCORE_INPUT, read('9\n7\nn/a'), NPS_SCALE));
    expect(exports.csv.content).toContain('Source,pasted text,');
    expect(exports.csv.content).toContain('Values left out,1,values');
    expect(exports.markdown).toContain('| Values left out | 1 (1 not a number) |');
  });
});
