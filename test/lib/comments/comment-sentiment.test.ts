import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCommentSentiment, getSentimentLabel, NEUTRAL_BAND } from '../../../src/lib/comments/comment-sentiment.ts';

// Expected scores worked by hand from the package's AFINN-165 ratings (node_modules/sentiment/languages/en/labels.json:
// great +3, like +2, helpful +2, friendly +2, terrible −3, good +3, bad −3, problems −2, no −1, charged −3;
// emoji from build/emoji.json: 👍 +2, 😡 −1). comparative = score ÷ number of space-separated words.
describe('getCommentSentiment', () => {
  it('sums AFINN ratings and divides by the word count', () => {
    expect(getCommentSentiment('Great service!')).toEqual({ score: 3, comparative: 1.5, label: 'positive' });
    expect(getCommentSentiment('The staff were really helpful and friendly')).toEqual({
      score: 4,
      comparative: 4 / 7,
      label: 'positive',
    });
    expect(getCommentSentiment('Terrible experience, never again')).toEqual({ score: -3, comparative: -0.75, label: 'negative' });
  });

  it('flips a word just after a negator, with a straight or a curly apostrophe', () => {
    expect(getCommentSentiment('Not good')).toEqual({ score: -3, comparative: -1.5, label: 'negative' });
    expect(getCommentSentiment("Don't like the new app")).toEqual({ score: -2, comparative: -0.4, label: 'negative' });
    expect(getCommentSentiment('Don’t like the new app')).toEqual({ score: -2, comparative: -0.4, label: 'negative' });
  });

  it('shows the limits the README lists', () => {
    // Negation reaches one word back only, and "no" is not a negator.
    expect(getCommentSentiment('not very good').label).toBe('positive');
    expect(getCommentSentiment('No problems at all').score).toBe(-3);
    // Complaint words missing from AFINN; domain senses.
    expect(getCommentSentiment('Delivery was slow and late, too expensive').label).toBe('neutral');
    expect(getCommentSentiment('I was charged the right amount').score).toBe(-3);
    // Sarcasm.
    expect(getCommentSentiment('Great, another week without a reply').label).toBe('positive');
  });

  it('rates emoji written apart from words', () => {
    expect(getCommentSentiment('👍')).toEqual({ score: 2, comparative: 2, label: 'positive' });
    expect(getCommentSentiment('😡')).toEqual({ score: -1, comparative: -1, label: 'negative' });
  });

  it('is neutral for empty, blank, unrated or non-English text and for non-strings', () => {
    for (const text of ['', '   ', '!!!', 'The parcel came on Tuesday', 'El servicio fue excelente']) {
      expect(getCommentSentiment(text), text).toEqual({ score: 0, comparative: 0, label: 'neutral' });
    }
    expect(getCommentSentiment(null as unknown as string).label).toBe('neutral');
    expect(getCommentSentiment(42 as unknown as string).label).toBe('neutral');
  });

  it('reads a very long comment without failing', () => {
    const result = getCommentSentiment('good '.repeat(20_000));
    expect(result).toEqual({ score: 60_000, comparative: 3, label: 'positive' });
  });

  it('never throws and never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const result = getCommentSentiment(text);
        expect(Number.isFinite(result.score)).toBe(true);
        expect(Number.isFinite(result.comparative)).toBe(true);
        expect(result.label).toBe(getSentimentLabel(result.comparative));
      }),
      { numRuns: 200, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('does not change between calls (the shared lexicon is not modified)', () => {
    const first = getCommentSentiment('Great service, friendly staff');
    getCommentSentiment('awful awful awful');
    expect(getCommentSentiment('Great service, friendly staff')).toEqual(first);
  });
});

describe('getSentimentLabel', () => {
  it('is neutral inside the band and leans outside it', () => {
    expect(NEUTRAL_BAND).toBe(0.05);
    expect(getSentimentLabel(0)).toBe('neutral');
    expect(getSentimentLabel(0.049)).toBe('neutral');
    expect(getSentimentLabel(-0.049)).toBe('neutral');
    expect(getSentimentLabel(0.05)).toBe('positive');
    expect(getSentimentLabel(-0.05)).toBe('negative');
    expect(getSentimentLabel(Number.NaN)).toBe('neutral');
    expect(getSentimentLabel(Number.POSITIVE_INFINITY)).toBe('neutral');
  });
});

describe('the package’s rule, applied to its data here', () => {
  // The reference is the `sentiment` package itself (its CommonJS entry, loaded in tests only).
  const reference = new Sentiment();
  const pieces = ['good', 'bad', 'not', "don't", 'cant', 'love', 'hate', 'great', 'terrible', 'slow', 'the', 'app', 'support', 'no', 'isnt', '😂', '😭', '❤', 'ok', 'refund', '!', '.', ',', '\n', '  ', ' ', ':)', 'GOOD', 'Not'];
  it('scores any text exactly as the package does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 30 }), fc.constantFrom(' ', '', ', '), (parts, gap) => {
        const text = parts.join(gap);
        if (text.trim() === '') return;
        const expected = reference.analyze(text);
        const ours = getCommentSentiment(text);
        expect(ours.score).toBe(expected.score);
        expect(ours.comparative).toBeCloseTo(expected.comparative, 12);
      }),
      { numRuns: 200 },
    );
  });
});
