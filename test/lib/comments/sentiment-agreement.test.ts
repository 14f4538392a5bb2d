import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getAverageRanks,
  getSpearmanCorrelation,
  measureSentimentAgreement,
  type ScoreSide,
} from '../../../src/lib/comments/sentiment-agreement.ts';
import { getScoreSide } from '../../../src/lib/comments/group-comments.ts';

/** The NPS side of a score, as the comments view reads it. */
const getNpsSide = getScoreSide({ kind: 'nps' });

// Reference values from test/fixtures/comments/sentiment_agreement_reference.py (Python standard library, written
// apart from this code): ρ via statistics.correlation on average ranks, Bonett–Wright interval, Wilson interval.
const SCORES = [10, 9, 9, 8, 7, 10, 6, 3, 0, 5, 9, 10, 2, 7, 8, 4, 10, 6, 1, 9];
const COMPARATIVES = [0.6, 0.25, 0.0, 0.1, -0.2, 0.25, -0.3, -0.5, -0.8, 0.02, -0.1, 1.0, -0.5, 0.0, 0.3, 0.1, 0.25, -0.04, -1.2, 0.4];
const ROWS = SCORES.map((score, index) => ({ score, comparative: COMPARATIVES[index] ?? 0 }));

describe('getAverageRanks', () => {
  it('gives tied values the average of their ranks', () => {
    expect(getAverageRanks(SCORES)).toEqual([
      18.5, 14.5, 14.5, 11.5, 9.5, 18.5, 7.5, 4, 1, 6, 14.5, 18.5, 3, 9.5, 11.5, 5, 18.5, 7.5, 2, 14.5,
    ]);
    expect(getAverageRanks([])).toEqual([]);
  });

  it('always sums to n(n + 1)/2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), (values) => {
        const sum = getAverageRanks(values).reduce((total, rank) => total + rank, 0);
        expect(sum).toBeCloseTo((values.length * (values.length + 1)) / 2, 9);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('getSpearmanCorrelation', () => {
  it('matches the Python reference, interval by Bonett–Wright', () => {
    const result = getSpearmanCorrelation(SCORES, COMPARATIVES);
    expect(result.rho).toBeCloseTo(0.8064788026777762, 12);
    expect(result.n).toBe(20);
    expect(result.interval?.lower).toBeCloseTo(0.5151022252554177, 12);
    expect(result.interval?.upper).toBeCloseTo(0.9307670297886522, 12);
    expect(result.method).toBe('fisher-z-bonett-wright');
  });

  it('matches the textbook formula without ties (1 − 6Σd²/(n(n²−1)) = 0.8 by hand)', () => {
    expect(getSpearmanCorrelation([1, 2, 3, 4], [10, 30, 20, 40]).rho).toBeCloseTo(0.8, 14);
  });

  it('has no interval below 10 pairs, and no ρ below 3 pairs or for a constant side', () => {
    const nine = getSpearmanCorrelation([1, 2, 3, 4, 5, 6, 7, 8, 9], [2, 1, 4, 3, 6, 5, 8, 7, 9]);
    expect(nine.rho).not.toBeNull();
    expect(nine.interval).toBeNull();
    expect(getSpearmanCorrelation([1, 2], [1, 2]).rho).toBeNull();
    expect(getSpearmanCorrelation([], []).rho).toBeNull();
    expect(getSpearmanCorrelation([9, 9, 9, 9], [0.1, 0.2, 0.3, 0.4]).rho).toBeNull();
  });

  it('gives ±1 without an interval for a perfect order', () => {
    const values = Array.from({ length: 12 }, (_, index) => index);
    expect(getSpearmanCorrelation(values, values)).toMatchObject({ rho: 1, interval: null });
    expect(getSpearmanCorrelation(values, values.map((value) => -value))).toMatchObject({ rho: -1, interval: null });
  });

  it('stays in [−1, 1] with an interval around ρ', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: -3, max: 3, noNaN: true })), {
      minLength: 10,
      maxLength: 80,
    });
    fc.assert(
      fc.property(pairs, (rows) => {
        const { rho, interval } = getSpearmanCorrelation(rows.map((row) => row[0]), rows.map((row) => row[1]));
        if (rho === null) return;
        expect(Math.abs(rho)).toBeLessThanOrEqual(1);
        if (interval === null) return;
        expect(interval.lower).toBeLessThanOrEqual(rho + 1e-12);
        expect(interval.upper).toBeGreaterThanOrEqual(rho - 1e-12);
        expect(interval.lower).toBeGreaterThanOrEqual(-1);
        expect(interval.upper).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 3_000 },
    );
  });
});

describe('getScoreSide for NPS', () => {
  it('splits promoters, passives and detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(getNpsSide)).toEqual(['negative', 'negative', null, null, 'positive', 'positive']);
    expect([-1, 11, 9.5, Number.NaN].map(getNpsSide)).toEqual([null, null, null, null]);
  });
});

describe('measureSentimentAgreement', () => {
  it('counts agreement where both lean one way and describes it', () => {
    const result = measureSentimentAgreement(ROWS, getNpsSide, { locale: 'en-GB' });
    expect(result).toMatchObject({ agree: 11, disagree: 2, excluded: 7 });
    expect(result.agreementShare).toBeCloseTo(11 / 13, 14);
    expect(result.agreementInterval?.lower).toBeCloseTo(0.5776536898051747, 12);
    expect(result.agreementInterval?.upper).toBeCloseTo(0.9567418216419188, 12);
    expect(result.correlation.rho).toBeCloseTo(0.8064788026777762, 12);
    expect(result.description).toMatchInlineSnapshot(
      `"Sentiment and score agree on 85% of the 13 comments where both lean one way (Spearman ρ = 0.81 over 20 comments, 95% CI 0.52 to 0.93): read sentiment as a hint."`,
    );
  });

  it('skips comments without a score or with a non-finite sentiment', () => {
    const withGaps = [...ROWS, { score: null, comparative: 0.5 }, { score: 9, comparative: Number.NaN }, { score: Number.POSITIVE_INFINITY, comparative: 1 }];
    const result = measureSentimentAgreement(withGaps, getNpsSide, { locale: 'en-GB' });
    expect(result.correlation.n).toBe(20);
    expect(result.agree + result.disagree + result.excluded).toBe(20);
  });

  it('takes the scale’s sides as an argument (CSAT 1–5: 4–5 satisfied, 1–2 dissatisfied)', () => {
    const getCsatSide = (score: number): ScoreSide => (score >= 4 ? 'positive' : score <= 2 ? 'negative' : null);
    const rows = [
      { score: 5, comparative: 0.5 },
      { score: 4, comparative: -0.5 },
      { score: 3, comparative: 0.5 },
      { score: 1, comparative: -0.2 },
    ];
    expect(measureSentimentAgreement(rows, getCsatSide)).toMatchObject({ agree: 2, disagree: 1, excluded: 1 });
  });

  it('says when nothing can be compared, with no NaN', () => {
    const empty = measureSentimentAgreement([], getNpsSide, { locale: 'en-GB' });
    expect(empty).toMatchObject({ agree: 0, disagree: 0, excluded: 0, agreementShare: null, agreementInterval: null });
    expect(empty.description).toMatchInlineSnapshot(
      `"No comment has both a sentiment and a score that lean one way (too few varied scores for a rank correlation): read sentiment as a hint."`,
    );
    // ρ of the first five rows: 0.8207826816681233 by the Python script ('first five').
    const few = measureSentimentAgreement(ROWS.slice(0, 5), getNpsSide, { locale: 'en-GB' });
    expect(few.description).toMatchInlineSnapshot(
      `"Sentiment and score agree on 100% of the 2 comments where both lean one way (Spearman ρ = 0.82 over 5 comments, too few for an interval): read sentiment as a hint."`,
    );
  });
});
