import { analysePaste } from '../../../src/lib/metrics/analyse-paste.ts';
import { NPS_SCALE, type ScoreScale } from '../../../src/lib/metrics/score-scale.ts';
import type { KeptCounts } from '../../../src/lib/score-input/score-input-state.ts';

/** Test helper: a paste read as a list (one answer per line), never empty. */
export const read = (text: string, scale: ScoreScale = NPS_SCALE) => {
  const analysis = analysePaste({ text, scale, readAs: 'list', column: null });
  if (analysis.kind === 'empty') throw new Error('expected a reading');
  return analysis;
};

/** The counts kept of a large 1–5 paste: 6 answers counted, 1 left out. */
export const KEPT: KeptCounts = {
  scale: { min: 1, max: 5 },
  counts: [1, 0, 0, 2, 3],
  n: 6,
  leftOut: 1,
  issues: ['Line 7: "x" is not a number'],
  decimalComma: false,
  blankCells: 0,
  characters: 200_000,
  lines: 7,
  columnNumber: null,
  columnName: null,
};
