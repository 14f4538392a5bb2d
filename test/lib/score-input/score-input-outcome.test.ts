import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../../src/lib/metrics/analyse-paste.ts';
import { CSAT_SCALES } from '../../../src/lib/metrics/csat-scale.ts';
import { parseCountFields } from '../../../src/lib/metrics/parse-count-fields.ts';
import { parseNpsGroupFields } from '../../../src/lib/metrics/parse-nps-group-fields.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import { COUNTS_READER_UNAVAILABLE, getCountsOutcome, getLeftOutCount, getPasteOutcome } from '../../../src/lib/score-input/score-input-outcome.ts';
import { KEPT, read } from './score-input-fixtures.ts';

// Expected counts are tallied by hand from the pasted lines, lowest scale point first.
const FIVE = CSAT_SCALES['1-5'];

describe('getCountsOutcome', () => {
  it('blank fields are a prompt, a bad field is invalid, all zero is no values', () => {
    expect(getCountsOutcome({ kind: 'scores', parse: parseCountFields(['', '', '', '', ''], FIVE) })).toEqual({ kind: 'prompt' });
    expect(getCountsOutcome({ kind: 'scores', parse: parseCountFields(['1', '-2', '', '', ''], FIVE) })).toEqual({ kind: 'invalid-counts' });
    expect(getCountsOutcome({ kind: 'scores', parse: parseCountFields(['2.5', '', '', '', ''], FIVE) })).toEqual({ kind: 'invalid-counts' });
    expect(getCountsOutcome({ kind: 'scores', parse: parseCountFields(['0', '0', '', '', ''], FIVE) })).toEqual({ kind: 'no-values', reason: 'zero-counts' });
    expect(getCountsOutcome({ kind: 'scores', parse: parseCountFields(['1', '', '3', '', '2'], FIVE) })).toEqual({ kind: 'scores', counts: [1, 0, 3, 0, 2], n: 6 });
  });

  it('reads the three NPS groups', () => {
    expect(getCountsOutcome({ kind: 'groups', parse: parseNpsGroupFields({ promoters: '5', passives: '', detractors: '2' }) })).toEqual({
      kind: 'groups',
      groups: { promoters: 5, passives: 0, detractors: 2 },
      n: 7,
    });
    expect(getCountsOutcome({ kind: 'groups', parse: parseNpsGroupFields({ promoters: 'many', passives: '', detractors: '' }) })).toEqual({ kind: 'invalid-counts' });
  });

  it('shows nothing while the counts reader loads, and says why when it could not', () => {
    expect(getCountsOutcome({ kind: 'scores', parse: { kind: 'pending' } })).toEqual({ kind: 'loading' });
    expect(getCountsOutcome({ kind: 'groups', parse: { kind: 'pending' } })).toEqual({ kind: 'loading' });
    expect(getCountsOutcome({ kind: 'groups', parse: { kind: 'unavailable' } })).toEqual({ kind: 'failed', message: COUNTS_READER_UNAVAILABLE });
  });
});

describe('getPasteOutcome', () => {
  it('follows the paste: prompt, reading, failed', () => {
    expect(getPasteOutcome({ kind: 'empty' }, NPS_SCALE)).toEqual({ kind: 'prompt' });
    expect(getPasteOutcome({ kind: 'reading', characters: 12 }, NPS_SCALE)).toEqual({ kind: 'reading', characters: 12 });
    expect(getPasteOutcome({ kind: 'failed', message: 'x' }, NPS_SCALE)).toEqual({ kind: 'failed', message: 'x' });
  });

  it('hands over the counts of a reading on the same scale', () => {
    expect(getPasteOutcome({ kind: 'read', analysis: read('9\n9\n0'), large: false }, NPS_SCALE)).toEqual({
      kind: 'scores',
      counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0],
      n: 3,
    });
  });

  it('values all outside the scale are “no values”, not a result', () => {
    expect(getPasteOutcome({ kind: 'read', analysis: read('11\n12\n-1'), large: false }, NPS_SCALE)).toEqual({ kind: 'no-values', reason: 'all-left-out' });
  });

  it('answers all written as words wait for their scores; words among bad numbers are “no values”', () => {
    expect(getPasteOutcome({ kind: 'read', analysis: read('Very satisfied\nSatisfied\nVery satisfied', FIVE), large: false }, FIVE)).toEqual({ kind: 'no-values', reason: 'words-unscored' });
    expect(getPasteOutcome({ kind: 'read', analysis: read('9\nnone\n0', FIVE), large: false }, FIVE)).toEqual({ kind: 'no-values', reason: 'all-left-out' });
  });

  it('an export with its header rows and no response says so, rather than ask for a column', () => {
    const headersOnly = analysePaste({ text: 'Respondent ID,Collector ID,Start Date,End Date,How likely are you to recommend us?\n,,,,Response\n', scale: NPS_SCALE, readAs: 'list', column: null });
    expect(headersOnly.kind).toBe('table');
    if (headersOnly.kind === 'empty') throw new Error('expected a reading');
    expect(getPasteOutcome({ kind: 'read', analysis: headersOnly, large: false }, NPS_SCALE)).toEqual({ kind: 'no-values', reason: 'no-responses' });
  });

  it('a reading on the old scale waits for the new one', () => {
    expect(getPasteOutcome({ kind: 'read', analysis: read('9\n3', NPS_SCALE), large: true }, FIVE)).toEqual({ kind: 'reading', characters: 3 });
  });

  it('an empty column of a table says so', () => {
    const analysis = analysePaste({ text: 'id,score\n1,\n2,\n3,', scale: NPS_SCALE, readAs: 'list', column: { index: 1, name: 'score' } });
    if (analysis.kind !== 'table') throw new Error('expected a table');
    expect(getPasteOutcome({ kind: 'read', analysis, large: false }, NPS_SCALE)).toEqual({ kind: 'no-values', reason: 'empty-column' });
  });

  it('kept counts count only on their own scale', () => {
    expect(getPasteOutcome({ kind: 'kept', kept: KEPT }, FIVE)).toEqual({ kind: 'scores', counts: [1, 0, 0, 2, 3], n: 6 });
    expect(getPasteOutcome({ kind: 'kept', kept: KEPT }, CSAT_SCALES['1-7'])).toEqual({ kind: 'no-values', reason: 'kept-other-scale' });
    // Saved counts whose length disagrees with their scale are not trusted.
    expect(getPasteOutcome({ kind: 'kept', kept: { ...KEPT, counts: [1, 2] } }, FIVE)).toEqual({ kind: 'no-values', reason: 'kept-other-scale' });
    expect(getPasteOutcome({ kind: 'kept', kept: { ...KEPT, counts: [0, 0, 0, 0, 0], n: 0 } }, FIVE)).toEqual({ kind: 'no-values', reason: 'all-left-out' });
  });
});

describe('getLeftOutCount', () => {
  it('counts the pasted values that cannot count, on the scale in use, and only in paste mode', () => {
    const paste = { kind: 'read', analysis: read('9\nx\n11\n3'), large: false } as const;
    expect(getLeftOutCount('paste', paste, NPS_SCALE)).toBe(2);
    expect(getLeftOutCount('counts', paste, NPS_SCALE)).toBe(0);
    // Counts from a share link carry what their source left out.
    expect(getLeftOutCount('counts', paste, NPS_SCALE, 13)).toBe(13);
    // Read on another scale a moment ago: its count is not this scale's.
    expect(getLeftOutCount('paste', paste, FIVE)).toBe(0);
    expect(getLeftOutCount('paste', { kind: 'kept', kept: KEPT }, FIVE)).toBe(1);
    expect(getLeftOutCount('paste', { kind: 'kept', kept: KEPT }, CSAT_SCALES['1-7'])).toBe(0);
    expect(getLeftOutCount('paste', { kind: 'empty' }, NPS_SCALE)).toBe(0);
    expect(getLeftOutCount('paste', { kind: 'reading', characters: 9 }, NPS_SCALE)).toBe(0);
    expect(getLeftOutCount('paste', { kind: 'failed', message: 'x' }, NPS_SCALE)).toBe(0);
  });
});
