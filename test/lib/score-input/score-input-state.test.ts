import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../../src/lib/metrics/analyse-paste.ts';
import { CSAT_SCALES } from '../../../src/lib/metrics/csat-scale.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import {
  INITIAL_SCORE_INPUT,
  LARGE_PASTE_CHARACTERS,
  getCountFields,
  getCountsOutsideScale,
  summariseForKeeping,
  type ScoreInputState,
} from '../../../src/lib/score-input/score-input-state.ts';
import { scoreInputSchema } from '../../../src/lib/score-input/score-input-schema.ts';
import { KEPT, read } from './score-input-fixtures.ts';

// Expected values are worked out by hand from the pasted lines (one answer per line; the scale's points in order).
const FIVE = CSAT_SCALES['1-5'];

describe('getCountFields and getCountsOutsideScale', () => {
  const state: ScoreInputState = { ...INITIAL_SCORE_INPUT, countFields: { '1': '4', '5': ' 2', '7': '3', '9': '  ', '0': '' } };

  it('lists one field per scale point, blank where nothing was typed', () => {
    expect(getCountFields(state, FIVE)).toEqual(['4', '', '', '', ' 2']);
    expect(getCountFields(INITIAL_SCORE_INPUT, CSAT_SCALES['1-3'])).toEqual(['', '', '']);
  });

  it('names the counts typed on another scale that are not used, ignoring blanks', () => {
    expect(getCountsOutsideScale(state, FIVE)).toEqual([7]);
    expect(getCountsOutsideScale(state, NPS_SCALE)).toEqual([]);
    expect(getCountsOutsideScale(state, CSAT_SCALES['1-3'])).toEqual([5, 7]);
  });
});

describe('summariseForKeeping', () => {
  it('keeps the counts, the first 20 problems worded, and the size', () => {
    const text = ['5', '4', ...Array.from({ length: 25 }, (_, index) => `bad${String(index)}`)].join('\n');
    const kept = summariseForKeeping(read(text, FIVE));
    expect(kept).toMatchObject({ scale: { min: 1, max: 5 }, counts: [0, 0, 0, 1, 1], n: 2, leftOut: 25, decimalComma: false, blankCells: 0, lines: 27, columnNumber: null, columnName: null });
    expect(kept?.characters).toBe(text.length);
    expect(kept?.issues).toHaveLength(20);
    expect(kept?.issues[0]).toBe('Line 3: "bad0" is not a number');
  });

  it('names the column of a table, 1-based', () => {
    const analysis = analysePaste({ text: 'id,CSAT\n1,5\n2,\n3,4', scale: FIVE, readAs: 'list', column: null });
    if (analysis.kind === 'empty') throw new Error('expected a reading');
    expect(summariseForKeeping(analysis)).toMatchObject({ columnNumber: 2, columnName: 'CSAT', blankCells: 1, n: 2 });
  });

  it('keeps nothing for a column read as Net Promoter groups, whose codes are not scores', () => {
    const analysis = analysePaste({ text: 'id,Q1_NPS_GROUP\n1,3\n2,1\n3,2', scale: NPS_SCALE, readAs: 'list', column: null });
    if (analysis.kind !== 'table' || analysis.groups === null) throw new Error('expected a group column');
    expect(summariseForKeeping(analysis)).toBeNull();
  });
});

describe('scoreInputSchema', () => {
  it('accepts the initial state and refuses saved text over the large-paste limit', () => {
    expect(scoreInputSchema.safeParse(INITIAL_SCORE_INPUT).success).toBe(true);
    expect(scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, text: 'x'.repeat(LARGE_PASTE_CHARACTERS + 1) }).success).toBe(false);
    expect(scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, kept: { ...KEPT, counts: [1, -1] } }).success).toBe(false);
    expect(scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, mode: 'typing' }).success).toBe(false);
  });

  it('keeps each way of reading commas, and refuses an unknown one', () => {
    for (const readAs of ['list', 'list-commas-between', 'columns']) {
      expect(scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, readAs }).success).toBe(true);
    }
    expect(scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, readAs: 'rows' }).success).toBe(false);
  });

  it('reads a state saved before savedAt existed as it was (no date), keeps a saved date, and refuses one that is not a date', () => {
    const older = scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, text: '9 10 1' });
    expect(older.success && older.data).toEqual({ ...INITIAL_SCORE_INPUT, text: '9 10 1' });
    expect(older.success && 'savedAt' in older.data).toBe(false);
    const dated = scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, savedAt: '2026-12-01T12:00:00.000Z' });
    expect(dated.success && dated.data.savedAt).toBe('2026-12-01T12:00:00.000Z');
    expect(scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, savedAt: '1 December' }).success).toBe(false);
    expect(scoreInputSchema.safeParse({ ...INITIAL_SCORE_INPUT, savedAt: null }).success).toBe(false);
  });
});
