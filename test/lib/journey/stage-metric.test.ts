import { describe, expect, it } from 'vitest';
import type { StageMetric } from '../../../src/lib/journey/journey-map-schema';
import { computeStageMetric } from '../../../src/lib/journey/stage-metric';
import { changeMetricScale, createEmptyMetric, getCountFieldLabels, getMetricScale } from '../../../src/lib/journey/stage-metric-fields';

const metric = (fields: Partial<StageMetric>): StageMetric => ({ ...createEmptyMetric('nps', ''), ...fields });

describe('computeStageMetric', () => {
  it('computes NPS from pasted 0–10 answers with the calculators’ library', () => {
    // 2 promoters, 1 passive, 1 detractor of 4: (2 − 1) / 4 = +25.
    const outcome = computeStageMetric(metric({ scores: '10\n9\n7\n3' }));
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.summary).toMatchObject({ name: 'NPS', value: '+25', n: 4, leftOut: 0, scaleNote: '−100 to +100, higher is better' });
    expect(outcome.summary.position).toBeCloseTo(0.625);
    expect(outcome.summary.interval).toMatch(/^95% interval −\d+ to \+\d+$/);
  });

  it('computes NPS from typed group totals', () => {
    // Reichheld's example shape: 50 promoters, 30 passives, 20 detractors → +30.
    const outcome = computeStageMetric(metric({ input: 'counts', counts: ['50', '30', '20'] }));
    expect(outcome.kind === 'result' && outcome.summary.value).toBe('+30');
    expect(outcome.kind === 'result' && outcome.summary.n).toBe(100);
  });

  it('computes CSAT as the share answering 4–5 on 1–5', () => {
    const outcome = computeStageMetric({ ...createEmptyMetric('csat', 'Checkout'), input: 'counts', counts: ['1', '1', '2', '4', '2'] });
    expect(outcome.kind === 'result' && outcome.summary).toMatchObject({ name: 'CSAT', value: '60%', n: 10, position: 0.6 });
    expect(outcome.kind === 'result' && outcome.summary.scaleNote).toBe('share answering 4–5 on 1–5, higher is better');
  });

  it('reads CSAT on another scale', () => {
    const outcome = computeStageMetric({ ...createEmptyMetric('csat', ''), csatScale: '1-7', scores: '7 6 5 1' });
    expect(outcome.kind === 'result' && outcome.summary.value).toBe('50%');
  });

  it('computes CES 2.0 (higher is easier) and CES 1.0 (lower is easier) the right way round', () => {
    const easy = computeStageMetric({ ...createEmptyMetric('ces', ''), scores: '7 7 6 5' });
    expect(easy.kind === 'result' && easy.summary).toMatchObject({ name: 'CES 2.0', value: '6.3 / 7' });
    expect(easy.kind === 'result' && easy.summary.position).toBeCloseTo((6.25 - 1) / 6);
    const effort = computeStageMetric({ ...createEmptyMetric('ces', ''), cesVariant: 'ces-1.0', input: 'counts', counts: ['4', '3', '2', '1', '0'] });
    expect(effort.kind === 'result' && effort.summary).toMatchObject({ name: 'CES 1.0', value: '2.0 / 5', position: 0.75 });
  });

  it('is empty until something is typed', () => {
    expect(computeStageMetric(metric({ scores: '  \n ' }))).toEqual({ kind: 'empty' });
    expect(computeStageMetric(metric({ input: 'counts', counts: ['', '', ''] }))).toEqual({ kind: 'empty' });
    expect(computeStageMetric({ ...createEmptyMetric('csat', ''), input: 'counts' })).toEqual({ kind: 'empty' });
  });

  it('counts what it can and says what it left out', () => {
    const outcome = computeStageMetric(metric({ scores: '10\nn/a\n11\n9' }));
    expect(outcome.kind === 'result' && outcome.summary.leftOut).toBe(2);
    expect(outcome.kind === 'result' && outcome.summary.leftOutReasons).toEqual(['Line 2: "n/a" is not a number', 'Line 3: "11" is outside the scale 0–10']);
  });

  it('says why nothing could be counted', () => {
    expect(computeStageMetric(metric({ scores: 'yes no' }))).toEqual({
      kind: 'invalid',
      problems: ['None of the 1 pasted values could be counted.', 'Line 1: "yes no" is not a number'],
    });
    expect(computeStageMetric(metric({ input: 'counts', counts: ['-1', 'x', '0'] }))).toEqual({
      kind: 'invalid',
      problems: ['Promoters: a count cannot be negative', 'Passives: “x” is not a number'],
    });
    expect(computeStageMetric(metric({ input: 'counts', counts: ['0', '0', '0'] }))).toEqual({ kind: 'invalid', problems: ['Every count is 0: type at least one answer.'] });
    expect(computeStageMetric({ ...createEmptyMetric('csat', ''), input: 'counts', counts: ['1', '2.5', '', '', ''] })).toEqual({
      kind: 'invalid',
      problems: ['Answered 2: 2.50 is not a whole number'],
    });
  });

  it('warns about a single answer', () => {
    const outcome = computeStageMetric(metric({ scores: '9' }));
    expect(outcome.kind === 'result' && outcome.summary.warnings[0]).toBe('Only one answer: this is an anecdote, not a measure.');
  });

  it('never shows NaN or Infinity', () => {
    for (const scores of ['0', '10', '5 5 5', '0 10']) {
      const outcome = computeStageMetric(metric({ scores }));
      if (outcome.kind !== 'result') throw new Error('expected a result');
      expect(JSON.stringify(outcome.summary)).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('metric fields', () => {
  it('asks for NPS group totals and for one count per answer on CSAT and CES', () => {
    expect(getCountFieldLabels(createEmptyMetric('nps', ''))).toEqual(['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)']);
    expect(getCountFieldLabels({ kind: 'csat', csatScale: '1-3', cesVariant: 'ces-2.0' })).toEqual(['Answered 1', 'Answered 2', 'Answered 3']);
    expect(getCountFieldLabels({ kind: 'ces', csatScale: '1-5', cesVariant: 'ces-2.0' })).toHaveLength(7);
    expect(getCountFieldLabels({ kind: 'ces', csatScale: '1-5', cesVariant: 'ces-1.0' })).toHaveLength(5);
    expect(getMetricScale({ kind: 'csat', csatScale: '1-10', cesVariant: 'ces-2.0' })).toEqual({ min: 1, max: 10 });
  });

  it('resizes typed totals when the scale changes and keeps them when it does not', () => {
    const typed = { ...createEmptyMetric('csat', 'x'), counts: ['1', '2', '3', '4', '5'], scores: '5 4' };
    expect(changeMetricScale(typed, { csatScale: '1-7' })).toMatchObject({ csatScale: '1-7', counts: ['', '', '', '', '', '', ''], scores: '5 4' });
    expect(changeMetricScale(typed, { cesVariant: 'ces-1.0' }).counts).toEqual(['1', '2', '3', '4', '5']);
    expect(changeMetricScale(typed, { kind: 'ces', cesVariant: 'ces-1.0' }).counts).toEqual(['', '', '', '', '']);
  });
});
