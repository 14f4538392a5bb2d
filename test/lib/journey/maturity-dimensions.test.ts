import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getMaturityDimensionName, isMaturityDimensionId, MATURITY_DIMENSIONS } from '../../../src/lib/journey/maturity-dimensions.ts';

describe('the maturity dimensions a journey opportunity can improve', () => {
  it('are the question bank’s dimensions: the same ids and names, in the same order', () => {
    expect(MATURITY_DIMENSIONS).toEqual(QUESTION_BANK.dimensions.map(({ id, name }) => ({ id, name })));
  });

  it('recognise their ids only, and name them', () => {
    expect(isMaturityDimensionId('voice-of-customer')).toBe(true);
    expect(isMaturityDimensionId('Voice-of-customer')).toBe(false);
    expect(isMaturityDimensionId(3)).toBe(false);
    expect(getMaturityDimensionName('strategy-leadership')).toBe('Strategy & leadership');
    expect(getMaturityDimensionName('nope')).toBeUndefined();
  });
});
