import { describe, expect, it } from 'vitest';
import { describeAnswered } from '../../../src/components/assessment/labels.ts';

describe('describeAnswered', () => {
  it('counts every answer, and says how many of them give no score', () => {
    expect(describeAnswered({ asked: 32, answered: 10, dontKnow: 0 })).toBe('10 of 32 questions answered');
    expect(describeAnswered({ asked: 8, answered: 8, dontKnow: 3 })).toBe('8 of 8 questions answered, 3 of them “Don’t know”');
    expect(describeAnswered({ asked: 4, answered: 3, dontKnow: 1, notApplicable: 1 })).toBe('3 of 4 questions answered, 1 of them “Don’t know” and 1 “Not applicable”');
    expect(describeAnswered({ asked: 4, answered: 4, dontKnow: 0, notApplicable: 1 })).toBe('4 of 4 questions answered, 1 of them “Not applicable”');
  });

  it('drops the noun where the context names it', () => {
    expect(describeAnswered({ asked: 1, answered: 1, dontKnow: 1 }, '')).toBe('1 of 1 answered, 1 of them “Don’t know”');
  });
});
