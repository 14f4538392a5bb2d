import { describe, expect, it } from 'vitest';
import { countWords, getReadingMinutes, WORDS_PER_MINUTE } from '../../../src/lib/guides/reading-time';

describe('countWords', () => {
  it('counts prose words', () => {
    expect(countWords('Customers judge the whole experience.')).toBe(5);
  });

  it('ignores imports, JSX tags and comments', () => {
    const body = [
      "import NpsCalculator from '../x.tsx';",
      '{/* a note for writers */}',
      '<Callout type="tip" title="Tip">',
      '',
      'Ask why.',
      '',
      '</Callout>',
      '<NpsCalculator client:visible />',
    ].join('\n');
    expect(countWords(body)).toBe(2);
  });

  it('counts link text but not link targets, and keeps numbers', () => {
    expect(countWords('Read [the journey guide](/guides/customer-journey/) for 45.96% more.')).toBe(7);
  });

  it('an empty body has no words', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('## \n\n---\n')).toBe(0);
  });
});

describe('getReadingMinutes', () => {
  it('rounds up to whole minutes', () => {
    expect(getReadingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(getReadingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
  });

  it('never says zero minutes, even for nonsense input', () => {
    expect(getReadingMinutes(0)).toBe(1);
    expect(getReadingMinutes(-5)).toBe(1);
    expect(getReadingMinutes(Number.NaN)).toBe(1);
  });
});
