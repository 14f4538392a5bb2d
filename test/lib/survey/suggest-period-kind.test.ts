import { describe, expect, it } from 'vitest';
import { suggestPeriodKind } from '../../../src/lib/survey/suggest-period-kind.ts';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('suggestPeriodKind', () => {
  it('picks days when each day averages 30 answers over at most 120 days', () => {
    // 31 days × 30 answers: exactly the minimum.
    expect(suggestPeriodKind(utcDay(2024, 1, 1), utcDay(2024, 1, 31), 930)).toEqual({ kind: 'day', periods: 31, averageAnswers: 30, enoughAnswers: true });
  });

  it('goes to weeks when days are too thin', () => {
    // 2024-01-01 to 2024-12-31 is 2024-W01 to 2025-W01: 53 weeks; 5,000 / 53 ≈ 94.3 a week, 13.7 a day.
    const suggestion = suggestPeriodKind(utcDay(2024, 1, 1), utcDay(2024, 12, 31), 5000);
    expect(suggestion.kind).toBe('week');
    expect(suggestion.periods).toBe(53);
    expect(suggestion.averageAnswers).toBeCloseTo(5000 / 53, 10);
  });

  it('goes to months when there are too many weeks to show', () => {
    // Three years: 1,096 days and 157 weeks exceed 120 periods; 36 months do not.
    expect(suggestPeriodKind(utcDay(2022, 1, 1), utcDay(2024, 12, 31), 1_000_000).kind).toBe('month');
  });

  it('falls back to quarters and says when even they are thin', () => {
    expect(suggestPeriodKind(utcDay(2024, 1, 1), utcDay(2024, 12, 31), 40)).toEqual({ kind: 'quarter', periods: 4, averageAnswers: 10, enoughAnswers: false });
  });

  it('uses days for a single day', () => {
    expect(suggestPeriodKind(utcDay(2024, 1, 1), utcDay(2024, 1, 1), 50)).toEqual({ kind: 'day', periods: 1, averageAnswers: 50, enoughAnswers: true });
  });

  it('takes other thresholds', () => {
    expect(suggestPeriodKind(utcDay(2024, 1, 1), utcDay(2024, 1, 31), 310, { minimumAverageAnswers: 10 }).kind).toBe('day');
    expect(suggestPeriodKind(utcDay(2024, 1, 1), utcDay(2024, 1, 31), 3100, { maximumPeriods: 10 }).kind).toBe('week');
  });
});
